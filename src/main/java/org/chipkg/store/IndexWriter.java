package org.chipkg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many quads inside the caller's TDB2 write transaction, the way Jena's bulk loader fills its
 * indexes but without leaving the transaction: the terms get their node ids on the calling thread,
 * then each quad index (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) takes its records in its own key order
 * on a thread of its own. Each index is a separate B+tree with its own files; its part of the
 * transaction (root, write boundary) is handed to the thread that fills it and given back before
 * the caller commits, so the batch still commits or aborts as one. A dataset that is not TDB2 falls
 * back to one {@link DatasetGraph#add} per quad.
 *
 * <pre>{@code
 * Txn.executeWrite(ds, () -> IndexWriter.add(ds.asDatasetGraph(), quads));
 * }</pre>
 */
final class IndexWriter {
  /** Quads given their ids on the calling thread while the workers fill the previous chunk. */
  private static final int CHUNK = 16_384;

  private static final int MAX_IN_FLIGHT = 3;

  /** Terms remembered per call before the map starts again (a huge list must not fill the heap). */
  private static final int MAX_SEEN = 200_000;

  private IndexWriter() {}

  /**
   * Adds the named-graph quads (default-graph quads are skipped) inside the caller's write
   * transaction; returns how many were offered. Quads already stored stay as they are.
   */
  static long add(DatasetGraph dsg, List<Quad> quads) {
    List<Quad> named = quads.stream().filter(q -> !q.isDefaultGraph()).toList();
    if (named.isEmpty()) {
      return 0;
    }
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
    TupleIndex[] indexes =
        tdb == null ? null : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
    if (tdb == null || !Arrays.stream(indexes).allMatch(IndexWriter::fillable)) {
      named.forEach(dsg::add);
      return named.size();
    }
    NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
    Map<Node, NodeId> seen = new HashMap<>();
    List<CompletableFuture<Void>> chains = new ArrayList<>();
    for (int i = 0; i < indexes.length; i++) {
      chains.add(CompletableFuture.completedFuture(null));
    }
    Deque<List<CompletableFuture<Void>>> inFlight = new ArrayDeque<>();
    try {
      for (int from = 0; from < named.size(); from += CHUNK) {
        if (seen.size() > MAX_SEEN) {
          seen.clear();
        }
        List<Tuple<NodeId>> tuples =
            nodeIds(nodes, seen, named.subList(from, Math.min(named.size(), from + CHUNK)));
        for (int i = 0; i < indexes.length; i++) {
          TupleIndexRecord tir = (TupleIndexRecord) indexes[i];
          BPlusTree tree = (BPlusTree) tir.getRangeIndex();
          ComponentState<?> txnPart = tree.getComponentState();
          chains.set(i, Workers.then(chains.get(i), () -> fill(tir, tree, txnPart, tuples)));
        }
        // At most a few chunks wait for the workers, so memory stays bounded on any batch size.
        inFlight.add(List.copyOf(chains));
        if (inFlight.size() > MAX_IN_FLIGHT) {
          Workers.join(inFlight.poll());
        }
      }
    } finally {
      // Even when allocating ids failed: no index may still be written once the caller aborts.
      Workers.join(chains);
    }
    return named.size();
  }

  private static boolean fillable(TupleIndex index) {
    return index instanceof TupleIndexRecord tir && tir.getRangeIndex() instanceof BPlusTree;
  }

  /**
   * The quads as tuples of node ids (G, S, P, O), allocating ids for new terms. A batch names the
   * same graphs, predicates and entities many times: a map of its own answers those repeats, which
   * costs less than the node table's shared cache.
   */
  private static List<Tuple<NodeId>> nodeIds(
      NodeTable nodes, Map<Node, NodeId> seen, List<Quad> quads) {
    Function<Node, NodeId> id = n -> seen.computeIfAbsent(n, nodes::getAllocateNodeId);
    List<Tuple<NodeId>> out = new ArrayList<>(quads.size());
    for (Quad q : quads) {
      out.add(
          TupleFactory.create4(
              id.apply(q.getGraph()),
              id.apply(q.getSubject()),
              id.apply(q.getPredicate()),
              id.apply(q.getObject())));
    }
    return out;
  }

  /** On a pool thread: joins the index's part of the transaction, inserts in key order, leaves. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void fill(
      TupleIndexRecord index, BPlusTree tree, ComponentState txnPart, List<Tuple<NodeId>> tuples) {
    RecordFactory factory = tree.getRecordFactory();
    Record[] records = new Record[tuples.size()];
    for (int i = 0; i < records.length; i++) {
      records[i] = TupleLib.record(factory, tuples.get(i), index.getMapping());
    }
    Arrays.sort(records, Record::compareByKey);
    ComponentState before = tree.getComponentState();
    tree.setComponentState(txnPart);
    try {
      for (Record r : records) {
        tree.insert(r);
      }
    } finally {
      tree.setComponentState(before);
    }
  }
}
