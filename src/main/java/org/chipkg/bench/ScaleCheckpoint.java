package org.chipkg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipkg.endpoint.SparqlServer;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.model.ChipKgException;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;

/**
 * What {@code bench run} measures each time the store reaches a scale: the latency of one more
 * article through the standard write path, the example queries over HTTP with each client count,
 * and the heap still in use after a full collection.
 */
final class ScaleCheckpoint {
  private final ArticleGraphs graphs;
  private final List<Integer> clients;
  private final double querySeconds;
  private final int oneMore;
  private final long oneMoreSeed;
  private final Consumer<Figure> figures;

  ScaleCheckpoint(
      ArticleGraphs graphs,
      List<Integer> clients,
      double querySeconds,
      int oneMore,
      long oneMoreSeed,
      Consumer<Figure> figures) {
    this.graphs = graphs;
    this.clients = List.copyOf(clients);
    this.querySeconds = querySeconds;
    this.oneMore = oneMore;
    this.oneMoreSeed = oneMoreSeed;
    this.figures = figures;
  }

  /** At a scale: one more article, then the example queries over HTTP, then the live heap. */
  void run(KnowledgeStore store, long scale, long quads, Consumer<String> log) {
    String label = Scales.label(scale);
    log.accept(String.format("scale %s: store holds %d quads", label, quads));
    oneMoreArticle(store, label, log);
    try (SparqlServer server =
        SparqlServer.builder()
            .store(store)
            .port(0)
            .timeout(Duration.ofSeconds(300))
            .build()
            .start()) {
      QueryBench evaluated = new QueryBench(server.sparqlUrl(), false);
      QueryBench cached = new QueryBench(server.sparqlUrl(), true);
      ExplainTargets targets = ExplainTargets.of(store);
      Map<String, String> queries = ExampleQueries.withFirstPages();
      if (targets != null) {
        queries = targets.queries();
        log.accept(
            String.format(
                "scale %s: explain asked for %s (%d facts, the median) and, as explain.busiest,"
                    + " %s (%d facts)",
                label,
                targets.typical(),
                targets.typicalFacts(),
                targets.busiest(),
                targets.busiestFacts()));
      }
      for (int n : clients) {
        for (Map.Entry<String, String> q : queries.entrySet()) {
          String base = "query." + label + ".c" + n + "." + q.getKey();
          measure(evaluated, q.getValue(), n, base, log);
          if (!q.getKey().endsWith(".page100")) {
            // Repeats of the same query, answered from the server's result cache.
            measure(cached, q.getValue(), n, base + ".cached", log);
          }
        }
      }
    }
    add("jvm.heap_live." + label, liveHeapMb(), "MB");
  }

  private void measure(QueryBench qb, String query, int n, String base, Consumer<String> log) {
    QueryBench.Result r;
    try {
      r = qb.run(query, n, querySeconds, 3, 2);
    } catch (ChipKgException e) {
      log.accept(base + ": failed: " + e.getMessage());
      add(base + ".failed", 1, "runs");
      return;
    }
    log.accept(
        String.format(
            "%s: %d requests, answer %d bytes, p50 %.1f ms, p99 %.1f ms, %.2f queries/s",
            base,
            r.latencies().count(),
            r.bytes(),
            r.latencies().percentileMs(50),
            r.latencies().percentileMs(99),
            r.queriesPerSecond()));
    add(base + ".p50", r.latencies().percentileMs(50), "ms");
    add(base + ".p95", r.latencies().percentileMs(95), "ms");
    add(base + ".p99", r.latencies().percentileMs(99), "ms");
    add(base + ".throughput", r.queriesPerSecond(), "queries/s");
  }

  /** Heap in use after a full collection: what the store and server really keep. */
  private static double liveHeapMb() {
    System.gc();
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()
        / 1048576.0;
  }

  /**
   * Extracts and stores articles new to the store, one transaction each (the standard {@link
   * KnowledgeStore#replaceArticle} path), then removes them. The first two warm up.
   */
  private void oneMoreArticle(KnowledgeStore store, String label, Consumer<String> log) {
    CorpusGenerator fresh =
        CorpusGenerator.builder().articles(oneMore + 2).seed(oneMoreSeed).build();
    ArticleReader reader = new ArticleReader();
    long[] total = new long[oneMore];
    long[] extract = new long[oneMore];
    long[] write = new long[oneMore];
    List<String> added = new ArrayList<>();
    for (int i = 0; i < oneMore + 2; i++) {
      GeneratedArticle g = fresh.article(i);
      Article a = reader.read("one-more-" + i, g.fileName(), g.text());
      long t0 = System.nanoTime();
      String iri = graphs.articleIri(a);
      DatasetGraph quads = graphs.of(a);
      long t1 = System.nanoTime();
      store.replaceArticle(iri, quads);
      long t2 = System.nanoTime();
      added.add(iri);
      if (i >= 2) {
        total[i - 2] = t2 - t0;
        extract[i - 2] = t1 - t0;
        write[i - 2] = t2 - t1;
      }
    }
    added.forEach(store::removeArticle);
    Latencies l = Latencies.of(total);
    log.accept(
        String.format(
            "scale %s: one more article (extract, then store in one transaction): p50 %.1f ms"
                + " (extract %.1f, store %.1f), max %.1f ms",
            label,
            l.percentileMs(50),
            Latencies.of(extract).percentileMs(50),
            Latencies.of(write).percentileMs(50),
            l.maxMs()));
    String base = "ingest.one_more_article." + label;
    add(base + ".p50", l.percentileMs(50), "ms");
    add(base + ".max", l.maxMs(), "ms");
    add(base + ".extract_p50", Latencies.of(extract).percentileMs(50), "ms");
    add(base + ".store_p50", Latencies.of(write).percentileMs(50), "ms");
  }

  private void add(String name, double value, String unit) {
    figures.accept(new Figure(name, value, unit));
  }
}
