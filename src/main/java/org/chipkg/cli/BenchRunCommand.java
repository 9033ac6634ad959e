package org.chipkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipkg.bench.CorpusBench;
import org.chipkg.bench.Figure;
import org.chipkg.bench.Scales;
import org.chipkg.store.BatchWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Measure a corpus: extraction on one core and all cores; ingest into TDB2 against Jena's"
          + " bulk loader; the example queries over HTTP with 1 and 8 clients at each scale; one"
          + " more article at each scale; peak heap.",
      "Progress first, then one line per figure: figure NAME VALUE UNIT."
    })
final class BenchRunCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Articles.")
  Path corpus;

  @Option(
      names = "--scales",
      defaultValue = "100k,1M",
      paramLabel = "LIST",
      description = "Store sizes in quads for the query figures (default ${DEFAULT-VALUE}).")
  String scales;

  @Option(
      names = "--clients",
      defaultValue = "1,8",
      split = ",",
      paramLabel = "LIST",
      description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(
      names = "--extract-seconds",
      defaultValue = "10",
      description = "Seconds per extraction mode (default ${DEFAULT-VALUE}).")
  double extractSeconds;

  @Option(
      names = "--query-seconds",
      defaultValue = "3",
      description = "Seconds per query and client count (default ${DEFAULT-VALUE}).")
  double querySeconds;

  @Option(
      names = "--batch-quads",
      defaultValue = "100000",
      description = "Quads per write transaction (default ${DEFAULT-VALUE}).")
  int batchQuads;

  @Option(
      names = "--one-more",
      defaultValue = "10",
      description =
          "Articles timed for 'one more article' at each scale (default ${DEFAULT-VALUE}).")
  int oneMore;

  @Option(
      names = "--end-to-end",
      defaultValue = "2000",
      paramLabel = "N",
      description =
          "Articles ingested from files on every core, end to end (default ${DEFAULT-VALUE}).")
  int endToEnd;

  @Option(
      names = "--writer",
      defaultValue = "TRANSACTIONS",
      description =
          "How batches are written: TRANSACTIONS (one write transaction each) or BULK_LOADER"
              + " (Jena's TDB2 loader per batch) (default ${DEFAULT-VALUE}).")
  BatchWriter.Mode writer;

  @Option(
      names = "--consolidation",
      defaultValue = "deferred",
      paramLabel = "WHEN",
      description =
          "per-batch (as a normal ingest) or deferred (refreshed once at each scale and at the"
              + " end, inside the ingest time) (default ${DEFAULT-VALUE}).")
  String consolidation;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Work directory for the N-Quads and stores (default a temporary one).")
  Path work;

  @Option(names = "--keep", description = "Keep the work directory.")
  boolean keep;

  private boolean deferred() {
    return switch (consolidation) {
      case "deferred" -> true;
      case "per-batch" -> false;
      default ->
          throw new IllegalArgumentException(
              "--consolidation must be per-batch or deferred: " + consolidation);
    };
  }

  @Override
  public Integer call() {
    // One log line per request would be measured too: keep Fuseki and Jetty to warnings.
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    CorpusBench.Builder b =
        CorpusBench.builder()
            .corpus(corpus)
            .scales(Scales.parse(scales))
            .clients(clients)
            .extractSeconds(extractSeconds)
            .querySeconds(querySeconds)
            .batchQuads(batchQuads)
            .oneMore(oneMore)
            .endToEndArticles(endToEnd)
            .mode(writer)
            .deferConsolidation(deferred())
            .keep(keep);
    if (work != null) {
      b.work(work);
    }
    List<Figure> figures = b.build().run(System.out::println);
    figures.forEach(f -> System.out.println(f.line()));
    return 0;
  }
}
