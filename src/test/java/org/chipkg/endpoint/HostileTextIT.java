package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article full of quotes, backslashes, angle brackets, newlines, control and bidi characters:
 * every IRI minted from it is a safe slug, and its quads come back unchanged through every RDF
 * writer and through the running endpoint.
 */
class HostileTextIT {
  static final String TEXT =
      "Chips \"Quoted\" \\ <b>Bold</b> & Co.\n"
          + "By Jane \"JJ\" O'Hara\\Reuters\n\n"
          + "Nvidia CEO Jensen Huang said \"the <chip> is \\\"ready\\\"\" for C:\\path\\n and"
          + " </script><script>alert(1)</script>"
          + " Amazon's Trainium chips.\n"
          + "AMD CEO Lisa Su said '\u202Eevil\u202C' text\u200B and \u0001\u0007\u001B[31m red.\n"
          + "Cerebras Systems, a startup </script><script>alert(1)</script>, sells the WSE-3"
          + " chip.\n"
          + "Groq\"> <x y=\"z\">, a Mountain View startup, raised $640 million.\n"
          + "Tenstorrent CEO Jim \\u0022Keller\\\" said \u2066Tenstorrent\u2069 will sell"
          + " chips.\r\n"
          + "{\"@context\": \"http://evil.example/ctx\"} ]]> --> ' OR 1=1; DROP\t\"x\".\n";

  /** IRIs ChipKG mints: base, kind, then a slug, an article id or a hash (or an ontology term). */
  private static final Pattern MINTED =
      Pattern.compile(
          "https://w3id\\.org/chipkg/(?:[a-z]+/[A-Za-z0-9_.-]+|ontology)(?:#[A-Za-z0-9_-]+)?");

  /** Other IRIs (vocabularies, verified Wikidata and DBpedia ids) carry no character from text. */
  private static final Pattern OTHER =
      Pattern.compile("[a-z]+:[^\\s\"<>\\\\{}|^`\u202A-\u202E\u2066-\u2069]+");

  static DatasetGraph quads;
  static String articleIri;

  @BeforeAll
  static void extract() {
    Article a = new ArticleReader().read("hostile-1", "hostile.txt", TEXT);
    ArticleGraphs g = ArticleGraphs.standard();
    quads = g.of(a);
    articleIri = g.articleIri(a);
  }

  private static List<Node> literals() {
    List<Node> out = new ArrayList<>();
    quads
        .find()
        .forEachRemaining(
            q -> {
              if (q.getObject().isLiteral()) {
                out.add(q.getObject());
              }
            });
    return out;
  }

  @Test
  void hostileTextReachesLiteralsAndOnlySafeIris() {
    assertTrue(quads.find().hasNext(), "no quads");
    quads
        .find()
        .forEachRemaining(
            q -> {
              for (Node n :
                  new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) {
                  String iri = n.getURI();
                  assertTrue(
                      iri.startsWith("https://w3id.org/chipkg/")
                          ? MINTED.matcher(iri).matches()
                          : OTHER.matcher(iri).matches(),
                      "unsafe IRI " + iri);
                }
              }
            });
    List<String> lex = literals().stream().map(Node::getLiteralLexicalForm).toList();
    for (String s : new String[] {"\"", "\\", "<chip>", "</script>", "\u202E", "\n"}) {
      assertTrue(lex.stream().anyMatch(l -> l.contains(s)), "no literal carries " + s);
    }
    for (String l : lex) {
      assertTrue(
          l.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'),
          "control character in " + l);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRIG", "NQUADS", "JSONLD"})
  void datasetWritersRoundTrip(String name) {
    Lang lang =
        switch (name) {
          case "TRIG" -> Lang.TRIG;
          case "NQUADS" -> Lang.NQUADS;
          default -> Lang.JSONLD;
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, quads, lang);
    DatasetGraph back =
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).toDatasetGraph();
    assertTrue(IsoMatcher.isomorphic(quads, back), name + " changed the quads:\n" + out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TURTLE", "NTRIPLES", "JSONLD", "RDFXML"})
  void graphWritersRoundTrip(String name) {
    Lang lang =
        switch (name) {
          case "TURTLE" -> Lang.TURTLE;
          case "NTRIPLES" -> Lang.NTRIPLES;
          case "JSONLD" -> Lang.JSONLD;
          default -> Lang.RDFXML;
        };
    quads
        .listGraphNodes()
        .forEachRemaining(
            gn -> {
              Graph g = quads.getGraph(gn);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              RDFDataMgr.write(out, g, lang);
              Graph back =
                  RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                      .lang(lang)
                      .toGraph();
              assertTrue(back.isIsomorphicWith(g), name + " changed graph " + gn + ":\n" + out);
            });
  }

  @Test
  void rdfXmlPlainWriterRoundTrips() {
    Graph g = quads.getGraph(org.apache.jena.graph.NodeFactory.createURI(articleIri));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, g, RDFFormat.RDFXML_PLAIN);
    Graph back =
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.RDFXML).toGraph();
    assertTrue(back.isIsomorphicWith(g), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void hostileFileReadFromDiskGivesTheSameQuads(@TempDir Path dir) throws Exception {
    Path f =
        Files.writeString(dir.resolve("hostile-1.txt"), TEXT.replace("\u0001\u0007\u001B", "   "));
    DatasetGraph fromFile = ArticleGraphs.standard().of(new ArticleReader().read(f));
    assertTrue(fromFile.find().hasNext());
  }

  private static DatasetGraph copy(DatasetGraph from) {
    DatasetGraph to = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
    from.find()
        .forEachRemaining(
            (Quad q) -> {
              if (!q.isDefaultGraph()) {
                to.add(q);
              }
            });
    return to;
  }

  @Test
  void endpointServesTheSameQuads() throws Exception {
    try (KnowledgeStore store = KnowledgeStore.inMemory()) {
      store.replaceArticle(articleIri, quads);
      try (SparqlServer s =
          SparqlServer.builder().store(store).port(0).maxRows(1_000_000).build().start()) {
        HttpClient http = HttpClient.newHttpClient();
        // TDB2 keeps values, not lexical forms ("0.90" comes back as "0.9"): compare with what the
        // store itself holds.
        Dataset expected =
            Txn.calculateRead(
                store.dataset(), () -> DatasetFactory.wrap(copy(store.dataset().asDatasetGraph())));
        for (String accept :
            new String[] {
              "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"
            }) {
          for (Node gn : (Iterable<Node>) () -> quads.listGraphNodes()) {
            String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + gn.getURI() + "> { ?s ?p ?o } }";
            HttpResponse<byte[]> r =
                http.send(
                    HttpRequest.newBuilder(
                            URI.create(
                                s.sparqlUrl()
                                    + "?query="
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Accept", accept)
                        .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), accept);
            System.err.println(
                accept
                    + " "
                    + gn
                    + " "
                    + r.body().length
                    + " "
                    + store.quadCount()
                    + " "
                    + r.headers().map());
            Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept);
            Graph back = RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).toGraph();
            if (!back.isIsomorphicWith(expected.asDatasetGraph().getGraph(gn))) {
              Graph e = expected.asDatasetGraph().getGraph(gn);
              e.find()
                  .forEachRemaining(
                      t -> {
                        if (!back.contains(t)) System.err.println("MISSING " + t);
                      });
              back.find()
                  .forEachRemaining(
                      t -> {
                        if (!e.contains(t)) System.err.println("EXTRA " + t);
                      });
            }
            assertTrue(
                back.isIsomorphicWith(expected.asDatasetGraph().getGraph(gn)),
                accept
                    + " changed graph "
                    + gn
                    + ":\n"
                    + new String(r.body(), StandardCharsets.UTF_8));
          }
        }
        for (String accept : new String[] {"application/trig", "application/n-quads"}) {
          HttpResponse<byte[]> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(s.baseUrl() + "/kg/data"))
                      .header("Accept", accept)
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
          assertEquals(200, r.statusCode(), accept);
          Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept);
          DatasetGraph back =
              RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).toDatasetGraph();
          DatasetGraph stored = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
          back.find()
              .forEachRemaining(
                  (Quad q) -> {
                    if (!q.isDefaultGraph()) {
                      stored.add(q);
                    }
                  });
          DatasetGraph ex = expected.asDatasetGraph();
          assertEquals(ex.stream().count(), stored.stream().count(), accept);
          ex.listGraphNodes()
              .forEachRemaining(
                  gn ->
                      assertTrue(
                          stored.getGraph(gn).isIsomorphicWith(ex.getGraph(gn)),
                          accept + " changed graph " + gn));
        }
      }
    }
  }
}
