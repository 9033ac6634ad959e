package org.chipkg.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.chipkg.consolidate.Consolidator;

/**
 * A consolidation refresh of committed claims, planned on every core: the touched fact keys and
 * entities are dealt into slices of at most about a thousand, a few slices at a time are planned by
 * {@link Consolidator#plan}, each in a read transaction of its own on a worker thread, and the
 * caller applies their plans in its write transaction before the next few are planned, so memory
 * stays bounded however much a bulk load touched. Called with the write transaction open and
 * nothing written in it yet, so the readers see exactly the state the writer starts from (TDB2 has
 * one writer; readers see the last commit).
 */
final class ParallelRefresh {
  private ParallelRefresh() {}

  /** Keys and entities planned by one task: what its plan holds in memory is bounded by it. */
  private static final int SLICE = 1_000;

  /** Plans and applies the refresh inside the caller's (still unwritten) write transaction. */
  static void refresh(Dataset ds, Consolidator c, Consolidator.Touched touched) {
    int total = touched.keys().size() + touched.entities().size();
    int slices = Math.max(Workers.threads() * 2, (total + SLICE - 1) / SLICE);
    List<Set<String>> keys = deal(new ArrayList<>(touched.keys()), slices);
    List<Set<Node>> entities = deal(new ArrayList<>(touched.entities()), slices);
    Consolidator.SharedReads shared = new Consolidator.SharedReads();
    List<Callable<Consolidator.Plan>> window = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      Consolidator.Touched part = new Consolidator.Touched(keys.get(i), entities.get(i));
      if (!part.isEmpty()) {
        window.add(() -> Txn.calculateRead(ds, () -> c.plan(ds.asDatasetGraph(), part, shared)));
      }
      if (window.size() == Workers.threads() * 2 || i == slices - 1) {
        // Plans of disjoint resources, each against the starting state: applied one by one.
        for (Consolidator.Plan p : Workers.all(window)) {
          c.apply(ds.asDatasetGraph(), p);
        }
        window.clear();
      }
    }
  }

  /** The items dealt round-robin into {@code n} sets (so heavy and light items mix). */
  private static <T> List<Set<T>> deal(List<T> items, int n) {
    List<Set<T>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new LinkedHashSet<>());
    }
    for (int i = 0; i < items.size(); i++) {
      out.get(i % n).add(items.get(i));
    }
    return out;
  }
}
