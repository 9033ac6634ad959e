package org.chipkg.consolidate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the description of one resource of the consolidated graph (a fact or a conflict) as a
 * difference: quads it already has and keeps are left alone, so a refresh of a fact stated by
 * hundreds of articles writes the few quads that changed (a new claim, a count), not all of them.
 * Each quad written or deleted costs an update of every TDB2 index; reading the old description
 * costs one range scan.
 */
final class Resources {
  private Resources() {}

  /** Makes the quads of {@code subject} in {@code graph} exactly {@code wanted}. */
  static void replace(DatasetGraph dsg, Node graph, Node subject, List<Quad> wanted) {
    Set<Quad> want = new HashSet<>(wanted);
    Set<Quad> have = new HashSet<>();
    dsg.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(have::add);
    for (Quad q : have) {
      if (!want.contains(q)) {
        dsg.delete(q);
      }
    }
    for (Quad q : want) {
      if (!have.contains(q)) {
        dsg.add(q);
      }
    }
  }

  /** Removes every quad of {@code subject} in {@code graph}. */
  static void remove(DatasetGraph dsg, Node graph, Node subject) {
    dsg.deleteAny(graph, subject, Node.ANY, Node.ANY);
  }
}
