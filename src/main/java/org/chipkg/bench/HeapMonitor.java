package org.chipkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap in use over a run: samples {@code MemoryMXBean} every 20 ms on a daemon thread and also
 * reads each heap pool's own peak (so a spike between samples still counts, as an upper bound).
 */
public final class HeapMonitor implements AutoCloseable {
  private final AtomicLong peakSampled = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  public HeapMonitor() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            },
            "heap-monitor");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peakSampled.accumulateAndGet(used, Math::max);
  }

  /** Largest heap in use seen by sampling, in bytes. */
  public long peakSampledBytes() {
    sample();
    return peakSampled.get();
  }

  /** Sum of the heap pools' peaks, in bytes: an upper bound on the peak. */
  public static long poolPeaksBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The heap limit (-Xmx), in bytes. */
  public static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
