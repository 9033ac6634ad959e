package org.chipkg.consolidate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.ORG;

/**
 * Role conflicts: two current holders of a single-valued role in one organization, or one person
 * holding an exclusive role in two organizations, reported within a year of each other.
 */
final class Roles {
  private final ConflictRules rules;
  private final Function<Node, String> label;

  Roles(ConflictRules rules, Function<Node, String> label) {
    this.rules = rules;
    this.label = label;
  }

  void twoHolders(Node org, List<StatedFact> facts, List<Conflict> out) {
    clash(
        org,
        ConflictFinder.of(facts, StatedFact.Kind.ROLE, ORG.organization.asNode(), org),
        rules.singleRoles()::contains,
        ORG.member.asNode(),
        CK.TwoHolders.asNode(),
        role -> label.apply(org) + " is said to have two " + plural(role) + ": ",
        out);
  }

  void twoOrganizations(Node person, List<StatedFact> facts, List<Conflict> out) {
    clash(
        person,
        ConflictFinder.of(facts, StatedFact.Kind.ROLE, ORG.member.asNode(), person),
        rules.exclusiveRoles()::contains,
        ORG.organization.asNode(),
        CK.TwoOrganizations.asNode(),
        role -> label.apply(person) + " is said to be " + words(role) + " of both ",
        out);
  }

  /** Pairs of current roles of one kind whose {@code other} end differs. */
  private void clash(
      Node focus,
      List<StatedFact> roles,
      java.util.function.Predicate<Node> applies,
      Node other,
      Node rule,
      Function<Node, String> lead,
      List<Conflict> out) {
    Map<String, Pairs> byRole = new TreeMap<>();
    Map<String, Node> roleNodes = new TreeMap<>();
    for (StatedFact a : roles) {
      for (StatedFact b : roles) {
        Node role = ConflictFinder.role(a);
        if (a.key().compareTo(b.key()) < 0
            && role != null
            && applies.test(role)
            && role.equals(ConflictFinder.role(b))
            && ConflictFinder.current(a)
            && ConflictFinder.current(b)
            && !a.get(other).equals(b.get(other))
            && a.article().within(b.article(), ConflictFinder.ROLE_DAYS)) {
          byRole.computeIfAbsent(role.getURI(), k -> new Pairs()).add(a, b);
          roleNodes.put(role.getURI(), role);
        }
      }
    }
    byRole.forEach(
        (r, pairs) ->
            pairs.emit(
                rule,
                focus,
                r,
                lead.apply(roleNodes.get(r)) + pairs.describe(f -> label.apply(f.get(other))),
                out));
  }

  private static String words(Node role) {
    String w = ConflictFinder.words(role);
    return switch (w) {
      case "ceo" -> "chief executive";
      case "cfo" -> "chief financial officer";
      case "coo" -> "chief operating officer";
      case "cto" -> "chief technology officer";
      default -> w;
    };
  }

  private static String plural(Node role) {
    String w = words(role);
    return w.endsWith("s") ? w : w + "s";
  }
}
