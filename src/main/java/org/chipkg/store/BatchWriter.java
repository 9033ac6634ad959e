package org.chipkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.chipkg.consolidate.Consolidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write path for many articles whose quads are already extracted: buffers articles and writes
 * them when the buffer holds {@code batchQuads} quads, in one write transaction per batch. An
 * article written again replaces its graphs (article graph and claim graphs), and the consolidated
 * graph is refreshed once per batch for every fact and entity the batch touched, as in {@link
 * KnowledgeStore#replaceArticles}. Not thread-safe: one writer per store.
 *
 * <pre>{@code
 * BatchWriter w = BatchWriter.builder().store(store).batchQuads(50_000).build();
 * w.add(articleIri, quads);
 * w.flush();
 * }</pre>
 */
public final class BatchWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
  private final KnowledgeStore store;
  private final int batchQuads;
  private final Map<String, List<Quad>> buffer = new LinkedHashMap<>();
  private int buffered;
  private long written;
  private int transactions;
  private long consolidationNanos;
  private final Set<String> pendingKeys = new LinkedHashSet<>();
  private final Set<Node> pendingEntities = new LinkedHashSet<>();

  private final Mode mode;
  private final boolean defer;
  private final Consolidator consolidator =
      Consolidator.builder().bulkAdd(IndexWriter::add).build();

  private BatchWriter(KnowledgeStore store, int batchQuads, Mode mode, boolean defer) {
    this.store = store;
    this.batchQuads = batchQuads;
    this.mode = mode;
    this.defer = defer;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Adds an article's quads (default-graph quads are ignored); may write a batch. */
  public void add(String articleIri, List<Quad> quads) {
    List<Quad> old = buffer.put(articleIri, quads);
    buffered += quads.size() - (old == null ? 0 : old.size());
    if (buffered >= batchQuads) {
      flush();
    }
  }

  /** How a batch is written. */
  public enum Mode {
    /**
     * One ordinary write transaction per batch: removals, additions and the consolidation refresh
     * commit together.
     */
    TRANSACTIONS,
    /**
     * Articles already stored are removed in one transaction, the batch goes through Apache Jena's
     * TDB2 bulk loader ({@link LoaderFactory#createLoader}), and a third transaction refreshes the
     * consolidation: faster for large batches of new articles, but not atomic (a replaced article
     * is briefly absent, new claims briefly unconsolidated).
     */
    BULK_LOADER
  }

  /** Writes what is buffered (one transaction, or up to three in {@link Mode#BULK_LOADER}). */
  public void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    if (mode == Mode.BULK_LOADER) {
      flushWithLoader();
    } else {
      flushInTransaction();
    }
    transactions++;
    LOG.info("committed {} article(s), {} quads so far", buffer.size(), written);
    buffer.clear();
    buffered = 0;
  }

  private void flushWithLoader() {
    DatasetGraph dsg = store.dataset().asDatasetGraph();
    Set<String> keys = new LinkedHashSet<>();
    Set<Node> entities = new LinkedHashSet<>();
    try {
      boolean replacing =
          Txn.calculateRead(
              dsg,
              () ->
                  buffer.keySet().stream()
                      .anyMatch(iri -> dsg.containsGraph(NodeFactory.createURI(iri))));
      if (replacing) {
        Txn.executeWrite(
            dsg,
            () ->
                buffer
                    .keySet()
                    .forEach(
                        iri -> {
                          Node article = NodeFactory.createURI(iri);
                          touched(() -> consolidator.touched(dsg, article), keys, entities);
                          TdbKnowledgeStore.remove(dsg, article);
                        }));
      }
      DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
      loader.startBulk();
      try {
        StreamRDF out = loader.stream();
        for (List<Quad> quads : buffer.values()) {
          for (Quad q : quads) {
            if (!q.isDefaultGraph()) {
              out.quad(q);
              written++;
            }
          }
        }
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      Txn.executeWrite(
          dsg,
          () -> {
            buffer
                .keySet()
                .forEach(
                    iri ->
                        touched(
                            () -> consolidator.touched(dsg, NodeFactory.createURI(iri)),
                            keys,
                            entities));
            refresh(dsg, keys, entities);
          });
    } catch (RuntimeException e) {
      throw new StoreException("bulk-loader write failed: " + e.getMessage(), e);
    }
  }

  private void flushInTransaction() {
    try {
      Txn.executeWrite(
          store.dataset(),
          () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Set<String> keys = new LinkedHashSet<>();
            Set<Node> entities = new LinkedHashSet<>();
            List<Quad> all = new ArrayList<>(buffered);
            for (Map.Entry<String, List<Quad>> e : buffer.entrySet()) {
              Node article = NodeFactory.createURI(e.getKey());
              touched(() -> consolidator.touched(dsg, article), keys, entities);
              TdbKnowledgeStore.remove(dsg, article);
              all.addAll(e.getValue());
            }
            written += IndexWriter.add(dsg, all);
            for (Map.Entry<String, List<Quad>> e : buffer.entrySet()) {
              Node article = NodeFactory.createURI(e.getKey());
              touched(() -> consolidator.touched(article, e.getValue(), dsg), keys, entities);
            }
            refresh(dsg, keys, entities);
          });
    } catch (RuntimeException e) {
      throw new StoreException("batch write failed: " + e.getMessage(), e);
    }
  }

  /** Adds what an article's claims concern (fact keys, entities) to the sets, timed. */
  private void touched(Supplier<Consolidator.Touched> find, Set<String> keys, Set<Node> entities) {
    long t0 = System.nanoTime();
    Consolidator.Touched t = find.get();
    keys.addAll(t.keys());
    entities.addAll(t.entities());
    consolidationNanos += System.nanoTime() - t0;
  }

  /** Refreshes the consolidation now, or keeps what was touched for later when deferring. */
  private void refresh(DatasetGraph dsg, Set<String> keys, Set<Node> entities) {
    if (defer) {
      if (pendingKeys.isEmpty() && pendingEntities.isEmpty()) {
        consolidator.markPending(dsg, true);
      }
      pendingKeys.addAll(keys);
      pendingEntities.addAll(entities);
      return;
    }
    long t0 = System.nanoTime();
    consolidator.refresh(dsg, new Consolidator.Touched(keys, entities));
    consolidationNanos += System.nanoTime() - t0;
  }

  /**
   * With deferred consolidation: refreshes, in one write transaction, the support and conflicts of
   * every fact and entity touched since the last call (each once). Without: does nothing.
   */
  public void refreshConsolidation() {
    if (pendingKeys.isEmpty() && pendingEntities.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    try {
      Txn.executeWrite(
          store.dataset(),
          () -> {
            // The claims are committed and nothing is written yet: plan on every core.
            ParallelRefresh.refresh(
                store.dataset(),
                consolidator,
                new Consolidator.Touched(pendingKeys, pendingEntities));
            consolidator.markPending(store.dataset().asDatasetGraph(), false);
          });
    } catch (RuntimeException e) {
      throw new StoreException("consolidation refresh failed: " + e.getMessage(), e);
    }
    pendingKeys.clear();
    pendingEntities.clear();
    consolidationNanos += System.nanoTime() - t0;
  }

  /** Time spent finding what was touched and refreshing the consolidation, in nanoseconds. */
  public long consolidationNanos() {
    return consolidationNanos;
  }

  /** Quads written so far (flushed). */
  public long quadsWritten() {
    return written;
  }

  public int transactions() {
    return transactions;
  }

  /** Builds a writer; every setter checks its argument. */
  public static final class Builder {
    private KnowledgeStore store;
    private int batchQuads = 100_000;
    private Mode mode = Mode.TRANSACTIONS;
    private boolean deferConsolidation;

    public Builder store(KnowledgeStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Quads per write transaction (default 100,000); an article is never split. */
    public Builder batchQuads(int batchQuads) {
      if (batchQuads < 1) {
        throw new IllegalArgumentException("batchQuads must be positive: " + batchQuads);
      }
      this.batchQuads = batchQuads;
      return this;
    }

    /** {@link Mode#TRANSACTIONS} (default) or {@link Mode#BULK_LOADER}. */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * False (default): each batch refreshes the consolidation in its own transaction. True: batches
     * only record what they touched and {@link #refreshConsolidation()} refreshes it all at once (a
     * bulk load pays for each popular entity once instead of once per batch; until then the
     * consolidated graph lags the claims).
     */
    public Builder deferConsolidation(boolean defer) {
      this.deferConsolidation = defer;
      return this;
    }

    public BatchWriter build() {
      Objects.requireNonNull(store, "store is required");
      return new BatchWriter(store, batchQuads, mode, deferConsolidation);
    }
  }
}
