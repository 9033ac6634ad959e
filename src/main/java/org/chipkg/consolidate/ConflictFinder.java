package org.chipkg.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
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
    incompatibleStatus(focus, facts, out);
    availabilityDates(focus, facts, out);
    new Figures(rules, label).differentValues(focus, facts, out);
    twoValues(focus, facts, out);
    return out;
  }

  private void incompatibleStatus(Node chip, List<StatedFact> facts, List<Conflict> out) {
    List<StatedFact> st = of(facts, StatedFact.Kind.STATUS, CK.chip.asNode(), chip);
    Pairs pairs = new Pairs();
    for (StatedFact a : st) {
      for (StatedFact b : st) {
        if (a.key().compareTo(b.key()) < 0
            && !a.article().equals(b.article())
            && rules.incompatible(a.get(CK.status), b.get(CK.status))
            && !reconciled(a, st)
            && !reconciled(b, st)) {
          pairs.add(a, b);
        }
      }
    }
    pairs.emit(
        CK.IncompatibleStatus.asNode(),
        chip,
        "",
        label.apply(chip) + " is said to be " + pairs.describe(f -> words(f.get(CK.status))),
        out);
  }

  /** An article that states two incompatible statuses for one chip reconciles them itself. */
  private boolean reconciled(StatedFact f, List<StatedFact> all) {
    return all.stream()
        .anyMatch(
            o ->
                o.article().equals(f.article())
                    && rules.incompatible(o.get(CK.status), f.get(CK.status)));
  }

  private void availabilityDates(Node chip, List<StatedFact> facts, List<Conflict> out) {
    List<StatedFact> st =
        of(facts, StatedFact.Kind.STATUS, CK.chip.asNode(), chip).stream()
            .filter(Availability::gives)
            .toList();
    Pairs pairs = new Pairs();
    for (StatedFact a : st) {
      for (StatedFact b : st) {
        if (a.key().compareTo(b.key()) < 0 && !a.article().equals(b.article())) {
          Availability wa = window(a, b);
          Availability wb = window(b, a);
          if (wa != null && wb != null && !wa.overlaps(wb)) {
            pairs.add(a, b);
          }
        }
      }
    }
    pairs.emit(
        CK.AvailabilityDates.asNode(),
        chip,
        "",
        label.apply(chip)
            + " has availability dates that do not overlap: "
            + pairs.describe(ConflictFinder::phrase)
            + " (an undated article is read as published with the other)",
        out);
  }

  /** The window of {@code f}, anchored on its article's date, else on the other's. */
  private static Availability window(StatedFact f, StatedFact other) {
    LocalDate anchor = f.article().dated() ? f.article().from() : other.article().from();
    if (anchor == null) {
      if (Availability.absolute(f) || Availability.absolute(other)) {
        return Availability.absolute(f) ? Availability.of(f, LocalDate.EPOCH) : null;
      }
      anchor = LocalDate.EPOCH; // both relative and undated: compare from a common start
    }
    return Availability.of(f, anchor);
  }

  private void twoValues(Node subject, List<StatedFact> facts, List<Conflict> out) {
    List<StatedFact> rel =
        of(facts, StatedFact.Kind.RELATION, RDF.subject.asNode(), subject).stream()
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

  private static String phrase(StatedFact f) {
    Node p = f.get(CK.statusPhrase);
    return "\"" + (p == null ? words(f.get(CK.status)) : p.getLiteralLexicalForm()) + "\"";
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
