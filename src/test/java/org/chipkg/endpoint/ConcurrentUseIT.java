package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.store.ParallelIngestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight HTTP clients on loopback query a TDB2 store while a writer re-ingests and removes its
 * articles: every answer, evaluated or taken from the result cache, sees each article whole or
 * absent (TDB2 transactions; the cache keys on the store's data version). Bounded in count (8 x 150
 * requests) and time (120 s); prints requests, errors and latency percentiles.
 */
class ConcurrentUseIT {
  private static final int CLIENTS = 8;
  private static final int PER_CLIENT = 150;
  private static final Duration LIMIT = Duration.ofSeconds(120);

  @TempDir Path dir;

  private static String countQuery(String article) {
    return "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH <"
        + article
        + "> { ?s ?p ?o } } UNION { GRAPH <"
        + article
        + "> { ?c <http://www.w3.org/ns/prov#wasDerivedFrom> <"
        + article
        + "> } GRAPH ?c { ?s ?p ?o } } }";
  }

  @Test
  void clientsSeeWholeArticlesWhileIngestRuns() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s1 = Files.list(Path.of("seeds"));
        Stream<Path> s2 = Files.list(Path.of("src/test/resources/articles"))) {
      Stream.concat(s1, s2).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    ArticleGraphs graphs = ArticleGraphs.standard();
    ArticleReader reader = new ArticleReader();
    Map<String, Long> expected = new HashMap<>();
    for (Path f : files) {
      Article a = reader.read(f);
      DatasetGraph dsg = graphs.of(a);
      expected.put(graphs.articleIri(a), dsg.stream().filter(q -> !q.isDefaultGraph()).count());
    }
    List<String> iris = new ArrayList<>(expected.keySet());

    try (KnowledgeStore store = KnowledgeStore.tdb2(dir.resolve("tdb"));
        SparqlServer server = SparqlServer.builder().store(store).port(0).build().start()) {
      ParallelIngestor ingestor =
          ParallelIngestor.builder().reader(reader).graphs(graphs).store(store).build();
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger rounds = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
      Future<?> writer =
          pool.submit(
              () -> {
                while (!done.get()) {
                  assertTrue(ingestor.ingest(files, false).failures().isEmpty());
                  for (String iri : iris) {
                    if (ThreadLocalRandom.current().nextBoolean()) {
                      store.removeArticle(iri);
                    }
                  }
                  rounds.incrementAndGet();
                }
                return null;
              });
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger errors = new AtomicInteger();
      List<String> inconsistent = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger partial = new AtomicInteger();
      long deadline = System.nanoTime() + LIMIT.toNanos();
      // The clients start once a round has stored articles: answers from the result cache come
      // back in microseconds, so clients that started on the empty store could all finish before
      // the first commit.
      while (rounds.get() == 0 && System.nanoTime() < deadline && !writer.isDone()) {
        Thread.sleep(20);
      }
      long t0 = System.nanoTime();
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        // Half the clients ask for evaluation every time, half take kept answers: both must see
        // whole articles only.
        String cacheControl = c % 2 == 0 ? "no-cache" : "max-age=60";
        clients.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < PER_CLIENT && System.nanoTime() < deadline; i++) {
                    String iri = iris.get(ThreadLocalRandom.current().nextInt(iris.size()));
                    String url =
                        server.sparqlUrl()
                            + "?query="
                            + URLEncoder.encode(countQuery(iri), StandardCharsets.UTF_8);
                    long s = System.nanoTime();
                    try {
                      HttpResponse<byte[]> r =
                          http.send(
                              HttpRequest.newBuilder(URI.create(url))
                                  .header("Accept", "application/sparql-results+json")
                                  .header("Cache-Control", cacheControl)
                                  .timeout(Duration.ofSeconds(30))
                                  .build(),
                              HttpResponse.BodyHandlers.ofByteArray());
                      latencies.add(System.nanoTime() - s);
                      if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                        continue;
                      }
                      ResultSet rs =
                          ResultSetMgr.read(
                              new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
                      long n = rs.next().getLiteral("n").getLong();
                      if (n != 0 && n != expected.get(iri)) {
                        inconsistent.add(iri + ": " + n + " of " + expected.get(iri));
                      } else if (n == 0) {
                        partial.incrementAndGet();
                      }
                    } catch (Exception e) {
                      errors.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : clients) {
        f.get(LIMIT.toSeconds() + 30, TimeUnit.SECONDS);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      done.set(true);
      writer.get(60, TimeUnit.SECONDS);
      pool.shutdown();

      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(
          "load: %d clients, %d requests in %.1f s (%.0f req/s) while ingest ran %d rounds;"
              + " errors %d, inconsistent %d, absent-article answers %d;"
              + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          CLIENTS,
          sorted.size(),
          seconds,
          sorted.size() / seconds,
          rounds.get(),
          errors.get(),
          inconsistent.size(),
          partial.get(),
          pct(sorted, 50),
          pct(sorted, 95),
          pct(sorted, 99),
          sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6);
      assertEquals(0, errors.get(), "errors");
      assertEquals(List.of(), inconsistent, "answers that saw part of an article");
      assertTrue(sorted.size() >= CLIENTS * 10, "too few requests: " + sorted.size());
      assertTrue(rounds.get() >= 1, "ingest never completed a round");
      assertTrue(sorted.size() - partial.get() > 0, "no answer saw a stored article");
    }
  }

  private static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
