package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.chipkg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The browser page and its files are served from the classpath (built by the Maven build). */
class WebPageIT {
  private static KnowledgeStore store;
  private static SparqlServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = KnowledgeStore.inMemory();
    server = SparqlServer.builder().store(store).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    try {
      server.close();
    } finally {
      store.close();
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .timeout(Duration.ofSeconds(20))
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void rootIsThePageKeptToItsOwnOrigin() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals(
        ClasspathServlet.POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(r.body().contains("/web/vendor/yasgui.min.js"), r.body());
    assertTrue(r.body().contains("<noscript>"), "says what to do without JavaScript");
    assertTrue(!r.body().matches("(?s).*(src|href)=\"(https?:)?//.*\\.(js|css)\".*"), "no CDN");
  }

  @ParameterizedTest
  @CsvSource({
    "/web/app.js, text/javascript",
    "/web/app.css, text/css",
    "/web/vendor/yasgui.min.js, text/javascript",
    "/web/vendor/yasgui.min.css, text/css",
    "/web/queries.json, application/json",
    "/queries/who-runs-what.rq, application/sparql-query",
    "/queries/conflicts.rq, application/sparql-query"
  })
  void assetsWithTheirTypes(String path, String type) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), path);
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(!r.body().isEmpty(), path);
  }

  @Test
  void galleryListsEverySavedQuery() throws Exception {
    String list = get("/web/queries.json").body();
    for (String q :
        new String[] {
          "who-runs-what",
          "chips-and-makers",
          "figures-with-sources",
          "well-supported-facts",
          "conflicts",
          "explain"
        }) {
      assertTrue(list.contains("\"" + q + "\""), list);
      assertTrue(get("/queries/" + q + ".rq").body().startsWith("# "), q);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/web/missing.js",
        "/web/../ontology/chipkg.ttl",
        "/web/%2e%2e/ontology/lexicon.tsv",
        "/web/vendor/",
        "/web/app.class",
        "/queries/%2e%2e/ontology/chipkg.ttl",
        "/queries/org/chipkg/cli/Main.class"
      })
  void nothingElseFromTheClasspath(String path) throws Exception {
    int status = get(path).statusCode();
    assertTrue(status == 404 || status == 400, path + " gave " + status);
  }

  @Test
  void sparqlStillAnswersBesideThePage() throws Exception {
    HttpResponse<String> r = get("/kg/sparql?query=ASK%7B%7D");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("true"), r.body());
  }
}
