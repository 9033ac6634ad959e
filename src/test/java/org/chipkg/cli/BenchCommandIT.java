package org.chipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench corpus} then {@code bench run} on a tiny corpus: structure, never timings. */
class BenchCommandIT {
  private static final Pattern FIGURE =
      Pattern.compile("^figure ([A-Za-z0-9_.%/-]+) (-?\\d+(?:\\.\\d+)?) ([A-Za-z0-9_.%/-]+)$");

  @TempDir Path dir;

  @Test
  void runPrintsParseableFiguresLast() {
    Path corpus = dir.resolve("corpus");
    assertEquals(
        0,
        Main.run("bench", "corpus", "--articles", "12", "--seed", "3", "--out", corpus.toString()));
    List<String> lines =
        stdout(
            "bench",
            "run",
            "--corpus",
            corpus.toString(),
            "--scales",
            "1k,2k",
            "--clients",
            "1,2",
            "--extract-seconds",
            "0.2",
            "--query-seconds",
            "0.1",
            "--one-more",
            "1",
            "--work",
            dir.resolve("work").toString());
    int first = 0;
    while (first < lines.size() && !lines.get(first).startsWith("figure ")) {
      first++;
    }
    List<String> figures = lines.subList(first, lines.size());
    assertFalse(figures.isEmpty(), "no figure lines in " + lines);
    figures.forEach(l -> assertTrue(FIGURE.matcher(l).matches(), "not a figure line: " + l));
    Set<String> names =
        figures.stream()
            .map(l -> FIGURE.matcher(l))
            .peek(m -> assertTrue(m.matches()))
            .map(m -> m.group(1))
            .collect(Collectors.toSet());
    for (String n :
        List.of(
            "extract.tokens_per_s_per_core",
            "extract.articles_per_s_all_cores",
            "ingest.quads_per_s",
            "ingest.bulkloader_quads_per_s",
            "ingest.ratio_to_bulkloader",
            "ingest.write_ratio_to_bulkloader",
            "ingest.consolidation_share",
            "ingest.end_to_end_articles_per_s",
            "ingest.one_more_article.1k.p50",
            "query.1k.c1.who-runs-what.p50",
            "query.2k.c2.figures-with-sources.p99",
            "query.2k.c2.chips-and-makers.throughput",
            "jvm.heap_peak_sampled")) {
      assertTrue(names.contains(n), () -> "missing figure " + n + " in " + names);
    }
  }

  @Test
  void benchWithoutSubcommandIsAUsageError() {
    assertEquals(2, Main.run("bench"));
    assertEquals(0, Main.run("bench", "extract", "--help"));
  }

  private static List<String> stdout(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
