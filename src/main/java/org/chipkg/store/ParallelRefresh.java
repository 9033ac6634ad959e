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
 * entities are dealt into slices, each slice is planned by {@link Consolidator#plan} in a read
 * transaction of its own on a worker thread, and the caller applies the plans in its write
 * transaction. Called with the write transaction open and nothing written in it yet, so the readers
 * see exactly the state the writer starts from (TDB2 has one writer; readers see the last commit).
 */
final class ParallelRefresh {
  private ParallelRefresh() {}

  /** Plans and applies the refresh inside the caller's (still unwritten) write transaction. */
  static void refresh(Dataset ds, Consolidator c, Consolidator.Touched touched) {
    int slices = Math.max(1, Workers.threads() * 2);
    List<Set<String>> keys = deal(new ArrayList<>(touched.keys()), slices);
    List<Set<Node>> entities = deal(new ArrayList<>(touched.entities()), slices);
    List<Callable<Consolidator.Plan>> tasks = new ArrayList<>();
    for (int i = 0; i < slices; i++) {
      Consolidator.Touched part = new Consolidator.Touched(keys.get(i), entities.get(i));
      if (!part.isEmpty()) {
        tasks.add(() -> Txn.calculateRead(ds, () -> c.plan(ds.asDatasetGraph(), part)));
      }
    }
    Consolidator.Plan plan = new Consolidator.Plan(List.of(), List.of());
    for (Consolidator.Plan p : Workers.all(tasks)) {
      plan = plan.plus(p);
    }
    c.apply(ds.asDatasetGraph(), plan);
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
