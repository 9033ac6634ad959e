package org.chipkg.endpoint;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL 1.1 query results in JSON ({@code application/sparql-results+json}), written compactly (no
 * indentation) straight into a buffered UTF-8 writer as the rows arrive. Jena's own writer indents
 * every term and quotes each string through a temporary copy; on answers of megabytes it takes
 * several times longer than evaluating them. Same format, same terms: uris, literals with their
 * language (and direction) or datatype, blank nodes labelled as Jena labels them, triple terms.
 *
 * <pre>{@code
 * JsonResults.install(); // every JSON answer of this JVM, Fuseki's included
 * JsonResults.write(System.out, resultSet);
 * }</pre>
 */
public final class JsonResults implements RowSetWriter {
  private JsonResults() {}

  /** Makes this the writer of SPARQL JSON results for every caller in the JVM (idempotent). */
  public static void install() {
    RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new JsonResults());
  }

  /** Writes a result set (what the CLI prints). */
  public static void write(OutputStream out, ResultSet rs) {
    new JsonResults().write(out, RowSet.adapt(rs), null);
  }

  @Override
  public void write(OutputStream out, RowSet rows, Context cxt) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    write(w, rows, cxt);
  }

  @Override
  public void write(Writer out, RowSet rows, Context cxt) {
    boolean asGiven = cxt != null && cxt.isTrue(ARQ.outputGraphBNodeLabels);
    Terms terms =
        new Terms(
            out,
            asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel());
    try {
      List<Var> vars = rows.getResultVars();
      out.write("{\"head\":{\"vars\":[");
      for (int i = 0; i < vars.size(); i++) {
        out.write(i == 0 ? "" : ",");
        terms.string(vars.get(i).getVarName());
      }
      out.write("]},\"results\":{\"bindings\":[");
      boolean firstRow = true;
      while (rows.hasNext()) {
        Binding b = rows.next();
        out.write(firstRow ? "\n{" : ",\n{");
        firstRow = false;
        boolean first = true;
        for (Var v : vars) {
          Node n = b.get(v);
          if (n != null) {
            out.write(first ? "" : ",");
            first = false;
            terms.string(v.getVarName());
            out.write(':');
            terms.term(n);
          }
        }
        out.write('}');
      }
      out.write("\n]}}\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON results: " + e.getMessage(), e);
    }
  }

  @Override
  public void write(OutputStream out, boolean result, Context cxt) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write("{\"head\":{},\"boolean\":" + result + "}\n");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON results: " + e.getMessage(), e);
    }
  }

  /** RDF terms as SPARQL JSON term objects. */
  private record Terms(Writer out, NodeToLabel labels) {
    void term(Node n) throws IOException {
      if (n.isURI()) {
        out.write("{\"type\":\"uri\",\"value\":");
        string(n.getURI());
      } else if (n.isLiteral()) {
        literal(n);
      } else if (n.isBlank()) {
        out.write("{\"type\":\"bnode\",\"value\":");
        string(labels.get(null, n).substring(2));
      } else if (n.isNodeTriple()) {
        Triple t = n.getTriple();
        out.write("{\"type\":\"triple\",\"value\":{\"subject\":");
        term(t.getSubject());
        out.write(",\"predicate\":");
        term(t.getPredicate());
        out.write(",\"object\":");
        term(t.getObject());
        out.write('}');
      } else {
        throw new EndpointException("cannot write this term as a JSON result: " + n, null);
      }
      out.write('}');
    }

    private void literal(Node n) throws IOException {
      out.write("{\"type\":\"literal\",");
      if (Util.isSimpleString(n) || Util.isLangString(n)) {
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
          out.write("\"xml:lang\":");
          string(lang);
          out.write(',');
        }
        TextDirection dir = n.getLiteralBaseDirection();
        if (dir != null && dir != Node.noTextDirection) {
          out.write("\"its:dir\":");
          string(dir.direction());
          out.write(',');
        }
      } else {
        out.write("\"datatype\":");
        string(n.getLiteralDatatypeURI());
        out.write(',');
      }
      out.write("\"value\":");
      string(n.getLiteralLexicalForm());
    }

    /** A JSON string: quotes, backslashes and control characters escaped, the rest as is. */
    void string(String s) throws IOException {
      out.write('"');
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
          continue;
        }
        out.write(s, from, i - from);
        switch (c) {
          case '"' -> out.write("\\\"");
          case '\\' -> out.write("\\\\");
          case '\n' -> out.write("\\n");
          case '\r' -> out.write("\\r");
          case '\t' -> out.write("\\t");
          default -> out.write(String.format("\\u%04x", (int) c));
        }
        from = i + 1;
      }
      out.write(s, from, s.length() - from);
      out.write('"');
    }
  }
}
