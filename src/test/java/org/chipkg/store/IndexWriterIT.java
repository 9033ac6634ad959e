package org.chipkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IndexWriter} fills the six quad indexes on several threads: every index must end up
 * holding exactly what one {@code add} per quad gives, across a commit, a reopen and an abort.
 */
class IndexWriterIT {
  @TempDir Path dir;

  /**
   * Quads with shared and distinct terms, in no key order, some repeated, some already stored; the
   * last batch runs to several chunks, more than the writer lets wait at once.
   */
  private static List<Quad> quads(int from, int to) {
    List<Quad> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Node g = NodeFactory.createURI("http://ex/g" + (i * 7919 % 97));
      Node s = NodeFactory.createURI("http://ex/s" + (i * 31 % 1000));
      Node p = NodeFactory.createURI("http://ex/p" + (i % 13));
      Node o =
          i % 3 == 0
              ? NodeFactory.createLiteralString("v" + i)
              : NodeFactory.createURI("http://ex/o" + (i % 501));
      out.add(Quad.create(g, s, p, o));
      if (i % 50 == 0) {
        out.add(Quad.create(g, s, p, o));
      }
    }
    out.add(
        Quad.create(
            Quad.defaultGraphIRI,
            NodeFactory.createURI("http://ex/d"),
            NodeFactory.createURI("http://ex/p"),
            NodeFactory.createURI("http://ex/o")));
    return out;
  }

  /** What each index answers: a lookup by graph, subject, predicate and object (one per index). */
  private static Set<String> byEveryIndex(DatasetGraph dsg) {
    Set<String> out = new TreeSet<>();
    Node any = Node.ANY;
    for (int i = 0; i < 97; i += 5) {
      Node g = NodeFactory.createURI("http://ex/g" + i);
      dsg.find(g, any, any, any).forEachRemaining(q -> out.add("G " + q));
    }
    for (int i = 0; i < 13; i++) {
      Node p = NodeFactory.createURI("http://ex/p" + i);
      dsg.find(any, any, p, any).forEachRemaining(q -> out.add("P " + q));
      dsg.find(NodeFactory.createURI("http://ex/g3"), any, p, any)
          .forEachRemaining(q -> out.add("GP " + q));
    }
    for (int i = 0; i < 1000; i += 37) {
      Node s = NodeFactory.createURI("http://ex/s" + i);
      dsg.find(any, s, any, any).forEachRemaining(q -> out.add("S " + q));
    }
    for (int i = 0; i < 501; i += 23) {
      Node o = NodeFactory.createURI("http://ex/o" + i);
      dsg.find(any, any, any, o).forEachRemaining(q -> out.add("O " + q));
      dsg.find(NodeFactory.createURI("http://ex/g7"), any, any, o)
          .forEachRemaining(q -> out.add("GO " + q));
    }
    dsg.find().forEachRemaining(q -> out.add("ALL " + q));
    return out;
  }

  private static Set<String> read(Dataset ds) {
    return Txn.calculateRead(ds, () -> byEveryIndex(ds.asDatasetGraph()));
  }

  @Test
  void everyIndexHoldsWhatOneAddPerQuadGives() {
    Dataset expected = TDB2Factory.connectDataset(dir.resolve("plain").toString());
    Dataset actual = TDB2Factory.connectDataset(dir.resolve("indexed").toString());
    try {
      for (int[] batch : new int[][] {{0, 3000}, {2500, 6000}, {5000, 75000}}) {
        List<Quad> qs = quads(batch[0], batch[1]);
        Txn.executeWrite(
            expected,
            () ->
                qs.stream()
                    .filter(q -> !q.isDefaultGraph())
                    .forEach(expected.asDatasetGraph()::add));
        long offered =
            Txn.calculateWrite(actual, () -> IndexWriter.add(actual.asDatasetGraph(), qs));
        assertEquals(qs.size() - 1, offered, "default-graph quads are skipped");
      }
      Set<String> want = read(expected);
      assertTrue(want.size() > 5000, "the lookups see the data: " + want.size());
      assertEquals(want, read(actual));
      long count = Txn.calculateRead(actual, () -> actual.asDatasetGraph().stream().count());
      long size = Txn.calculateRead(expected, () -> expected.asDatasetGraph().stream().count());
      assertEquals(size, count);
    } finally {
      close(expected);
      close(actual);
    }
    Dataset reopened = TDB2Factory.connectDataset(dir.resolve("indexed").toString());
    Dataset plain = TDB2Factory.connectDataset(dir.resolve("plain").toString());
    try {
      assertEquals(read(plain), read(reopened), "the indexes survive a reopen");
    } finally {
      close(reopened);
      close(plain);
    }
  }

  @Test
  void anAbortedBatchLeavesNothingInAnyIndex() {
    Dataset ds = TDB2Factory.connectDataset(dir.resolve("abort").toString());
    try {
      Txn.executeWrite(ds, () -> IndexWriter.add(ds.asDatasetGraph(), quads(0, 500)));
      Set<String> before = read(ds);
      assertThrows(
          IllegalStateException.class,
          () ->
              Txn.executeWrite(
                  ds,
                  () -> {
                    IndexWriter.add(ds.asDatasetGraph(), quads(400, 4000));
                    throw new IllegalStateException("failure after the indexes were filled");
                  }));
      assertEquals(before, read(ds));
      Txn.executeWrite(ds, () -> IndexWriter.add(ds.asDatasetGraph(), quads(400, 900)));
      assertTrue(read(ds).size() > before.size(), "a later batch still writes");
    } finally {
      close(ds);
    }
  }

  @Test
  void inMemoryStoresAreFilledToo() {
    Dataset ds = TDB2Factory.createDataset();
    Dataset expected = TDB2Factory.createDataset();
    List<Quad> qs = quads(0, 2000);
    Txn.executeWrite(ds, () -> IndexWriter.add(ds.asDatasetGraph(), qs));
    Txn.executeWrite(
        expected,
        () -> qs.stream().filter(q -> !q.isDefaultGraph()).forEach(expected.asDatasetGraph()::add));
    assertEquals(read(expected), read(ds));
  }

  private static void close(Dataset ds) {
    ds.close();
    TDBInternal.expel(ds.asDatasetGraph());
  }
}
