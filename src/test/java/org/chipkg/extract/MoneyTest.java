package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a $50 billion market | 50000000000 | USD",
        "~$50 billion | 50000000000 | USD",
        "more than $20 billion | 20000000000 | USD",
        "fifty billion dollar annual run rate | 50000000000 | USD",
        "three hundred twenty-six billion dollar revenue | 326000000000 | USD",
        "$2,799.99 mini-ITX | 2799.99 | USD",
        "US$3bn deal | 3000000000 | USD",
        "€1.2 million | 1200000 | EUR",
        "NT$10 billion | 10000000000 | TWD",
        "5 billion euros | 5000000000 | EUR",
      })
  void normalises(String text, String value, String currency) {
    List<Money.Amount> found = Money.find(text);
    assertEquals(1, found.size(), () -> "amounts in " + text + ": " + found);
    assertEquals(
        0, new BigDecimal(value).compareTo(found.get(0).value()), () -> text + " -> " + found);
    assertEquals(currency, found.get(0).currency());
  }

  /** Found by Jazzer (MoneyFuzzTestInputs): a 99-digit dollar figure was read as an amount. */
  @Test
  void longDigitRunsAreNotAmounts() {
    List<Money.Amount> found = Money.find("$5$0" + "6".repeat(97));
    assertEquals(1, found.size(), found::toString);
    assertEquals(0, new BigDecimal(5).compareTo(found.get(0).value()));
    assertTrue(Money.find("1234567890123456789 billion dollars").isEmpty());
    assertEquals(1, Money.find("$999,999,999,999,999 and more").size());
  }

  /**
   * Number words and digit runs cost linear time, not quadratic, on a long line. Bounded by the CPU
   * time of the thread that reads them (10 s; quadratic reading of these 1.6 million characters
   * would take hours), so that a busy machine does not fail it; the wall-clock limit only stops a
   * run that hangs.
   */
  @Test
  void longRunsOfNumberWordsStayLinear() {
    String words = "one hundred and ".repeat(100_000);
    String digits = "7".repeat(1_000_000);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuNanos =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () -> {
              long start = threads.getCurrentThreadCpuTime();
              Money.find(words);
              Money.find("$" + digits + " billion dollars");
              return threads.getCurrentThreadCpuTime() - start;
            });
    assertTrue(
        cpuNanos < Duration.ofSeconds(10).toNanos(),
        () -> "CPU time " + cpuNanos / 1_000_000 + " ms");
  }
}
