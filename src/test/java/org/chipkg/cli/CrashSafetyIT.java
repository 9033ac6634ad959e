package org.chipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.chipkg.consolidate.Consolidator;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.PROV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM ingesting a batch into TDB2 is killed with SIGKILL in mid-ingest; the store then
 * opens and answers, holds every article fully or not at all (no orphan claim graph), and a second
 * ingest completes it.
 */
class CrashSafetyIT {
  private static final int COPIES = 10;

  @TempDir Path dir;

  @Test
  void killedIngestLeavesWholeArticlesAndCanBeResumed() throws Exception {
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

    Process p = ChildJvm.start(log, "512m", "ingest", in.toString(), "--store", store.toString());
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

    int present = check(store, expected);
    System.out.println(
        "crash test: killed with "
            + present
            + " of "
            + expected.size()
            + " articles stored, each whole");
    assertTrue(
        present > 0 && present < expected.size(), "the kill did not come mid-ingest: " + present);

    assertEquals(0, Main.run("ingest", in.toString(), "--store", store.toString()));
    assertEquals(expected.size(), check(store, expected));
  }

  private static Graph copy(Graph g) {
    Graph out = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(out::add);
    return out;
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
