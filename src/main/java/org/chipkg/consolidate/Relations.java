package org.chipkg.consolidate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.vocab.CK;

/**
 * Relation conflicts: two objects of a relation the ontology declares ck:singleValued, unless one
 * is part of the other (a subsidiary of AWS is also one of Amazon).
 */
final class Relations {
  private final ConflictRules rules;
  private final Function<Node, String> label;
  private final BiPredicate<Node, Node> partOf;

  Relations(ConflictRules rules, Function<Node, String> label, BiPredicate<Node, Node> partOf) {
    this.rules = rules;
    this.label = label;
    this.partOf = partOf;
  }

  void twoValues(Node subject, List<StatedFact> facts, List<Conflict> out) {
    List<StatedFact> rel =
        ConflictFinder.of(facts, StatedFact.Kind.RELATION, RDF.subject.asNode(), subject).stream()
            .filter(f -> rules.singleProperties().contains(f.get(RDF.predicate.asNode())))
            .toList();
    Map<String, Pairs> byPredicate = new TreeMap<>();
    for (StatedFact a : rel) {
      for (StatedFact b : rel) {
        Node p = a.get(RDF.predicate.asNode());
        Node oa = a.get(RDF.object.asNode());
        Node ob = b.get(RDF.object.asNode());
        if (a.key().compareTo(b.key()) < 0
            && p.equals(b.get(RDF.predicate.asNode()))
            && !oa.equals(ob)
            && !partOf.test(oa, ob)
            && !partOf.test(ob, oa)) {
          byPredicate.computeIfAbsent(p.getURI(), k -> new Pairs()).add(a, b);
        }
      }
    }
    byPredicate.forEach(
        (p, pairs) ->
            pairs.emit(
                CK.TwoValues.asNode(),
                subject,
                p,
                label.apply(subject)
                    + " has more than one value for "
                    + p.substring(p.lastIndexOf('#') + 1)
                    + ": "
                    + pairs.describe(f -> label.apply(f.get(RDF.object.asNode()))),
                out));
  }
}
