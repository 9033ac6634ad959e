package org.chipkg.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where claims live: named graphs in an Apache Jena TDB2 dataset whose default graph, for queries,
 * is the union of all named graphs. Each article owns its article graph and the claim graphs its
 * provenance lists; replacing an article swaps exactly those, in one transaction, and updates the
 * consolidated graph (facts with their support, conflicts) for what the article touched in the same
 * transaction.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.tdb2(Path.of("data/tdb2"))) {
 *   store.replaceArticle(articleIri, quads);
 * }
 * }</pre>
 */
public interface KnowledgeStore extends AutoCloseable {
  /** A store on disk, created when the directory is new. */
  static KnowledgeStore tdb2(Path dir) {
    return TdbKnowledgeStore.open(dir);
  }

  /** A store in memory (TDB2's in-memory mode), for tests and one-off runs. */
  static KnowledgeStore inMemory() {
    return TdbKnowledgeStore.inMemory();
  }

  /** Replaces the article's graphs by {@code quads} in one write transaction. */
  default void replaceArticle(String articleIri, DatasetGraph quads) {
    replaceArticles(Map.of(articleIri, quads));
  }

  /** Replaces several articles in one write transaction (batched ingest). */
  void replaceArticles(Map<String, DatasetGraph> batch);

  /**
   * Removes the article graph and its claim graphs, and updates the support and conflicts of the
   * facts it stated.
   */
  void removeArticle(String articleIri);

  /** Rebuilds the consolidated graph (facts, support, conflicts) from all claims. */
  void rebuildConsolidation();

  boolean containsArticle(String articleIri);

  Set<String> articleIris();

  /** Replaces one named graph (e.g. the ontology). */
  void replaceGraph(String graphIri, Graph graph);

  long quadCount();

  /**
   * Which committed state of the store a reader starting now sees: equal numbers, equal data. It
   * changes with every committed write, from this process or through the endpoint, and after a
   * compaction; what a result cache keys on.
   */
  long dataVersion();

  /**
   * Rewrites the store's files with only the live data, in a new generation directory ({@code
   * Data-0002} after {@code Data-0001}), and deletes the old one: TDB2 keeps the space of deleted
   * and replaced quads until then. Readers and writers must not be running; does nothing in memory.
   */
  void compact();

  /** The dataset, for the endpoint and for queries (union default graph). */
  Dataset dataset();

  @Override
  void close();
}
