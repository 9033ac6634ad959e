package org.chipkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.chipkg.store.BatchWriter;
import org.chipkg.store.JenaBulkLoader;
import org.chipkg.store.KnowledgeStore;

/**
 * The ingest part of {@code bench run}: the corpus's N-Quads into a new TDB2 store through {@link
 * BatchWriter}, pausing at each scale for the {@link ScaleCheckpoint}, then the same N-Quads
 * through Jena's bulk loader as the reference.
 */
final class IngestBench {
  /** An article of the N-Quads file and how many quads follow for it. */
  record Stored(String iri, int quads) {}

  private final int batchQuads;
  private final BatchWriter.Mode mode;
  private final boolean defer;
  private final List<Long> scales;
  private final ScaleCheckpoint checkpoint;
  private final Consumer<Figure> sink;
  private final Map<String, Double> values = new HashMap<>();

  IngestBench(
      int batchQuads,
      BatchWriter.Mode mode,
      boolean defer,
      List<Long> scales,
      ScaleCheckpoint checkpoint,
      Consumer<Figure> sink) {
    this.batchQuads = batchQuads;
    this.mode = mode;
    this.defer = defer;
    this.scales = List.copyOf(scales);
    this.checkpoint = checkpoint;
    this.sink = sink;
  }

  void ingestAndQuery(Path nq, List<Stored> counts, Path dir, Consumer<String> log) {
    List<Long> scales = new ArrayList<>(this.scales);
    long total = counts.stream().mapToLong(Stored::quads).sum();
    try (KnowledgeStore store = KnowledgeStore.tdb2(dir)) {
      BatchWriter writer =
          BatchWriter.builder()
              .store(store)
              .batchQuads(batchQuads)
              .mode(mode)
              .deferConsolidation(defer)
              .build();
      long[] ingestNanos = {0};
      long[] resumed = {System.nanoTime()};
      long[] ingestCpu = {0};
      long[] resumedCpu = {processCpuNanos()};
      StreamRDF sink =
          new StreamRDFBase() {
            private int article;
            private List<Quad> current = new ArrayList<>();
            private long seen;

            @Override
            public void quad(Quad q) {
              while (counts.get(article).quads() == 0) {
                article++;
              }
              current.add(q);
              seen++;
              if (current.size() == counts.get(article).quads()) {
                writer.add(counts.get(article).iri(), current);
                current = new ArrayList<>();
                article++;
                if (!scales.isEmpty() && seen >= scales.get(0)) {
                  writer.flush();
                  writer.refreshConsolidation();
                  ingestNanos[0] += System.nanoTime() - resumed[0];
                  ingestCpu[0] += processCpuNanos() - resumedCpu[0];
                  log.accept(
                      String.format(
                          "ingest so far: %d quads in %.1f s, %.0f quads/s",
                          writer.quadsWritten(),
                          ingestNanos[0] / 1e9,
                          writer.quadsWritten() / (ingestNanos[0] / 1e9)));
                  checkpoint.run(store, scales.remove(0), seen, log);
                  resumed[0] = System.nanoTime();
                  resumedCpu[0] = processCpuNanos();
                }
              }
            }
          };
      // Parsed on a thread of its own, as Jena's loader parses, while this thread writes (the
      // product's ingest likewise extracts on other threads while it writes).
      AsyncParser.asyncParse(nq.toString(), sink);
      writer.flush();
      writer.refreshConsolidation();
      ingestNanos[0] += System.nanoTime() - resumed[0];
      ingestCpu[0] += processCpuNanos() - resumedCpu[0];
      double qps = writer.quadsWritten() / (ingestNanos[0] / 1e9);
      log.accept(
          String.format(
              "ingested %d quads in %d batches in %.1f s (batches of %d quads, %s, consolidation"
                  + " %s: %.1f s of it)",
              writer.quadsWritten(),
              writer.transactions(),
              ingestNanos[0] / 1e9,
              batchQuads,
              mode,
              defer ? "deferred to each scale" : "per batch",
              writer.consolidationNanos() / 1e9));
      add("ingest.quads_per_s", qps, "quads/s");
      // Outside the timed part: what the store holds besides the claims written (the consolidated
      // graph and the ontology), which the bulk loader below does not write.
      long stored = store.quadCount();
      add("ingest.store_quads", stored, "quads");
      add(
          "ingest.extra_quads_per_written_quad",
          (stored - writer.quadsWritten()) / (double) writer.quadsWritten(),
          "x");
      add("ingest.cpu_s", ingestCpu[0] / 1e9, "s");
      add("ingest.batch_quads", batchQuads, "quads");
      add("ingest.write_transactions", writer.transactions(), "batches");
      add("ingest.consolidation_share", writer.consolidationNanos() / (double) ingestNanos[0], "x");
      long writeNanos = ingestNanos[0] - writer.consolidationNanos();
      add("ingest.write_quads_per_s", writer.quadsWritten() / (writeNanos / 1e9), "quads/s");
      for (long s : scales) {
        log.accept(
            String.format(
                "scale %s skipped: the corpus gives only %d quads (generate more articles)",
                Scales.label(s), total));
      }
    }
  }

  void bulkReference(Path nq, Path dir, Consumer<String> log) {
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    long n = JenaBulkLoader.load(dir, List.of(nq));
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    log.accept(String.format("Jena bulk loader: %d quads in %.1f s (%.1f s of CPU)", n, s, cpu));
    add("ingest.bulkloader_cpu_s", cpu, "s");
    double bulk = n / s;
    add("ingest.bulkloader_quads_per_s", bulk, "quads/s");
    double ours = value("ingest.quads_per_s");
    add("ingest.ratio_to_bulkloader", ours / bulk, "x");
    add("ingest.write_ratio_to_bulkloader", value("ingest.write_quads_per_s") / bulk, "x");
  }

  /**
   * CPU time of the whole process (every thread, the JIT and GC included): on a machine shared with
   * other work, the cost to compare when wall-clock figures are swayed by the load.
   */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private double value(String name) {
    return values.get(name);
  }

  private void add(String name, double value, String unit) {
    values.put(name, value);
    sink.accept(new Figure(name, value, unit));
  }
}
