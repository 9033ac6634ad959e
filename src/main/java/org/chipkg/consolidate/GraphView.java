package org.chipkg.consolidate;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads of one named graph with a given subject and predicate ({@link Node#ANY} for any): the
 * graph as the store holds it, or as a writer just wrote it, so one reading serves both.
 */
@FunctionalInterface
interface GraphView {
  Iterator<Quad> find(Node subject, Node predicate);

  /** Graph {@code g} of the dataset. */
  static GraphView of(DatasetGraph dsg, Node g) {
    return (s, p) -> dsg.find(g, s, p, Node.ANY);
  }

  /** The given quads (all of one graph). */
  static GraphView of(List<Quad> quads) {
    return (s, p) ->
        quads.stream()
            .filter(q -> s == Node.ANY || q.getSubject().equals(s))
            .filter(q -> p == Node.ANY || q.getPredicate().equals(p))
            .iterator();
  }

  /** How many quads have this subject and predicate. */
  default int count(Node subject, Node predicate) {
    int n = 0;
    for (Iterator<Quad> it = find(subject, predicate); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }
}
