package org.chipkg.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Money amounts as news writes them: "$1.2 billion", "about $300 million", "nearly $5 billion". */
final class Figures {
  private static final List<String> APPROX =
      List.of("", "", "", "about ", "roughly ", "nearly ", "more than ", "around ", "up to ");
  private static final List<String> WORDS =
      List.of("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty");

  private Figures() {}

  /** An amount between a hundred million and a few hundred billion dollars. */
  static String money(SplittableRandom r) {
    String prefix = NameParts.pick(r, APPROX);
    if (r.nextInt(12) == 0) {
      return NameParts.pick(r, WORDS) + " billion dollars";
    }
    if (r.nextBoolean()) {
      int tenths = 10 + r.nextInt(990);
      String v = tenths % 10 == 0 ? Integer.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
      return prefix + "$" + v + " billion";
    }
    return prefix + "$" + (100 + 10 * r.nextInt(90)) + " million";
  }

  static String percent(SplittableRandom r) {
    return (5 + r.nextInt(140)) + "%";
  }
}
