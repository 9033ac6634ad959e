package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Plans the descriptions of resources of the consolidated graph (facts and conflicts) as
 * differences, for one refresh, reading the store but never writing it: quads a resource already
 * has and keeps are left alone, so a refresh of a fact stated by hundreds of articles writes the
 * few quads that changed (a new claim, a count), not all of them. {@link #plan()} gives the
 * deletions and additions, which the store applies as one sorted batch per index instead of one
 * B+tree descent per quad and index.
 */
final class Resources {
  private final DatasetGraph dsg;
  private final Node graph;
  private final List<Quad> deletions = new ArrayList<>();
  private final Map<Node, List<Quad>> additions = new LinkedHashMap<>();

  Resources(DatasetGraph dsg, Node graph) {
    this.dsg = dsg;
    this.graph = graph;
  }

  /** Plans to make the quads of {@code subject} in the graph exactly {@code wanted}. */
  void replace(Node subject, List<Quad> wanted) {
    Set<Quad> want = new HashSet<>(wanted);
    Set<Quad> have = new HashSet<>();
    dsg.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(have::add);
    for (Quad q : have) {
      if (!want.contains(q)) {
        deletions.add(q);
      }
    }
    List<Quad> add = new ArrayList<>();
    for (Quad q : want) {
      if (!have.contains(q)) {
        add.add(q);
      }
    }
    additions.put(subject, add);
  }

  /**
   * Plans to remove every quad of {@code subject} in the graph (and drops its planned additions).
   */
  void remove(Node subject) {
    additions.remove(subject);
    dsg.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(deletions::add);
  }

  Consolidator.Plan plan() {
    List<Quad> add = new ArrayList<>();
    additions.values().forEach(add::addAll);
    return new Consolidator.Plan(deletions, add);
  }
}
