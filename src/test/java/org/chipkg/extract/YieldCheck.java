package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

/** Test helper: checks what one sentence (after a headline) yields, as sentence tables state it. */
final class YieldCheck {
  private YieldCheck() {}

  /**
   * "yes": the facts read from {@code sentence} (" ¶ " starts a paragraph) include {@code key} (a
   * whole fact key), or, for a key of one word (a value, a predicate), some fact key contains it;
   * "no": no fact key contains it.
   */
  static void check(String sentence, String key, String yields) {
    Set<String> keys = Facts.keys("Headline\n" + sentence.replace(" ¶ ", "\n\n"));
    if (yields.strip().equals("yes")) {
      assertTrue(
          key.strip().contains(" ")
              ? keys.contains(key.strip())
              : keys.stream().anyMatch(k -> k.contains(key.strip())),
          () -> "expected " + key + " in " + keys);
    } else {
      assertTrue(
          keys.stream().noneMatch(k -> k.contains(key.strip())),
          () -> "expected no " + key + " in " + keys);
    }
  }
}
