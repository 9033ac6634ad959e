package org.chipkg.consolidate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.chipkg.vocab.CK;

/**
 * Figure conflicts: values of one single-valued measure of one entity, in the same unit and
 * modality and for the same period, reported within a month of each other, that cannot both be
 * right. "Exact" figures in news are rounded, so they are read as within 2%; "approximately" as
 * within 10%; "at least" and "at most" as open ranges.
 */
final class Figures {
  private final ConflictRules rules;
  private final Function<Node, String> label;

  Figures(ConflictRules rules, Function<Node, String> label) {
    this.rules = rules;
    this.label = label;
  }

  void differentValues(Node subject, List<StatedFact> facts, List<Conflict> out) {
    List<StatedFact> ms =
        ConflictFinder.of(facts, StatedFact.Kind.MEASUREMENT, CK.subject.asNode(), subject).stream()
            .filter(f -> rules.singleMeasures().contains(f.get(CK.measure)))
            .toList();
    // Only figures of one measure, unit, modality and period can clash: group first, so an entity
    // with thousands of figures costs pairs within groups, not across all of them.
    Map<List<Node>, List<StatedFact>> groups = new java.util.HashMap<>();
    for (StatedFact f : ms) {
      groups
          .computeIfAbsent(
              java.util.Arrays.asList(
                  f.get(CK.measure), f.get(CK.unit), f.get(CK.modality), f.get(CK.period)),
              k -> new java.util.ArrayList<>())
          .add(f);
    }
    Map<String, Pairs> byMeasure = new TreeMap<>();
    for (List<StatedFact> group : groups.values()) {
      for (StatedFact a : group) {
        for (StatedFact b : group) {
          if (a.key().compareTo(b.key()) < 0
              && a.article().within(b.article(), ConflictFinder.MEASURE_DAYS)
              && !overlap(range(a), range(b))) {
            byMeasure.computeIfAbsent(a.get(CK.measure).getURI(), k -> new Pairs()).add(a, b);
          }
        }
      }
    }
    byMeasure.forEach(
        (m, pairs) ->
            pairs.emit(
                CK.DifferentValues.asNode(),
                subject,
                m,
                label.apply(subject)
                    + " has different values for "
                    + ConflictFinder.words(pairs.isEmpty() ? null : node(m))
                    + ": "
                    + pairs.describe(Figures::figure),
                out));
  }

  /** The interval of values the statement allows. */
  static double[] range(StatedFact f) {
    double v = Double.parseDouble(f.get(CK.value).getLiteralLexicalForm());
    Node approx = f.get(CK.approximation);
    if (CK.AtLeast.asNode().equals(approx)) {
      return new double[] {v, Double.POSITIVE_INFINITY};
    }
    if (CK.AtMost.asNode().equals(approx)) {
      return new double[] {Double.NEGATIVE_INFINITY, v};
    }
    double tolerance = CK.Approximately.asNode().equals(approx) ? 0.10 : 0.02;
    double d = Math.abs(v) * tolerance;
    return new double[] {v - d, v + d};
  }

  static boolean overlap(double[] a, double[] b) {
    return a[0] <= b[1] && b[0] <= a[1];
  }

  private static String figure(StatedFact f) {
    String approx = ConflictFinder.words(f.get(CK.approximation));
    String unit = ConflictFinder.words(f.get(CK.unit)).toUpperCase(java.util.Locale.ROOT);
    String value =
        new java.math.BigDecimal(f.get(CK.value).getLiteralLexicalForm()).toPlainString();
    return (approx.equals("exact") ? "" : approx + " ") + value + " " + unit;
  }

  private static Node node(String uri) {
    return org.apache.jena.graph.NodeFactory.createURI(uri);
  }
}
