package org.chipkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.chipkg.extract.ExtractionPipeline;
import org.chipkg.model.Article;
import org.chipkg.model.ChipKgException;

/**
 * Extraction throughput (text layer and every extractor) over a sample of articles, for a fixed
 * time, on one thread and on {@code threads} threads sharing one pipeline (the sentence model and
 * lexicon are loaded once).
 */
public final class ExtractionBench {
  /** Articles and tokens per second over a run. */
  /**
   * Articles and tokens per wall-clock second over a run, and tokens per second of CPU time the
   * measuring threads used (steadier on a shared machine, where other processes take the cores).
   */
  public record Throughput(
      double articlesPerSecond, double tokensPerSecond, double tokensPerCpuSecond, int threads) {}

  private final ExtractionPipeline pipeline;
  private final List<Article> sample;
  private final long[] tokens;

  public ExtractionBench(ExtractionPipeline pipeline, List<Article> sample) {
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("no articles to measure");
    }
    this.pipeline = pipeline;
    this.sample = List.copyOf(sample);
    this.tokens = new long[sample.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = pipeline.run(sample.get(i)).article().tokenCount();
    }
  }

  public long sampleTokens() {
    long t = 0;
    for (long n : tokens) {
      t += n;
    }
    return t;
  }

  public int sampleArticles() {
    return sample.size();
  }

  /** Runs for {@code seconds} on {@code threads} threads, each taking the next article. */
  public Throughput run(double seconds, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    AtomicLong next = new AtomicLong();
    AtomicLong doneTokens = new AtomicLong();
    AtomicLong doneArticles = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(
            pool.submit(
                () -> {
                  long cpu0 = mx.getCurrentThreadCpuTime();
                  while (System.nanoTime() < end) {
                    int i = (int) (next.getAndIncrement() % sample.size());
                    pipeline.run(sample.get(i));
                    doneTokens.addAndGet(tokens[i]);
                    doneArticles.incrementAndGet();
                  }
                  cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChipKgException("extraction benchmark interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new ChipKgException("extraction failed: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuNanos.get() / 1e9;
    return new Throughput(
        doneArticles.get() / s,
        doneTokens.get() / s,
        cpu > 0 ? doneTokens.get() / cpu : 0,
        threads);
  }
}
