package org.chipkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence pattern and the words of which every match holds at least one: a sentence without any
 * of them is not given to the pattern at all, which keeps the many patterns that match rarely from
 * scanning every sentence.
 *
 * @param pattern the pattern
 * @param words words (case as in the pattern) one of which every match contains; none: no test
 */
record Cued(Pattern pattern, List<String> words) {
  Cued {
    if (pattern == null) {
      throw new IllegalArgumentException("no pattern for cue words " + words);
    }
    words = List.copyOf(words);
  }

  static Cued of(Pattern pattern, String... words) {
    return new Cued(pattern, List.of(words));
  }

  /**
   * A matcher of the pattern over {@code text}, or over nothing when the text holds none of the
   * words (no pattern here matches an empty text, so it then finds nothing).
   */
  java.util.regex.Matcher matcher(String text) {
    return pattern.matcher(may(text) ? text : "");
  }

  /** True when the text holds one of the words, so that the pattern may match it. */
  boolean may(String text) {
    if (words.isEmpty()) {
      return true;
    }
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
