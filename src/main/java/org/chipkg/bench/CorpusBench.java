package org.chipkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.chipkg.extract.ExtractionPipeline;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.model.Article;
import org.chipkg.model.ChipKgException;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.rdf.ClaimEncoder;
import org.chipkg.rdf.Entailment;
import org.chipkg.rdf.Iris;
import org.chipkg.store.BatchWriter;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.store.ParallelIngestor;

/**
 * {@code bench run}: over a corpus directory, measures extraction (one core, all cores), extracts
 * every article to N-Quads on all cores, ingests those N-Quads into a new TDB2 store with {@link
 * BatchWriter} (stopping at each scale to measure the example queries over HTTP with 1 and 8
 * clients and the latency of one more article), then loads the same N-Quads with Jena's bulk loader
 * as the reference. Progress goes to a log consumer; the result is a list of {@link Figure}s.
 *
 * <pre>{@code
 * List<Figure> fs = CorpusBench.builder().corpus(Path.of("corpus-1k")).build().run(log::info);
 * }</pre>
 */
public final class CorpusBench {
  private final Builder cfg;
  private final ExtractionPipeline pipeline;
  private final ArticleGraphs graphs;
  private final List<Figure> figures = new ArrayList<>();
  private final ScaleCheckpoint checkpoint;

  private CorpusBench(Builder cfg) {
    this.cfg = cfg;
    this.pipeline = ExtractionPipeline.builder().build();
    this.graphs =
        new ArticleGraphs(pipeline, new ClaimEncoder(Iris.standard(), Entailment.standard()));
    this.checkpoint =
        new ScaleCheckpoint(
            graphs, cfg.clients, cfg.querySeconds, cfg.oneMore, cfg.oneMoreSeed, figures::add);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs every measurement; the figures come back in the order they were measured. */
  public List<Figure> run(Consumer<String> log) {
    List<Path> files = ArticleSources.expand(List.of(cfg.corpus));
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + cfg.corpus);
    }
    Path work = workDir();
    try (HeapMonitor heap = new HeapMonitor()) {
      ArticleReader reader = new ArticleReader();
      log.accept(String.format("corpus %s: %d articles", cfg.corpus, files.size()));
      add("machine.cores", Runtime.getRuntime().availableProcessors(), "cores");
      add("machine.load_average_at_start", loadAverage(), "runnable");
      extraction(files, reader, log);
      Path nq = work.resolve("corpus.nq");
      List<IngestBench.Stored> counts = extractAll(files, reader, nq, log);
      IngestBench ingest =
          new IngestBench(
              cfg.batchQuads,
              cfg.mode,
              cfg.deferConsolidation,
              cfg.scales,
              checkpoint,
              figures::add);
      ingest.ingestAndQuery(nq, counts, work.resolve("store"), log);
      ingest.bulkReference(nq, work.resolve("bulk"), log);
      delete(work.resolve("bulk"));
      endToEnd(files, work.resolve("end-to-end"), log);
      add("machine.load_average_at_end", loadAverage(), "runnable");
      add("jvm.heap_max", HeapMonitor.maxBytes() / 1048576.0, "MB");
      add("jvm.heap_peak_sampled", heap.peakSampledBytes() / 1048576.0, "MB");
      add("jvm.heap_peak_pools", HeapMonitor.poolPeaksBytes() / 1048576.0, "MB");
      return List.copyOf(figures);
    } finally {
      if (!cfg.keep) {
        delete(work);
      }
    }
  }

  private void extraction(List<Path> files, ArticleReader reader, Consumer<String> log) {
    List<Article> sample = files.stream().limit(cfg.extractSample).map(reader::read).toList();
    ExtractionBench eb = new ExtractionBench(pipeline, sample);
    log.accept(
        String.format(
            "extraction: %d sample articles, %d tokens; %.0f s per mode",
            eb.sampleArticles(), eb.sampleTokens(), cfg.extractSeconds));
    eb.run(cfg.extractSeconds / 2, 1); // warm-up
    ExtractionBench.Throughput one = eb.run(cfg.extractSeconds, 1);
    ExtractionBench.Throughput all = eb.run(cfg.extractSeconds, cfg.threads);
    add("extract.tokens_per_s_per_core", one.tokensPerSecond(), "tokens/s");
    add("extract.articles_per_s_per_core", one.articlesPerSecond(), "articles/s");
    add("extract.tokens_per_cpu_s", one.tokensPerCpuSecond(), "tokens/s");
    add("extract.tokens_per_s_all_cores", all.tokensPerSecond(), "tokens/s");
    add("extract.articles_per_s_all_cores", all.articlesPerSecond(), "articles/s");
    add("extract.threads", cfg.threads, "threads");
  }

  /** Every article to N-Quads on all cores, in file order; returns each article's quad count. */
  private List<IngestBench.Stored> extractAll(
      List<Path> files, ArticleReader reader, Path nq, Consumer<String> log) {
    List<IngestBench.Stored> counts = new ArrayList<>();
    long t0 = System.nanoTime();
    long quads = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
      StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
      w.start();
      int chunk = 256;
      for (int i = 0; i < files.size(); i += chunk) {
        List<ArticleQuads> done =
            files.subList(i, Math.min(files.size(), i + chunk)).parallelStream()
                .map(f -> ArticleQuads.of(graphs, reader.read(f)))
                .toList();
        for (ArticleQuads aq : done) {
          int n = 0;
          for (Quad q : aq.quads()) {
            if (!q.isDefaultGraph()) {
              w.quad(q);
              n++;
            }
          }
          counts.add(new IngestBench.Stored(aq.articleIri(), n));
          quads += n;
        }
      }
      w.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + nq + ": " + e.getMessage(), e);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    log.accept(
        String.format(
            "extracted %d articles to %d quads in %.1f s (%s)", files.size(), quads, s, nq));
    add("extract.corpus_articles_per_s_all_cores", files.size() / s, "articles/s");
    add("extract.quads_per_article", quads / (double) files.size(), "quads");
    add("corpus.quads", quads, "quads");
    return counts;
  }

  /** Files to store on every core with {@link ParallelIngestor}, into a new store. */
  private void endToEnd(List<Path> files, Path dir, Consumer<String> log) {
    List<Path> part = files.subList(0, Math.min(files.size(), cfg.endToEndArticles));
    long t0 = System.nanoTime();
    ParallelIngestor.Report r;
    try (KnowledgeStore store = KnowledgeStore.tdb2(dir)) {
      r =
          ParallelIngestor.builder()
              .graphs(graphs)
              .store(store)
              .threads(cfg.threads)
              .batchQuads(cfg.batchQuads)
              .mode(cfg.mode)
              .deferConsolidation(cfg.deferConsolidation)
              .build()
              .ingest(part, false);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    log.accept(
        String.format(
            "end to end (read, extract on %d threads, store): %d articles, %d quads in %.1f s",
            cfg.threads, r.stored(), r.quads(), s));
    add("ingest.end_to_end_articles_per_s", r.stored() / s, "articles/s");
    add("ingest.end_to_end_quads_per_s", r.quads() / s, "quads/s");
    delete(dir);
  }

  private static double loadAverage() {
    return Math.max(
        0,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private void add(String name, double value, String unit) {
    figures.add(new Figure(name, value, unit));
  }

  private Path workDir() {
    try {
      return cfg.work != null
          ? Files.createDirectories(cfg.work)
          : Files.createTempDirectory("chipkg-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create work directory: " + e.getMessage(), e);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new ChipKgException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Builds a benchmark run; every setter checks its argument. */
  public static final class Builder {
    private Path corpus;
    private Path work;
    private boolean keep;
    private List<Long> scales = List.of(100_000L, 1_000_000L);
    private List<Integer> clients = List.of(1, 8);
    private double extractSeconds = 10;
    private int extractSample = 500;
    private double querySeconds = 3;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int batchQuads = 100_000;
    private int oneMore = 10;
    private int endToEndArticles = 2000;
    private BatchWriter.Mode mode = BatchWriter.Mode.TRANSACTIONS;
    private boolean deferConsolidation = true;
    private long oneMoreSeed = 987_654_321L;

    public Builder corpus(Path corpus) {
      this.corpus = Objects.requireNonNull(corpus, "corpus");
      return this;
    }

    /** Where the N-Quads and stores go (default a new temporary directory). */
    public Builder work(Path work) {
      this.work = Objects.requireNonNull(work, "work");
      return this;
    }

    /** Keep the work directory afterwards (default: delete it). */
    public Builder keep(boolean keep) {
      this.keep = keep;
      return this;
    }

    /** Store sizes in quads at which queries are measured. */
    public Builder scales(List<Long> scales) {
      if (scales == null || scales.stream().anyMatch(s -> s == null || s < 1)) {
        throw new IllegalArgumentException("scales must be positive: " + scales);
      }
      this.scales = scales.stream().sorted().toList();
      return this;
    }

    /** Concurrent HTTP clients to measure with (default 1 and 8). */
    public Builder clients(List<Integer> clients) {
      if (clients == null || clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
        throw new IllegalArgumentException("clients must be positive: " + clients);
      }
      this.clients = List.copyOf(clients);
      return this;
    }

    public Builder extractSeconds(double s) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("extractSeconds must be positive: " + s);
      }
      this.extractSeconds = s;
      return this;
    }

    /** How many articles the extraction measurement cycles over (default 500). */
    public Builder extractSample(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("extractSample must be positive: " + n);
      }
      this.extractSample = n;
      return this;
    }

    /** Seconds per query and client count (default 3; each client sends at least 3). */
    public Builder querySeconds(double s) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("querySeconds must be positive: " + s);
      }
      this.querySeconds = s;
      return this;
    }

    /** Threads for "all cores" (default the available processors). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive: " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Builder batchQuads(int batchQuads) {
      if (batchQuads < 1) {
        throw new IllegalArgumentException("batchQuads must be positive: " + batchQuads);
      }
      this.batchQuads = batchQuads;
      return this;
    }

    /** Articles measured for "one more article" at each scale (default 10). */
    public Builder oneMore(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("oneMore must be positive: " + n);
      }
      this.oneMore = n;
      return this;
    }

    /** Articles ingested end to end from files (default 2,000, or the whole corpus if less). */
    public Builder endToEndArticles(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("endToEndArticles must be positive: " + n);
      }
      this.endToEndArticles = n;
      return this;
    }

    /** How the ingest measurements write (default {@link BatchWriter.Mode#TRANSACTIONS}). */
    public Builder mode(BatchWriter.Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * True (default): the consolidation is refreshed once per scale and at the end of the ingest
     * (inside the ingest time); false: once per batch, as a normal ingest does.
     */
    public Builder deferConsolidation(boolean defer) {
      this.deferConsolidation = defer;
      return this;
    }

    public CorpusBench build() {
      Objects.requireNonNull(corpus, "corpus is required");
      return new CorpusBench(this);
    }
  }
}
