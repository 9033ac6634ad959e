package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/** The claims found in conflicting pairs for one rule and entity, grouped by fact. */
final class Pairs {
  private final Map<String, Set<StatedFact>> sides = new TreeMap<>();

  void add(StatedFact a, StatedFact b) {
    sides.computeIfAbsent(a.key(), k -> new LinkedHashSet<>()).add(a);
    sides.computeIfAbsent(b.key(), k -> new LinkedHashSet<>()).add(b);
  }

  boolean isEmpty() {
    return sides.isEmpty();
  }

  /** "sold out (003) and not yet available (000)": each side in words, with its articles. */
  String describe(Function<StatedFact, String> words) {
    List<String> parts = new ArrayList<>();
    for (Set<StatedFact> side : sides.values()) {
      List<StatedFact> fs = List.copyOf(side);
      parts.add(
          words.apply(fs.get(0)) + " (" + String.join(", ", ConflictFinder.articleIds(fs)) + ")");
    }
    if (parts.size() <= 2) {
      return String.join(" and ", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  void emit(Node rule, Node focus, String qualifier, String reason, List<Conflict> out) {
    if (sides.isEmpty()) {
      return;
    }
    Map<String, List<StatedFact>> copy = new TreeMap<>();
    sides.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    out.add(new Conflict(rule, focus, qualifier, reason, copy));
  }
}
