package org.chipkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.model.ChipKgException;
import org.chipkg.rdf.ArticleGraphs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and extracts articles on every core and writes them through one {@link BatchWriter}: while
 * one chunk of files is written, the next is extracted. One shared {@link ArticleGraphs} (sentence
 * model and lexicon loaded once). A file that fails is reported, naming the file, and skipped; the
 * rest of the batch goes on, and nothing stored is touched for it. Each write transaction holds
 * whole articles, so a crash leaves every article either stored whole or absent.
 *
 * <pre>{@code
 * ParallelIngestor.Report r =
 *     ParallelIngestor.builder().graphs(ArticleGraphs.standard()).store(store).build()
 *         .ingest(files, false);
 * }</pre>
 */
public final class ParallelIngestor {
  private static final Logger LOG = LoggerFactory.getLogger(ParallelIngestor.class);

  /** Articles stored, skipped as already present, failures, and quads written. */
  public record Report(int stored, int skipped, List<String> failures, long quads) {
    public Report {
      failures = List.copyOf(failures);
    }
  }

  /** One file's outcome: its quads, or skipped, or a failure message. */
  private record Extracted(String iri, List<Quad> quads, String failure) {}

  private final ArticleReader reader;
  private final ArticleGraphs graphs;
  private final KnowledgeStore store;
  private final int threads;
  private final int chunk;
  private final int batchQuads;
  private final BatchWriter.Mode mode;
  private final boolean deferConsolidation;

  private ParallelIngestor(Builder b) {
    this.reader = b.reader;
    this.graphs = b.graphs;
    this.store = b.store;
    this.threads = b.threads;
    this.chunk = b.chunk;
    this.batchQuads = b.batchQuads;
    this.mode = b.mode;
    this.deferConsolidation = b.deferConsolidation;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Report ingest(List<Path> files, boolean skipExisting) {
    BatchWriter writer =
        BatchWriter.builder()
            .store(store)
            .batchQuads(batchQuads)
            .mode(mode)
            .deferConsolidation(deferConsolidation)
            .build();
    ForkJoinPool pool = new ForkJoinPool(threads);
    int stored = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    try {
      CompletableFuture<List<Extracted>> next = submit(pool, files, 0, skipExisting);
      for (int i = 0; i < files.size(); i += chunk) {
        List<Extracted> done = next.join();
        next = submit(pool, files, i + chunk, skipExisting);
        for (Extracted e : done) {
          if (e.failure() != null) {
            failures.add(e.failure());
          } else if (e.quads() == null) {
            skipped++;
          } else {
            writer.add(e.iri(), e.quads());
            stored++;
          }
        }
      }
      writer.flush();
      writer.refreshConsolidation();
    } finally {
      pool.shutdown();
    }
    return new Report(stored, skipped, failures, writer.quadsWritten());
  }

  private CompletableFuture<List<Extracted>> submit(
      ForkJoinPool pool, List<Path> files, int from, boolean skipExisting) {
    List<Path> part =
        files.subList(Math.min(from, files.size()), Math.min(files.size(), from + chunk));
    return CompletableFuture.supplyAsync(
        () -> part.parallelStream().map(f -> extract(f, skipExisting)).toList(), pool);
  }

  private Extracted extract(Path file, boolean skipExisting) {
    try {
      Article a = reader.read(file);
      String iri = graphs.articleIri(a);
      if (skipExisting && store.containsArticle(iri)) {
        return new Extracted(iri, null, null);
      }
      List<Quad> quads = new ArrayList<>();
      graphs.encode(
          a,
          new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
              quads.add(q);
            }

            @Override
            public void triple(Triple t) {
              quads.add(Quad.create(Quad.defaultGraphIRI, t));
            }
          });
      return new Extracted(iri, quads, null);
    } catch (RuntimeException | StackOverflowError e) {
      String msg = failure(file, e);
      LOG.error("{}", msg);
      return new Extracted(null, null, msg);
    }
  }

  /** The message for a file that failed, naming the file; a bug's exception type is kept. */
  static String failure(Path f, Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof ChipKgException && m.startsWith(f.toString())) {
      return m;
    }
    return f + ": " + (e instanceof ChipKgException ? m : e.getClass().getSimpleName() + ": " + m);
  }

  /** Builds an ingestor; every setter checks its argument. */
  public static final class Builder {
    private ArticleReader reader = new ArticleReader();
    private ArticleGraphs graphs;
    private KnowledgeStore store;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int chunk = 256;
    private int batchQuads = 100_000;
    private BatchWriter.Mode mode = BatchWriter.Mode.TRANSACTIONS;
    private boolean deferConsolidation;

    public Builder reader(ArticleReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    public Builder graphs(ArticleGraphs graphs) {
      this.graphs = Objects.requireNonNull(graphs, "graphs");
      return this;
    }

    public Builder store(KnowledgeStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Extraction threads (default the available processors). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Files extracted while the previous chunk is written (default 256). */
    public Builder chunk(int chunk) {
      if (chunk < 1) {
        throw new IllegalArgumentException("chunk must be positive: " + chunk);
      }
      this.chunk = chunk;
      return this;
    }

    /** Quads per write transaction (default 100,000). */
    public Builder batchQuads(int batchQuads) {
      if (batchQuads < 1) {
        throw new IllegalArgumentException("batchQuads must be positive: " + batchQuads);
      }
      this.batchQuads = batchQuads;
      return this;
    }

    /** How batches are written (default {@link BatchWriter.Mode#TRANSACTIONS}). */
    public Builder mode(BatchWriter.Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * True: the consolidation is refreshed once, at the end of each {@link #ingest} call, for
     * everything it touched, instead of once per batch (default false).
     */
    public Builder deferConsolidation(boolean defer) {
      this.deferConsolidation = defer;
      return this;
    }

    public ParallelIngestor build() {
      Objects.requireNonNull(graphs, "graphs is required");
      Objects.requireNonNull(store, "store is required");
      return new ParallelIngestor(this);
    }
  }
}
