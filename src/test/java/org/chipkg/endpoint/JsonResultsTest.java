package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;

/** The compact JSON results writer reads back as the same answer Jena's own writer gives. */
class JsonResultsTest {
  private static final Var U = Var.alloc("u");
  private static final Var L = Var.alloc("l");
  private static final Var X = Var.alloc("x");

  /** Rows with every kind of term, awkward strings, repeated blank nodes and unbound values. */
  private static ResultSetRewindable answer() {
    Node bnode = NodeFactory.createBlankNode();
    Node u = NodeFactory.createURI("https://w3id.org/chipkg/id/a\"b");
    List<Node[]> rows =
        List.of(
            new Node[] {u, NodeFactory.createLiteralString("plain \"quoted\" \\ back"), bnode},
            new Node[] {u, NodeFactory.createLiteralLang("Grüße\n\t\u0001", "de"), null},
            new Node[] {
              null,
              NodeFactory.createLiteralDT("50000000000", XSDDatatype.XSDdecimal),
              NodeFactory.createTripleNode(
                  Triple.create(u, u, NodeFactory.createLiteralString("o")))
            },
            new Node[] {u, NodeFactory.createLiteralString("line\u2028sep 😀"), bnode},
            new Node[] {null, null, null});
    List<Binding> bindings = new ArrayList<>();
    for (Node[] r : rows) {
      BindingBuilder b = BindingBuilder.create();
      for (int i = 0; i < 3; i++) {
        if (r[i] != null) {
          b.add(List.of(U, L, X).get(i), r[i]);
        }
      }
      bindings.add(b.build());
    }
    RowSet rs = RowSet.create(QueryIterPlainWrapper.create(bindings.iterator()), List.of(U, L, X));
    return ResultSetFactory.makeRewindable(rs);
  }

  private static ResultSet read(String json) {
    return ResultSetMgr.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
  }

  @Test
  void readsBackAsTheSameAnswer() {
    ResultSetRewindable expected = answer();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonResults.write(out, expected);
    String json = out.toString(StandardCharsets.UTF_8);
    expected.reset();
    ResultSetRewindable back = ResultSetFactory.makeRewindable(read(json));
    assertEquals(5, back.size(), json);
    assertEquals(List.of("u", "l", "x"), back.getResultVars());
    back.reset();
    assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, back), json);
    assertTrue(json.contains("\"xml:lang\":\"de\""), json);
    assertTrue(json.contains("\\u0001") && json.contains("\\u2028"), json);
    assertTrue(json.contains("😀"), json);
  }

  @Test
  void askAnswer() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonResults.install();
    ResultSetFormatter.outputAsJSON(out, true);
    assertEquals("{\"head\":{},\"boolean\":true}", out.toString(StandardCharsets.UTF_8).trim());
  }

  @Test
  void installedItWritesEveryJsonAnswerOfTheJvm() {
    JsonResults.install();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultSetFormatter.outputAsJSON(out, answer());
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"head\":{\"vars\":[\"u\",\"l\",\"x\"]}"), json);
    assertFalse(json.contains("  "), "no indentation: " + json);
    ResultSetRewindable expected = answer();
    assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, read(json)), json);
  }
}
