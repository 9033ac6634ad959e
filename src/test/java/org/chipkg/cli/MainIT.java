package org.chipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.vocab.CK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands and their exit codes: 0 ok, 1 failed, 2 usage. */
class MainIT {
  @TempDir Path dir;

  @Test
  void extractWritesParsableTrig() {
    Path out = dir.resolve("000.trig");
    assertEquals(
        0,
        Main.run(
            "extract",
            "seeds/000_1276a32f5affbb05.txt",
            "--format",
            "trig",
            "--out",
            out.toString()));
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
    assertTrue(dsg.size() > 10, "named graphs: " + dsg.size());
  }

  @Test
  void badInputFailsTheRunButNotTheBatch() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("seeds/000_1276a32f5affbb05.txt"), in.resolve("good.txt"));
    Files.write(in.resolve("bad.txt"), new byte[] {0, 1, 2, 0});
    Path store = dir.resolve("tdb");
    assertEquals(1, Main.run("ingest", in.toString(), "--store", store.toString()));
    assertEquals(
        0,
        Main.run(
            "query",
            "ASK { <https://w3id.org/chipkg/article/good> a <https://schema.org/NewsArticle> }",
            "--store",
            store.toString()));
    assertEquals(1, Main.run("extract", "no-such-file.txt"));
  }

  @Test
  void theOntologyIsWrittenOnlyWhenItDiffers() {
    Path store = dir.resolve("tdb");
    try (KnowledgeStore ks = KnowledgeStore.tdb2(store)) {
      assertTrue(Common.ensureOntology(ks), "a new store gets the ontology");
      assertFalse(Common.ensureOntology(ks), "the same ontology again: no write");
      ks.replaceGraph(CK.ONTOLOGY_IRI, GraphFactory.createDefaultGraph());
      assertTrue(Common.ensureOntology(ks), "a store with another ontology gets the current one");
    }
    assertEquals(0, Main.run("conflicts", "--store", store.toString()));
    try (KnowledgeStore ks = KnowledgeStore.tdb2(store)) {
      assertFalse(Common.ensureOntology(ks), "a read-only command left it current");
    }
  }

  @Test
  void compactKeepsEveryQuadInANewGeneration() {
    Path store = dir.resolve("tdb");
    assertEquals(0, Main.run("ingest", "seeds", "--store", store.toString()));
    assertEquals(0, Main.run("ingest", "seeds", "--store", store.toString()));
    Set<Quad> before = quads(store);
    assertEquals(List.of("Data-0001"), CompactCommand.generations(store));
    assertEquals(0, Main.run("compact", "--store", store.toString()));
    assertEquals(List.of("Data-0002"), CompactCommand.generations(store));
    assertEquals(before, quads(store));
    assertEquals(0, Main.run("conflicts", "--store", store.toString()));
  }

  private static Set<Quad> quads(Path store) {
    try (KnowledgeStore ks = KnowledgeStore.tdb2(store)) {
      return Txn.calculateRead(
          ks.dataset(),
          () -> {
            Set<Quad> out = new HashSet<>();
            ks.dataset().asDatasetGraph().find().forEachRemaining(out::add);
            return out;
          });
    }
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, Main.run("extract", "--format"));
    assertEquals(2, Main.run("no-such-command"));
    assertEquals(0, Main.run("serve", "--help"));
  }

  @Test
  void seedsValidateAgainstTheShapes() {
    Path store = dir.resolve("seeds-tdb");
    assertEquals(0, Main.run("ingest", "seeds", "--store", store.toString()));
    assertEquals(0, Main.run("validate", "--store", store.toString()));
    assertEquals(
        0,
        Main.run(
            "query",
            "SELECT * { ?s ?p ?o } LIMIT 3",
            "--store",
            store.toString(),
            "--format",
            "json"));
    assertFalse(store.toFile().list().length == 0);
  }

  @Test
  void conflictsExplainAndRemove() {
    Path store = dir.resolve("consolidated-tdb");
    String st = store.toString();
    assertEquals(0, Main.run("ingest", "seeds", "--store", st));
    String conflicts = stdout(() -> Main.run("conflicts", "--store", st));
    assertTrue(conflicts.startsWith("3 conflict(s)"), conflicts);
    assertTrue(conflicts.contains("001_b16abcbed550b98d: \"CEO Andy Jassy has said"), conflicts);
    String explain = stdout(() -> Main.run("explain", "Trainium2", "--store", st));
    assertTrue(explain.contains("trainium2 status SoldOut"), explain);
    assertTrue(explain.contains("CONFLICT: Trainium2 is said to be"), explain);
    assertEquals(0, Main.run("ingest", "--remove", "003_880752c7b605c35c", "--store", st));
    conflicts = stdout(() -> Main.run("conflicts", "--store", st));
    assertTrue(conflicts.startsWith("2 conflict(s)"), conflicts);
    assertEquals(1, Main.run("ingest", "--remove", "no-such-article", "--store", st));
    assertEquals(2, Main.run("ingest", "--store", st));
  }

  private static String stdout(java.util.function.IntSupplier run) {
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(0, run.getAsInt());
    } finally {
      System.setOut(old);
    }
    return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
