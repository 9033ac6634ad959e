package org.chipkg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.PROV;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every profile in every format, over the seeds' graph built in memory. */
class ExporterTest {
  private static final String CONSOLIDATED = "https://w3id.org/chipkg/graph/consolidated";
  private static final Node MARK = NodeFactory.createURI("https://example.org/only-consolidated");
  private static List<DatasetGraph> perArticle;
  private static DatasetGraph seeds;

  @BeforeAll
  static void build() throws IOException {
    ArticleGraphs g = ArticleGraphs.standard();
    perArticle = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) {
        Article a = new ArticleReader().read(f);
        perArticle.add(g.of(a));
      }
    }
    seeds = merged(perArticle);
  }

  private static DatasetGraph merged(List<DatasetGraph> parts) {
    DatasetGraph all = DatasetGraphFactory.createTxnMem();
    parts.forEach(p -> p.find().forEachRemaining(all::add));
    // A consolidated-facts graph, as issue 4 adds: the facts profile must skip it.
    all.add(NodeFactory.createURI(CONSOLIDATED), MARK, RDF.type.asNode(), CK.Conflict.asNode());
    return all;
  }

  private static byte[] export(DatasetGraph src, ExportProfile p, ExportFormat f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.builder().profile(p).build().write(src, f, out);
    return out.toByteArray();
  }

  static Stream<Arguments> profilesAndFormats() {
    List<Arguments> out = new ArrayList<>();
    for (ExportProfile p : ExportProfile.values()) {
      for (ExportFormat f : ExportFormat.values()) {
        out.add(Arguments.of(p, f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("profilesAndFormats")
  void everyProfileAndFormatParsesInJena(ExportProfile p, ExportFormat f) {
    if (p.hasNamedGraphs() && !f.holdsNamedGraphs()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> export(seeds, p, f));
      assertTrue(e.getMessage().contains("use --format trig, nq or jsonld"), e.getMessage());
      return;
    }
    byte[] bytes = export(seeds, p, f);
    DatasetGraph back = DatasetGraphFactory.createTxnMem();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(f.lang()).parse(back);
    long expected = Exporter.builder().profile(p).build().quads(seeds).size();
    long got = back.stream().count();
    assertEquals(expected, got, p.id() + " as " + f.id());
    assertTrue(got > 50, p.id() + " as " + f.id() + ": " + got);
  }

  @Test
  void fullKeepsEveryNamedGraphQuad() {
    long named = seeds.stream().filter(q -> !q.isDefaultGraph()).count();
    assertEquals(named, Exporter.builder().build().quads(seeds).size());
  }

  @Test
  void factsHaveNoProvenanceAndSkipConsolidatedGraphs() {
    Graph facts = parse(export(seeds, ExportProfile.FACTS, ExportFormat.NT));
    assertFalse(facts.contains(Node.ANY, RDF.type.asNode(), CK.Claim.asNode()));
    assertFalse(facts.contains(Node.ANY, RDF.type.asNode(), CK.Evidence.asNode()));
    assertFalse(facts.contains(Node.ANY, CK.evidence.asNode(), Node.ANY));
    assertFalse(facts.contains(Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY));
    assertFalse(facts.contains(MARK, Node.ANY, Node.ANY));
    assertTrue(
        facts.contains(
            Node.ANY,
            RDF.type.asNode(),
            NodeFactory.createURI("http://www.w3.org/ns/org#Membership")));
    assertTrue(facts.contains(Node.ANY, RDF.type.asNode(), CK.Measurement.asNode()));
    assertTrue(
        facts.contains(
            NodeFactory.createURI("https://w3id.org/chipkg/id/amazon"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            Node.ANY));
  }

  @Test
  void wikidataUsesItemsAndDirectProperties() {
    Graph wd = parse(export(seeds, ExportProfile.WIKIDATA, ExportFormat.NT));
    Node amazon = NodeFactory.createURI("http://www.wikidata.org/entity/Q3884");
    Node p169 = NodeFactory.createURI("http://www.wikidata.org/prop/direct/P169");
    Node jassy = NodeFactory.createURI("https://w3id.org/chipkg/id/andy-jassy");
    assertTrue(wd.contains(amazon, p169, jassy), "Amazon P169 Andy Jassy");
    assertTrue(
        wd.contains(
            NodeFactory.createURI("https://w3id.org/chipkg/id/trainium"),
            NodeFactory.createURI("http://www.wikidata.org/prop/direct/P176"),
            NodeFactory.createURI("http://www.wikidata.org/entity/Q713418")),
        "Trainium P176 TSMC");
    assertTrue(
        wd.contains(
            jassy,
            NodeFactory.createURI("http://www.wikidata.org/prop/direct/P31"),
            NodeFactory.createURI("http://www.wikidata.org/entity/Q5")));
    assertFalse(
        wd.contains(NodeFactory.createURI("https://w3id.org/chipkg/id/amazon"), Node.ANY, Node.ANY),
        "Amazon is named by its Wikidata item only");
    wd.find()
        .forEachRemaining(
            t ->
                assertFalse(
                    t.getPredicate().getURI().startsWith(CK.NS), "no ck: predicate left: " + t));
  }

  @Test
  void sameStoreGivesTheSameSortedNQuads() {
    List<DatasetGraph> reversed = new ArrayList<>(perArticle);
    Collections.reverse(reversed);
    DatasetGraph other = merged(reversed);
    for (ExportProfile p : ExportProfile.values()) {
      byte[] a = export(seeds, p, ExportFormat.NQ);
      assertArrayEquals(a, export(other, p, ExportFormat.NQ), p.id());
      List<String> lines = new String(a, StandardCharsets.UTF_8).lines().toList();
      List<String> sorted = new ArrayList<>(lines);
      Collections.sort(sorted);
      assertEquals(sorted, lines, "sorted lines");
    }
  }

  @Test
  void jsonLdCarriesTheContextInline() {
    String json =
        new String(export(seeds, ExportProfile.FACTS, ExportFormat.JSONLD), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"@context\""), json.substring(0, 200));
    assertTrue(json.contains("\"ckr\""), "the ckr prefix is in the inline context");
    assertTrue(json.contains("ckr:amazon"), "IRIs are compacted");
  }

  private static Graph parse(byte[] nt) {
    return RDFParser.source(new ByteArrayInputStream(nt))
        .lang(org.apache.jena.riot.Lang.NTRIPLES)
        .toGraph();
  }
}
