package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.rdf.RemoteContexts;
import org.chipkg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The endpoint's limits over the seeds' graph (port 0, loopback): timeout that cancels, row cap
 * signalled in headers, request-size limit, no SERVICE, no remote JSON-LD contexts, writes only
 * with the secret, no admin surface.
 */
class EndpointLimitsIT {
  private static final String SECRET = "s3cret-for-tests";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static KnowledgeStore store;
  private static SparqlServer server;

  /** A loopback HTTP server that counts the requests it gets: nothing may reach it. */
  private HttpServer decoy;

  private final AtomicInteger decoyHits = new AtomicInteger();

  @BeforeAll
  static void start() {
    store = seeds();
    server =
        SparqlServer.builder()
            .store(store)
            .port(0)
            .timeout(Duration.ofSeconds(1))
            .maxRows(5)
            .maxRequestBytes(4096)
            .allowUpdate(SECRET)
            .build()
            .start();
  }

  static KnowledgeStore seeds() {
    KnowledgeStore s = KnowledgeStore.inMemory();
    ArticleGraphs g = ArticleGraphs.standard();
    for (String f : new String[] {"000_1276a32f5affbb05.txt", "003_880752c7b605c35c.txt"}) {
      Article a = new ArticleReader().read(Path.of("seeds", f));
      s.replaceArticle(g.articleIri(a), g.of(a));
    }
    return s;
  }

  @AfterAll
  static void stop() {
    try {
      server.close();
    } finally {
      store.close();
    }
  }

  @BeforeEach
  void startDecoy() throws IOException {
    decoy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    decoy.createContext(
        "/",
        ex -> {
          decoyHits.incrementAndGet();
          byte[] body = "{\"@context\":{}}".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    decoy.start();
  }

  @AfterEach
  void stopDecoy() {
    decoy.stop(0);
  }

  private String decoyUrl() {
    return "http://127.0.0.1:" + decoy.getAddress().getPort() + "/x";
  }

  private static HttpResponse<String> get(SparqlServer s, String query, String accept)
      throws Exception {
    String url = s.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String query, String accept) throws Exception {
    return get(server, query, accept);
  }

  private static int rows(HttpResponse<String> r) {
    ResultSet rs =
        ResultSetMgr.read(
            new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON);
    int n = 0;
    while (rs.hasNext()) {
      rs.next();
      n++;
    }
    return n;
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(
        b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void cartesianProductIsCancelledAndItsThreadStops() throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        get(
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
            "application/sparql-results+json");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(503, r.statusCode(), r.body());
    assertTrue(ms < 10_000, "took " + ms + " ms with a 1 s timeout");
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (queryThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(0, queryThreads(), "a thread still evaluates the cancelled query");
    assertEquals(200, get("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode());
  }

  /** Threads whose stack is inside ARQ's query engine. */
  private static long queryThreads() {
    return Thread.getAllStackTraces().values().stream()
        .filter(
            st ->
                Arrays.stream(st)
                    .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine")))
        .count();
  }

  @Test
  void rowCapIsSignalledInHeaders() throws Exception {
    HttpResponse<String> cut = get("SELECT * { ?s ?p ?o }", "application/sparql-results+json");
    assertEquals(200, cut.statusCode());
    assertEquals(5, rows(cut));
    assertEquals("5", cut.headers().firstValue(RowCapQuery.ROW_CAP).orElse(null));
    assertEquals("true", cut.headers().firstValue(RowCapQuery.TRUNCATED).orElse(null));
    assertTrue(cut.headers().firstValue("Warning").orElse("").startsWith("199 "));

    HttpResponse<String> small =
        get("SELECT * { ?s ?p ?o } LIMIT 3", "application/sparql-results+json");
    assertEquals(3, rows(small));
    assertTrue(small.headers().firstValue(RowCapQuery.ROW_CAP).isEmpty());
    assertTrue(small.headers().firstValue(RowCapQuery.TRUNCATED).isEmpty());

    HttpResponse<String> fits =
        get("SELECT ?a { VALUES ?a { 1 2 3 4 5 } }", "application/sparql-results+json");
    assertEquals(5, rows(fits));
    assertEquals("5", fits.headers().firstValue(RowCapQuery.ROW_CAP).orElse(null));
    assertTrue(fits.headers().firstValue(RowCapQuery.TRUNCATED).isEmpty(), "nothing was cut");

    HttpResponse<String> construct = get("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
    assertEquals(200, construct.statusCode());
    assertEquals("5", construct.headers().firstValue(RowCapQuery.ROW_CAP).orElse(null));
    assertEquals(5, construct.body().lines().filter(l -> !l.isBlank()).count());
  }

  @Test
  void oversizedRequestsAreRefused() throws Exception {
    String big = "# " + "x".repeat(5000) + "\nASK { ?s ?p ?o }";
    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
    assertEquals(413, post.statusCode());
    assertEquals(414, get(big, "application/sparql-results+json").statusCode());
    HttpResponse<String> chunked =
        send(
            HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
    assertEquals(411, chunked.statusCode());
    HttpResponse<String> ok =
        send(
            HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")));
    assertEquals(200, ok.statusCode());
  }

  @Test
  void serviceIsOffByDefault() throws Exception {
    HttpResponse<String> r =
        get(
            "SELECT * { SERVICE <" + decoyUrl() + "> { ?s ?p ?o } }",
            "application/sparql-results+json");
    assertTrue(r.statusCode() >= 400, "status " + r.statusCode() + ": " + r.body());
    assertEquals(0, decoyHits.get(), "SERVICE reached the network");
  }

  @Test
  void serviceWorksWhenAllowedSoTheTestAboveMeansSomething() throws Exception {
    try (KnowledgeStore other = KnowledgeStore.inMemory();
        SparqlServer s =
            SparqlServer.builder().store(other).port(0).allowService(true).build().start()) {
      get(s, "SELECT * { SERVICE <" + decoyUrl() + "> { ?s ?p ?o } }", "text/csv");
      assertTrue(decoyHits.get() > 0, "the decoy saw no SERVICE call");
    }
  }

  @Test
  void remoteJsonLdContextsAreNotFetched() throws Exception {
    RemoteContexts.refuse();
    String doc =
        "{\"@context\": \"" + decoyUrl() + "\", \"@id\": \"http://ex/a\", \"name\": \"A\"}";
    assertThrows(RiotException.class, () -> RDFParser.fromString(doc, Lang.JSONLD).toGraph());
    HttpResponse<String> put =
        send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/data?graph=http://ex/g"))
                .header("Content-Type", "application/ld+json")
                .header("Authorization", "Bearer " + SECRET)
                .PUT(HttpRequest.BodyPublishers.ofString(doc)));
    assertTrue(put.statusCode() >= 400, "status " + put.statusCode());
    assertEquals(0, decoyHits.get(), "a remote @context was fetched");
  }

  private static HttpRequest.Builder update(String body) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static boolean ask(String q) throws Exception {
    return get(q, "application/sparql-results+json").body().contains("true");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void updatesNeedTheSecret() throws Exception {
    String insert = "INSERT DATA { GRAPH <http://ex/u> { <http://ex/a> <http://ex/p> 1 } }";
    assertEquals(401, send(update(insert)).statusCode());
    assertEquals(401, send(update(insert).header("Authorization", "Bearer wrong")).statusCode());
    assertEquals(
        401, send(update(insert).header("Authorization", basic("admin", "wrong"))).statusCode());
    assertEquals(401, send(update(insert).header("Authorization", "Basic !!!")).statusCode());
    assertFalse(ask("ASK { <http://ex/a> <http://ex/p> 1 }"));

    int ok = send(update(insert).header("Authorization", "Bearer " + SECRET)).statusCode();
    assertTrue(ok == 200 || ok == 204, "status " + ok);
    assertTrue(ask("ASK { <http://ex/a> <http://ex/p> 1 }"));

    String delete = "DROP GRAPH <http://ex/u>";
    int ok2 = send(update(delete).header("Authorization", basic("any", SECRET))).statusCode();
    assertTrue(ok2 == 200 || ok2 == 204, "status " + ok2);
    assertFalse(ask("ASK { <http://ex/a> <http://ex/p> 1 }"));

    HttpRequest.Builder put =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/data?graph=http://ex/g2"))
            .header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString("<http://ex/b> <http://ex/p> 2 ."));
    assertEquals(401, send(put).statusCode());
    int ok3 = send(put.header("Authorization", "Bearer " + SECRET)).statusCode();
    assertTrue(ok3 == 200 || ok3 == 201 || ok3 == 204, "status " + ok3);
    assertTrue(ask("ASK { <http://ex/b> <http://ex/p> 2 }"));
  }

  @Test
  void updatesAreOffWithoutTheOption() throws Exception {
    try (KnowledgeStore other = KnowledgeStore.inMemory();
        SparqlServer s = SparqlServer.builder().store(other).port(0).build().start()) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(s.baseUrl() + "/kg/update"))
                  .header("Content-Type", "application/sparql-update")
                  .header("Authorization", "Bearer " + SECRET)
                  .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <a:b> <a:c> 1 }")));
      assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
    }
    assertThrows(IllegalArgumentException.class, () -> SparqlServer.builder().allowUpdate(" "));
  }

  @Test
  void noAdminSurface() throws Exception {
    for (String p : new String[] {"/$/datasets", "/$/server", "/$/stats", "/$/compact/kg"}) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + p)));
      assertEquals(404, r.statusCode(), p);
    }
    assertEquals(
        200, send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/ping"))).statusCode());
  }
}
