package org.chipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.chipkg.consolidate.Consolidator;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.PROV;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A child JVM ingesting a batch into TDB2 is killed with SIGKILL in mid-ingest; the store then
 * opens and answers, holds every article fully or not at all (no orphan claim graph), and a second
 * ingest completes it.
 */
class CrashSafetyIT {
  private static final int COPIES = 10;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void killedIngestLeavesWholeArticlesAndCanBeResumed(boolean defer) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> s1 = Files.list(Path.of("seeds"));
        Stream<Path> s2 = Files.list(Path.of("src/test/resources/articles"))) {
      Stream.concat(s1, s2)
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .forEach(sources::add);
    }
    // Quads each article must have in the store, from an in-process extraction of each source.
    Map<String, Long> expected = new HashMap<>();
    ArticleGraphs graphs = ArticleGraphs.standard();
    ArticleReader reader = new ArticleReader();
    for (Path src : sources) {
      for (int c = 0; c < COPIES; c++) {
        String stem = src.getFileName().toString().replace(".txt", "") + "-c" + c;
        Path copy = Files.copy(src, in.resolve(stem + ".txt"));
        var a = reader.read(copy);
        DatasetGraph dsg = graphs.of(a);
        expected.put(graphs.articleIri(a), dsg.stream().filter(q -> !q.isDefaultGraph()).count());
      }
    }
    Path store = dir.resolve("tdb");
    Path log = dir.resolve("ingest.log");

    List<String> args =
        new ArrayList<>(List.of("ingest", in.toString(), "--store", store.toString()));
    if (defer) {
      args.add("--defer-consolidation");
    }
    Process p = ChildJvm.start(log, "512m", args.toArray(String[]::new));
    // Kill at a random moment after the first batch has been committed.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive()
        && !Files.readString(log).contains("committed ")
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(ThreadLocalRandom.current().nextInt(0, 1200));
    assertTrue(p.isAlive(), "ingest ended before the kill:\n" + Files.readString(log));
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue(), "killed by SIGKILL");

    if (defer) {
      assertTrue(pendingMark(store), "a load deferring consolidation leaves its mark when killed");
    }
    int present = check(store, expected);
    assertFalse(pendingMark(store), "opening the store rebuilt the consolidation");
    System.out.println(
        "crash test: killed with "
            + present
            + " of "
            + expected.size()
            + " articles stored, each whole");
    assertTrue(
        present > 0 && present < expected.size(), "the kill did not come mid-ingest: " + present);

    assertEquals(0, Main.run(args.toArray(String[]::new)));
    assertFalse(pendingMark(store), "a finished load clears the mark");
    assertEquals(expected.size(), check(store, expected));
  }

  private static Graph copy(Graph g) {
    Graph out = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(out::add);
    return out;
  }

  /** Whether the raw store (opened without the checks of KnowledgeStore) holds the mark. */
  private static boolean pendingMark(Path dir) {
    DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
    try {
      Node g = NodeFactory.createURI(Consolidator.standard().graphIri());
      return Txn.calculateRead(dsg, () -> dsg.contains(g, g, CK.refreshPending.asNode(), Node.ANY));
    } finally {
      dsg.close();
      TDBInternal.expel(dsg);
    }
  }

  /**
   * Opens the store, checks every article is whole and nothing else is there; returns the count.
   */
  private static int check(Path dir, Map<String, Long> expected) {
    Node consolidated = NodeFactory.createURI(Consolidator.standard().graphIri());
    try (KnowledgeStore ks = KnowledgeStore.tdb2(dir)) {
      DatasetGraph dsg = ks.dataset().asDatasetGraph();
      // The consolidated facts and conflicts were written in the same transactions as the
      // articles: rebuilding them from the articles present must change nothing.
      Graph before = Txn.calculateRead(ks.dataset(), () -> copy(dsg.getGraph(consolidated)));
      ks.rebuildConsolidation();
      Graph after = Txn.calculateRead(ks.dataset(), () -> copy(dsg.getGraph(consolidated)));
      assertTrue(after.isIsomorphicWith(before), "consolidated graph out of step with articles");
      return Txn.calculateRead(
          ks.dataset(),
          () -> {
            Set<Node> allowed = new HashSet<>();
            allowed.add(NodeFactory.createURI(CK.ONTOLOGY_IRI));
            allowed.add(consolidated);
            int present = 0;
            for (String iri : ks.articleIris()) {
              Node a = NodeFactory.createURI(iri);
              allowed.add(a);
              long n = dsg.getGraph(a).size();
              List<Node> claims = new ArrayList<>();
              dsg.find(a, Node.ANY, PROV.wasDerivedFrom.asNode(), a)
                  .forEachRemaining(q -> claims.add(q.getSubject()));
              for (Node c : claims) {
                allowed.add(c);
                n += dsg.getGraph(c).size();
              }
              assertEquals(expected.get(iri), n, "quads of " + iri);
              present++;
            }
            dsg.listGraphNodes()
                .forEachRemaining(g -> assertTrue(allowed.contains(g), "orphan graph " + g));
            return present;
          });
    }
  }
}
