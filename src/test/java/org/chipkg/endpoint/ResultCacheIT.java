package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/**
 * The endpoint keeps query answers while the store's data stays the same: a repeated query is
 * answered from memory with the same bytes and headers, whichever way it is sent; a write to the
 * store, another format, {@code Cache-Control: no-cache} or an error is evaluated afresh.
 */
class ResultCacheIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
  private static final String JSON = "application/sparql-results+json";

  private static HttpResponse<byte[]> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(
        b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder form(SparqlServer s, String query, String accept) {
    return HttpRequest.newBuilder(URI.create(s.sparqlUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String cache(HttpResponse<?> r) {
    return r.headers().firstValue(ResultCache.HEADER).orElse("none");
  }

  private static void add(KnowledgeStore store, String seed) {
    ArticleGraphs g = ArticleGraphs.standard();
    Article a = new ArticleReader().read(Path.of("seeds", seed));
    store.replaceArticle(g.articleIri(a), g.of(a));
  }

  @Test
  void repeatedQueriesAreAnsweredFromMemoryUntilTheDataChanges() throws Exception {
    try (KnowledgeStore store = KnowledgeStore.inMemory()) {
      add(store, "000_1276a32f5affbb05.txt");
      try (SparqlServer s =
          SparqlServer.builder().store(store).port(0).maxRows(50).build().start()) {
        HttpResponse<byte[]> first = send(form(s, COUNT, JSON));
        assertEquals(200, first.statusCode());
        assertEquals("miss", cache(first));
        HttpResponse<byte[]> again = send(form(s, COUNT, JSON));
        assertEquals("hit", cache(again));
        assertArrayEquals(first.body(), again.body());
        assertEquals(
            first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));

        // The same query as a GET, and as a SPARQL body (which the cache reads and replays).
        HttpResponse<byte[]> get =
            send(
                HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + enc(COUNT)))
                    .header("Accept", JSON)
                    .GET());
        assertEquals("hit", cache(get));
        String other = "SELECT ?s WHERE { ?s a <https://w3id.org/chipkg/ontology#Chip> }";
        HttpRequest.Builder body =
            HttpRequest.newBuilder(URI.create(s.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(other));
        HttpResponse<byte[]> posted = send(body);
        assertEquals(200, posted.statusCode(), new String(posted.body(), StandardCharsets.UTF_8));
        assertEquals("miss", cache(posted));
        assertTrue(new String(posted.body(), StandardCharsets.UTF_8).contains("trainium"));
        assertEquals("hit", cache(send(body)));
        // The row cap's header comes back with a kept answer.
        assertEquals("50", send(body).headers().firstValue(RowCapQuery.ROW_CAP).orElse(""));

        // Another format is another answer; no-cache is evaluated again.
        HttpResponse<byte[]> csv = send(form(s, COUNT, "text/csv"));
        assertEquals("miss", cache(csv));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("miss", cache(send(form(s, COUNT, JSON).header("Cache-Control", "no-cache"))));

        // A write to the store (an ingest beside the server) makes the old answers unreachable.
        add(store, "003_880752c7b605c35c.txt");
        HttpResponse<byte[]> after = send(form(s, COUNT, JSON));
        assertEquals("miss", cache(after));
        assertFalse(Arrays.equals(first.body(), after.body()), "the count must change");
        assertEquals("hit", cache(send(form(s, COUNT, JSON))));

        // Errors are not kept.
        HttpResponse<byte[]> bad = send(form(s, "SELECT WHERE {", JSON));
        assertEquals(400, bad.statusCode());
        assertEquals(400, send(form(s, "SELECT WHERE {", JSON)).statusCode());
        assertNotEquals("hit", cache(send(form(s, "SELECT WHERE {", JSON))));
      }
    }
  }

  @Test
  void aCacheOfZeroBytesIsOff() throws Exception {
    try (KnowledgeStore store = KnowledgeStore.inMemory()) {
      add(store, "000_1276a32f5affbb05.txt");
      try (SparqlServer s =
          SparqlServer.builder().store(store).port(0).resultCacheBytes(0).build().start()) {
        send(form(s, COUNT, JSON));
        HttpResponse<byte[]> r = send(form(s, COUNT, JSON));
        assertEquals(200, r.statusCode());
        assertEquals("none", cache(r));
      }
    }
  }
}
