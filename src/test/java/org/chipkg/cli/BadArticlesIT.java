package org.chipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.chipkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch of hostile articles, ingested by {@code ingest} in a child JVM with a 256 MB heap:
 * every bad file is rejected with a message naming it, the others are stored, the exit code is 1.
 * The inputs are generated here (never committed).
 */
class BadArticlesIT {
  @TempDir Path dir;

  @Test
  void eachBadFileIsRejectedByNameAndTheRestIsStored() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("seeds/000_1276a32f5affbb05.txt"), in.resolve("good.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[10] = 0;
    Files.write(in.resolve("binary.txt"), noise);
    byte[] latin =
        "Nvidia CEO Jensen Huang said \u0081 chips.\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(in.resolve("not-utf8.txt"), latin);
    writeRepeated(in.resolve("huge.txt"), "Nvidia sold $1 billion of chips to Amazon. ", 50L << 20);
    writeRepeated(
        in.resolve("one-line.txt"),
        "Nvidia Amazon Trainium TSMC chips billion dollars one hundred CEO Jensen Huang ",
        5L << 20);
    Files.writeString(in.resolve("scripts.html"), scriptsHtml());
    Files.writeString(in.resolve("crowded.txt"), crowded());
    Path store = dir.resolve("tdb");
    Path log = dir.resolve("ingest.log");

    long t0 = System.nanoTime();
    Process p = ChildJvm.start(log, "256m", "ingest", in.toString(), "--store", store.toString());
    assertTrue(p.waitFor(240, TimeUnit.SECONDS), "ingest did not finish in 240 s");
    long s = (System.nanoTime() - t0) / 1_000_000_000;
    String out = Files.readString(log);
    assertEquals(1, p.exitValue(), out);
    List<String> failed =
        out.lines().filter(l -> l.startsWith("failed: ")).collect(Collectors.toList());
    assertEquals(4, failed.size(), out);
    assertFailed(failed, "empty.txt", "empty file");
    assertFailed(failed, "binary.txt", "binary content");
    assertFailed(failed, "not-utf8.txt", "not valid UTF-8");
    assertFailed(failed, "huge.txt", "exceeds the limit");
    assertTrue(out.contains("ingested 4 article(s), 4 failed"), out);
    assertFalse(out.contains("OutOfMemoryError"), out);
    System.out.println("bad-articles batch ingested in " + s + " s");

    try (KnowledgeStore ks = KnowledgeStore.tdb2(store)) {
      assertEquals(
          java.util.Set.of(
              "https://w3id.org/chipkg/article/good",
              "https://w3id.org/chipkg/article/one-line",
              "https://w3id.org/chipkg/article/scripts",
              "https://w3id.org/chipkg/article/crowded"),
          ks.articleIris());
      Dataset ds = ks.dataset();
      assertFalse(
          Txn.calculateRead(
              ds,
              () ->
                  QueryExecution.dataset(ds)
                      .query(
                          "ASK { ?s ?p ?l FILTER(isLiteral(?l) && REGEX(STR(?l),"
                              + " 'Evil|Inline Person|Onload|Style Person')) }")
                      .ask()),
          "script, style or handler text reached the store");
      long claims =
          Txn.calculateRead(
              ds,
              () ->
                  QueryExecution.dataset(ds)
                      .query(
                          "SELECT (COUNT(?c) AS ?n) { ?c <http://www.w3.org/ns/prov#wasDerivedFrom>"
                              + " <https://w3id.org/chipkg/article/crowded> }")
                      .select()
                      .next()
                      .getLiteral("n")
                      .getLong());
      assertTrue(claims >= 5, "claims from the crowded article: " + claims);
      System.out.println("crowded article: " + claims + " claims");
    }
  }

  @Test
  void sizeLimitIsConfigurable() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in2"));
    Files.copy(Path.of("seeds/000_1276a32f5affbb05.txt"), in.resolve("good.txt"));
    Path store = dir.resolve("tdb2");
    assertEquals(
        1,
        Main.run(
            "ingest", in.toString(), "--store", store.toString(), "--max-article-bytes", "1000"));
    assertEquals(
        0,
        Main.run(
            "ingest",
            in.toString(),
            "--store",
            store.toString(),
            "--max-article-bytes",
            "1000000"));
  }

  private static void assertFailed(List<String> failed, String file, String why) {
    assertTrue(
        failed.stream().anyMatch(l -> l.contains(file + ": ") && l.contains(why)),
        file + " (" + why + ") not among " + failed);
  }

  private static void writeRepeated(Path p, String unit, long bytes) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      for (long n = 0; n < bytes; n += unit.length()) {
        w.write(unit);
      }
    }
  }

  private static String scriptsHtml() {
    return "<html><head><title>Chips</title>"
        + "<script>document.write('Intel CEO Evil Person said Intel acquired Nvidia');</script>"
        + "<style>body{content:'AMD CEO Style Person'}</style></head>"
        + "<body onload=\"alert('Google CEO Onload Person')\"><h1>Nvidia Unveils Chip</h1>"
        + "<p>Nvidia founder Jensen Huang spoke.<script>var x = 'Meta CEO Inline Person';</script></p>"
        + "<noscript>Apple CEO Noscript Person</noscript>"
        + "<a href=\"javascript:alert('x')\">Trainium chips are made by TSMC.</a></body></html>";
  }

  private static String crowded() {
    StringBuilder b = new StringBuilder("Figures Everywhere\n\n");
    String[] names = {
      "Nvidia",
      "AMD",
      "Intel",
      "TSMC",
      "Samsung",
      "Google",
      "Amazon",
      "Microsoft",
      "Meta",
      "Broadcom"
    };
    String[] people = {
      "Jensen Huang",
      "Lisa Su",
      "Pat Gelsinger",
      "C. C. Wei",
      "Jay Lee",
      "Sundar Pichai",
      "Andy Jassy",
      "Satya Nadella",
      "Mark Zuckerberg",
      "Hock Tan"
    };
    for (int i = 0; i < 2000; i++) {
      String a = names[i % names.length];
      String c = names[(i * 7 + 3) % names.length];
      b.append(a)
          .append(" CEO ")
          .append(people[i % people.length])
          .append(" said ")
          .append(a)
          .append(" paid ")
          .append(c)
          .append(" $")
          .append(i)
          .append(".5 billion, €")
          .append(i * 3)
          .append(" million and 40% of Q3 revenue for 3nm chip Chip")
          .append(i)
          .append(", up from $1,")
          .append(String.format("%03d", i % 1000))
          .append(",000 in 2025.\n");
    }
    return b.toString();
  }
}
