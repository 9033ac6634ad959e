package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.ORG;

/**
 * Applies the conflict rules to the facts about one entity. A pair of claims conflicts only when
 * both could describe the same moment: roles reported within a year of each other, figures within a
 * month; undated articles are taken to report the same moment.
 */
final class ConflictFinder {
  static final int ROLE_DAYS = 365;
  static final int MEASURE_DAYS = 31;

  private final ConflictRules rules;
  private final Function<Node, String> label;
  private final BiPredicate<Node, Node> partOf;

  /**
   * @param partOf true when the first entity is part of the second (subsidiary, generation), so
   *     both may be the object of a single-valued relation
   */
  ConflictFinder(
      ConflictRules rules, Function<Node, String> label, BiPredicate<Node, Node> partOf) {
    this.rules = rules;
    this.label = label;
    this.partOf = partOf;
  }

  List<Conflict> find(Node focus, List<StatedFact> facts) {
    List<Conflict> out = new ArrayList<>();
    Roles roles = new Roles(rules, label);
    roles.twoHolders(focus, facts, out);
    roles.twoOrganizations(focus, facts, out);
    Statuses statuses = new Statuses(rules, label);
    statuses.incompatible(focus, facts, out);
    statuses.availabilityDates(focus, facts, out);
    new Figures(rules, label).differentValues(focus, facts, out);
    new Relations(rules, label, partOf).twoValues(focus, facts, out);
    return out;
  }

  static List<StatedFact> of(List<StatedFact> facts, StatedFact.Kind kind, Node p, Node value) {
    return facts.stream().filter(f -> f.kind() == kind && value.equals(f.get(p))).toList();
  }

  static String words(Node concept) {
    if (concept == null) {
      return "?";
    }
    String local = concept.getURI().substring(concept.getURI().lastIndexOf('#') + 1);
    return local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  static boolean current(StatedFact f) {
    Node t = f.get(CK.tense);
    return t == null || t.equals(CK.Current.asNode());
  }

  static Node role(StatedFact f) {
    return f.get(ORG.role);
  }

  /** The articles' ids, sorted: the reason reads the same whatever order articles came in. */
  static Set<String> articleIds(List<StatedFact> fs) {
    Set<String> out = new java.util.TreeSet<>();
    fs.forEach(f -> out.add(f.article().id()));
    return out;
  }
}
