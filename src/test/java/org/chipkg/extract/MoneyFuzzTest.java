package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.math.BigDecimal;

/**
 * Jazzer fuzz test for the money normaliser: any text gives amounts inside the text, never
 * negative, never an exception. Runs its seed inputs in the normal build (regression mode); {@code
 * JAZZER_FUZZ=1 mvn -o test -Dtest=MoneyFuzzTest} fuzzes it.
 */
class MoneyFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void amountsStayInsideTheText(@NotNull String text) {
    for (Money.Amount a : Money.find(text)) {
      assertTrue(0 <= a.start() && a.start() <= a.end() && a.end() <= text.length(), a::toString);
      assertTrue(a.value().signum() >= 0, a::toString);
      assertTrue(a.value().compareTo(new BigDecimal("1e30")) < 0, a::toString);
    }
  }
}
