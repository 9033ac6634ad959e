package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.ORG;

/**
 * What an article's claims touch ({@link Consolidator#touched}): read from the store, or from the
 * article's quads when they were just written; only the entities below a part-of subject always
 * come from the store.
 */
final class Touches {
  private static final Set<Node> OBJECTS =
      Set.of(ORG.organization.asNode(), ORG.member.asNode(), CK.chip.asNode(), CK.subject.asNode());

  private Touches() {}

  static Consolidator.Touched inStore(ConflictRules rules, DatasetGraph dsg, Node article) {
    return find(rules, article, (g, p) -> dsg.find(g, Node.ANY, p, Node.ANY), dsg);
  }

  static Consolidator.Touched inQuads(
      ConflictRules rules, Node article, List<Quad> quads, DatasetGraph store) {
    Map<Node, List<Quad>> byGraph = new HashMap<>();
    for (Quad q : quads) {
      byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
    }
    return find(
        rules,
        article,
        (g, p) ->
            byGraph.getOrDefault(g, List.of()).stream()
                .filter(q -> p == Node.ANY || q.getPredicate().equals(p))
                .iterator(),
        store);
  }

  /** {@code graph(g, p)} gives the quads of graph g with predicate p (or any). */
  private static Consolidator.Touched find(
      ConflictRules rules,
      Node article,
      BiFunction<Node, Node, Iterator<Quad>> graph,
      DatasetGraph store) {
    Set<String> keys = new LinkedHashSet<>();
    Set<Node> entities = new LinkedHashSet<>();
    graph
        .apply(article, CK.factKey.asNode())
        .forEachRemaining(
            q -> {
              keys.add(q.getObject().getLiteralLexicalForm());
              graph
                  .apply(q.getSubject(), Node.ANY)
                  .forEachRemaining(
                      c -> {
                        Node p = c.getPredicate();
                        if (OBJECTS.contains(p) && c.getObject().isURI()) {
                          entities.add(c.getObject());
                        } else if (rules.singleProperties().contains(p)) {
                          entities.add(c.getSubject());
                          for (Node sp : rules.singleProperties()) {
                            store
                                .find(Node.ANY, Node.ANY, sp, c.getSubject())
                                .forEachRemaining(below -> entities.add(below.getSubject()));
                          }
                        }
                      });
            });
    return new Consolidator.Touched(keys, entities);
  }
}
