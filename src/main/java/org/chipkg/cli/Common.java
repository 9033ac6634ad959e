package org.chipkg.cli;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.chipkg.rdf.Entailment;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.vocab.CK;

/** Small helpers shared by the commands. */
final class Common {
  static final Path DEFAULT_STORE = Path.of("data", "tdb2");

  private Common() {}

  static Lang lang(String format) {
    return switch (format) {
      case "trig" -> Lang.TRIG;
      case "nq" -> Lang.NQUADS;
      case "ttl" -> Lang.TURTLE;
      case "jsonld" -> Lang.JSONLD;
      default ->
          throw new IllegalArgumentException(
              "unknown format: " + format + " (trig, nq, ttl, jsonld)");
    };
  }

  /**
   * Opens the store and makes sure it holds the current ontology graph, writing it only when the
   * stored one differs: a read-only command (query, conflicts, explain) then never writes, and the
   * store does not grow by a copy of the ontology at every call (TDB2 keeps deleted space until the
   * database is compacted).
   */
  static KnowledgeStore open(Path dir) {
    KnowledgeStore store = KnowledgeStore.tdb2(dir);
    ensureOntology(store);
    return store;
  }

  /** Writes the bundled ontology graph when the store's differs; true when it wrote. */
  static boolean ensureOntology(KnowledgeStore store) {
    Graph onto = Entailment.standard().ontology();
    if (onto.isEmpty() || holds(store, onto)) {
      return false;
    }
    store.replaceGraph(CK.ONTOLOGY_IRI, onto);
    return true;
  }

  private static boolean holds(KnowledgeStore store, Graph onto) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Graph stored =
              store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(CK.ONTOLOGY_IRI));
          return stored.size() == onto.size() && stored.isIsomorphicWith(onto);
        });
  }
}
