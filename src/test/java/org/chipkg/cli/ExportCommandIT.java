package org.chipkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chipkg export} over a TDB2 store: exit codes, parsable output, deterministic bytes. */
class ExportCommandIT {
  @TempDir Path dir;

  /**
   * The same store, or a store built the same way, gives the same bytes in every profile, and the
   * facts and wikidata profiles do not depend on the order the articles were ingested in. (The full
   * profile also holds the consolidated graph, whose conflict reasons list articles in the order
   * they were ingested.)
   */
  @Test
  void exportsEveryProfileDeterministically() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path same = dir.resolve("same");
    assertEquals(0, Main.run("ingest", "seeds", "--store", a.toString()));
    assertEquals(0, Main.run("ingest", "seeds", "--store", same.toString()));
    // The same articles ingested one by one, in another order, into another store.
    for (String f :
        new String[] {
          "004_84b5b7fb35bf9942.txt",
          "002_2e6012a47161ce1a.txt",
          "000_1276a32f5affbb05.txt",
          "003_880752c7b605c35c.txt",
          "001_b16abcbed550b98d.txt"
        }) {
      assertEquals(0, Main.run("ingest", "seeds/" + f, "--store", b.toString()));
    }
    for (String profile : new String[] {"full", "facts", "wikidata"}) {
      Path outA = export(a, profile, "a");
      assertArrayEquals(
          Files.readAllBytes(outA), Files.readAllBytes(export(a, profile, "again")), profile);
      assertArrayEquals(
          Files.readAllBytes(outA), Files.readAllBytes(export(same, profile, "same")), profile);
      if (!profile.equals("full")) {
        assertArrayEquals(
            Files.readAllBytes(outA), Files.readAllBytes(export(b, profile, "b")), profile);
      }
      DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(outA.toString());
      assertTrue(dsg.stream().count() > 50, profile);
    }
    Path ttl = dir.resolve("facts.ttl");
    assertEquals(
        0,
        Main.run(
            "export",
            "--store",
            a.toString(),
            "--profile",
            "facts",
            "--format",
            "ttl",
            "--out",
            ttl.toString()));
    assertFalse(RDFDataMgr.loadGraph(ttl.toString()).isEmpty());
  }

  private Path export(Path store, String profile, String tag) {
    Path out = dir.resolve(profile + "-" + tag + ".nq");
    assertEquals(
        0,
        Main.run(
            "export",
            "--store",
            store.toString(),
            "--profile",
            profile,
            "--format",
            "nq",
            "--out",
            out.toString()));
    return out;
  }

  @Test
  void usageErrorsExitTwo() {
    Path store = dir.resolve("tdb");
    assertEquals(
        0, Main.run("ingest", "seeds/000_1276a32f5affbb05.txt", "--store", store.toString()));
    assertEquals(
        2, Main.run("export", "--store", store.toString(), "--profile", "full", "--format", "ttl"));
    assertEquals(2, Main.run("export", "--store", store.toString(), "--profile", "nope"));
    assertEquals(2, Main.run("export", "--store", store.toString(), "--format", "csv"));
    assertEquals(2, Main.run("export", "--store", dir.resolve("missing").toString()));
  }
}
