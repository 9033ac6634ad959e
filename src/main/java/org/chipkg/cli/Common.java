package org.chipkg.cli;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
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

  /** Opens the store and makes sure it holds the current ontology graph. */
  static KnowledgeStore open(Path dir) {
    KnowledgeStore store = KnowledgeStore.tdb2(dir);
    Graph onto = Entailment.standard().ontology();
    if (!onto.isEmpty()) {
      store.replaceGraph(CK.ONTOLOGY_IRI, onto);
    }
    return store;
  }
}
