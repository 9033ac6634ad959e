package org.chipkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Store sizes in quads written as {@code 100k}, {@code 1M}, {@code 10M} (or plain numbers). */
public final class Scales {
  private Scales() {}

  /** Parses a comma-separated list, sorted ascending. */
  public static List<Long> parse(String spec) {
    List<Long> out = new ArrayList<>();
    for (String s : spec.split(",")) {
      out.add(parseOne(s.strip()));
    }
    out.sort(Long::compare);
    return List.copyOf(out);
  }

  static long parseOne(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    long mult = 1;
    if (t.endsWith("k")) {
      mult = 1_000;
    } else if (t.endsWith("m")) {
      mult = 1_000_000;
    }
    String digits = mult == 1 ? t : t.substring(0, t.length() - 1);
    try {
      long v = (long) (Double.parseDouble(digits) * mult);
      if (v < 1) {
        throw new IllegalArgumentException("scale must be positive: " + s);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a scale (e.g. 100k, 1M): " + s, e);
    }
  }

  /** {@code 100k}, {@code 1M}, {@code 2.5M}, {@code 500}. */
  public static String label(long quads) {
    if (quads >= 1_000_000 && quads % 100_000 == 0) {
      return trim(quads / 1e6) + "M";
    }
    if (quads >= 1_000 && quads % 100 == 0) {
      return trim(quads / 1e3) + "k";
    }
    return Long.toString(quads);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
