package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoint on port 0, loopback, over the seeds' graph, queried over HTTP. */
class SparqlServerIT {
  private static final String ROLES =
      "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?p ?o WHERE { ?m org:member ?p ; org:organization ?o }";
  private static KnowledgeStore store;
  private static SparqlServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = KnowledgeStore.inMemory();
    ArticleGraphs g = ArticleGraphs.standard();
    for (String f : new String[] {"000_1276a32f5affbb05.txt", "003_880752c7b605c35c.txt"}) {
      Article a = new ArticleReader().read(Path.of("seeds", f));
      store.replaceArticle(g.articleIri(a), g.of(a));
    }
    server =
        SparqlServer.builder().store(store).port(0).timeout(Duration.ofSeconds(1)).build().start();
  }

  @AfterAll
  static void stop() {
    try {
      server.close();
    } finally {
      store.close();
    }
  }

  private static HttpResponse<byte[]> get(String query, String accept) throws Exception {
    String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(20))
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void answersOverRdfConnection() {
    try (RDFConnection c = RDFConnection.connect(server.baseUrl() + "/kg")) {
      int[] rows = {0};
      c.querySelect(ROLES, row -> rows[0]++);
      assertTrue(rows[0] >= 3, "memberships in the seeds' graph: " + rows[0]);
      assertTrue(c.queryAsk("ASK { <https://w3id.org/chipkg/id/andy-jassy> ?p ?o }"));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "application/sparql-results+json, JSON",
    "application/sparql-results+xml, XML",
    "text/csv, CSV",
    "text/tab-separated-values, TSV"
  })
  void selectResultsInEachFormat(String accept, String lang) throws Exception {
    HttpResponse<byte[]> r = get(ROLES, accept);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
    var rl =
        switch (lang) {
          case "JSON" -> ResultSetLang.RS_JSON;
          case "XML" -> ResultSetLang.RS_XML;
          case "CSV" -> ResultSetLang.RS_CSV;
          default -> ResultSetLang.RS_TSV;
        };
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), rl);
    assertTrue(rs.hasNext());
  }

  @Test
  void jsonAnswerIsCompactAndTheSameAsTheXmlAnswer() throws Exception {
    byte[] json = get(ROLES, "application/sparql-results+json").body();
    byte[] xml = get(ROLES, "application/sparql-results+xml").body();
    String text = new String(json, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\"head\":{\"vars\":["), text);
    assertFalse(text.contains("  "), "written without indentation: " + text);
    ResultSetRewindable a =
        ResultSetFactory.makeRewindable(
            ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON));
    ResultSetRewindable b =
        ResultSetFactory.makeRewindable(
            ResultSetMgr.read(new ByteArrayInputStream(xml), ResultSetLang.RS_XML));
    assertTrue(a.size() >= 3, text);
    a.reset();
    assertTrue(ResultSetCompare.equalsByTerm(a, b), text);
  }

  @ParameterizedTest
  @CsvSource({"text/turtle, TTL", "application/n-triples, NT", "application/ld+json, JSONLD"})
  void constructInEachFormat(String accept, String lang) throws Exception {
    HttpResponse<byte[]> r =
        get("CONSTRUCT WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }", accept);
    assertEquals(200, r.statusCode());
    Lang l =
        switch (lang) {
          case "TTL" -> Lang.TURTLE;
          case "NT" -> Lang.NTRIPLES;
          default -> Lang.JSONLD;
        };
    Graph g = RDFParser.source(new ByteArrayInputStream(r.body())).lang(l).toGraph();
    assertFalse(g.isEmpty());
  }

  @Test
  void badQueryIs400WithTheParserMessage() throws Exception {
    HttpResponse<byte[]> r = get("SELEC ?x WHERE { ?x ?y }", "application/sparql-results+json");
    assertEquals(400, r.statusCode());
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("Encountered") || body.contains("Lexical error"), body);
  }

  @Test
  void runawayQueryIsCancelledWithin503() throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r =
        get(
            "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o } ORDER BY ?a ?o",
            "text/csv");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(503, r.statusCode());
    assertTrue(ms < 10_000, "took " + ms + " ms with a 1 s timeout");
  }

  @Test
  void noUpdateOverHttp() throws Exception {
    HttpRequest upd =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <a:b> <a:c> <a:d> }"))
            .build();
    assertTrue(HTTP.send(upd, HttpResponse.BodyHandlers.discarding()).statusCode() >= 400);
    HttpRequest put =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/data?default"))
            .header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> ."))
            .build();
    assertTrue(HTTP.send(put, HttpResponse.BodyHandlers.discarding()).statusCode() >= 400);
  }

  @Test
  void graphStoreReadsANamedGraph() throws Exception {
    String g =
        URLEncoder.encode(
            "https://w3id.org/chipkg/article/000_1276a32f5affbb05", StandardCharsets.UTF_8);
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/data?graph=" + g))
            .header("Accept", "text/turtle")
            .build();
    HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode());
    assertTrue(resp.body().contains("NewsArticle"));
  }
}
