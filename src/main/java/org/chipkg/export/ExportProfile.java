package org.chipkg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an export holds. */
public enum ExportProfile {
  /** Every quad of the store: claim graphs, article graphs with provenance, the ontology. */
  FULL,
  /**
   * The triples of every claim graph in one graph, without provenance (no claim, evidence or PROV
   * nodes; membership, measurement and status nodes kept), plus the entities' types, names and
   * {@code owl:sameAs} links. Graphs under {@code <base>graph/} (consolidation) are skipped.
   */
  FACTS,
  /** The facts re-expressed with Wikidata properties, and Wikidata items where known. */
  WIKIDATA;

  /** The name used on the command line: {@code full}, {@code facts}, {@code wikidata}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the profile has named graphs (so only quad formats can hold it). */
  public boolean hasNamedGraphs() {
    return this == FULL;
  }

  public static ExportProfile of(String id) {
    for (ExportProfile p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile: "
            + id
            + " ("
            + Arrays.stream(values()).map(ExportProfile::id).collect(Collectors.joining(", "))
            + ")");
  }
}
