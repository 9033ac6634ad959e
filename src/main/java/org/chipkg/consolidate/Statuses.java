package org.chipkg.consolidate;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.chipkg.vocab.CK;

/**
 * Chip-status conflicts: statuses that exclude each other (ck:incompatibleWith) stated by different
 * articles, and availability windows that do not overlap.
 */
final class Statuses {
  private final ConflictRules rules;
  private final Function<Node, String> label;

  Statuses(ConflictRules rules, Function<Node, String> label) {
    this.rules = rules;
    this.label = label;
  }

  void incompatible(Node chip, List<StatedFact> facts, List<Conflict> out) {
    List<StatedFact> st = ConflictFinder.of(facts, StatedFact.Kind.STATUS, CK.chip.asNode(), chip);
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
        label.apply(chip)
            + " is said to be "
            + pairs.describe(f -> ConflictFinder.words(f.get(CK.status))),
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

  void availabilityDates(Node chip, List<StatedFact> facts, List<Conflict> out) {
    List<StatedFact> st =
        ConflictFinder.of(facts, StatedFact.Kind.STATUS, CK.chip.asNode(), chip).stream()
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
            + pairs.describe(Statuses::phrase)
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

  private static String phrase(StatedFact f) {
    Node p = f.get(CK.statusPhrase);
    return "\""
        + (p == null ? ConflictFinder.words(f.get(CK.status)) : p.getLiteralLexicalForm())
        + "\"";
  }
}
