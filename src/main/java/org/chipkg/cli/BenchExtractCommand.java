package org.chipkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.chipkg.extract.ExtractionPipeline;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Measure extraction throughput (text layer and every extractor) over a few articles"
            + " repeated, and print figures.")
final class BenchExtractCommand implements Callable<Integer> {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Articles to run over (default seeds).")
  Path corpus = Path.of("seeds");

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Measuring time per mode (default ${DEFAULT-VALUE}).")
  int seconds;

  @Override
  public Integer call() {
    ExtractionPipeline p = ExtractionPipeline.builder().build();
    ArticleReader reader = new ArticleReader();
    List<Article> articles =
        ArticleSources.expand(List.of(corpus)).stream().map(reader::read).toList();
    long tokens = articles.stream().mapToLong(a -> p.run(a).article().tokenCount()).sum();
    run(p, articles, seconds / 2.0, false); // warm-up
    double[] one = run(p, articles, seconds, false);
    int cores = Runtime.getRuntime().availableProcessors();
    double[] all = run(p, articles, seconds, true);
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(
        "corpus %s: %d articles, %d tokens; %d cores%n", corpus, articles.size(), tokens, cores);
    System.out.printf(
        "figure extract.tokens_per_s_per_core %.0f tokens/s%n", one[0] * tokens / articles.size());
    System.out.printf("figure extract.articles_per_s_per_core %.1f articles/s%n", one[0]);
    System.out.printf(
        "figure extract.tokens_per_s_all_cores %.0f tokens/s%n", all[0] * tokens / articles.size());
    System.out.printf("figure extract.articles_per_s_all_cores %.1f articles/s%n", all[0]);
    System.out.printf("figure jvm.heap_used_after_run %d MB%n", heap / (1024 * 1024));
    return 0;
  }

  /** Articles per second over {@code seconds}, one thread or all cores. */
  private static double[] run(
      ExtractionPipeline p, List<Article> articles, double seconds, boolean parallel) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long t0 = System.nanoTime();
    long done = 0;
    while (System.nanoTime() < end) {
      IntStream idx = IntStream.range(0, articles.size());
      (parallel ? idx.parallel() : idx).forEach(i -> p.run(articles.get(i)));
      done += articles.size();
    }
    return new double[] {done / ((System.nanoTime() - t0) / 1e9)};
  }
}
