package org.chipkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chipkg.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Write N generated news articles (deterministic for a seed) into a directory.")
final class BenchCorpusCommand implements Callable<Integer> {
  @Option(names = "--articles", required = true, paramLabel = "N", description = "How many.")
  int articles;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "S",
      description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    int n = CorpusGenerator.builder().articles(articles).seed(seed).build().write(out);
    System.out.printf(
        "wrote %d article(s) to %s in %.1f s%n", n, out, (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
