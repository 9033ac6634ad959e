package org.chipkg.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies in nanoseconds (nearest rank). */
public record Latencies(long[] sortedNanos) {
  public Latencies {
    if (sortedNanos == null || sortedNanos.length == 0) {
      throw new IllegalArgumentException("no latencies");
    }
    sortedNanos = sortedNanos.clone();
    Arrays.sort(sortedNanos);
  }

  public static Latencies of(long[] nanos) {
    return new Latencies(nanos);
  }

  public int count() {
    return sortedNanos.length;
  }

  /** The {@code p}th percentile (0 &lt; p &le; 100) in milliseconds. */
  public double percentileMs(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile out of range: " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }

  public double maxMs() {
    return sortedNanos[sortedNanos.length - 1] / 1e6;
  }
}
