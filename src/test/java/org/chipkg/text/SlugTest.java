package org.chipkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Slugs are safe IRI local names whatever the input: quotes, brackets, controls, bidi, emoji. */
class SlugTest {
  @Test
  void knownNames() {
    assertEquals("cerebras-systems", Slug.of("Cerebras Systems"));
    assertEquals("societe-generale", Slug.of("Société Générale"));
    assertEquals("a-b-c", Slug.of("\"a\" <b> \\c\u202E"));
  }

  @Test
  void anyTextGivesASafeSlug() {
    Random r = new Random(42);
    String hostile = "\"'<>\\{}|^`\n\r\t\u0000\u0001\u202E\u2066\u200B\uFEFF#?%&/:;= ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(120);
      for (int j = 0; j < n; j++) {
        b.append(
            switch (r.nextInt(4)) {
              case 0 -> hostile.charAt(r.nextInt(hostile.length()));
              case 1 -> (char) ('A' + r.nextInt(26));
              case 2 -> (char) r.nextInt(0x3000);
              default -> Character.toChars(0x1F300 + r.nextInt(200))[0];
            });
      }
      String slug = Slug.of(b.toString());
      assertTrue(
          slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 80,
          () -> "unsafe slug '" + slug + "' from " + b);
    }
  }
}
