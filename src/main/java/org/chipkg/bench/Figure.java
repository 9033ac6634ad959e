package org.chipkg.bench;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One measured figure, printed as {@code figure NAME VALUE UNIT} so scripts can read it, e.g.
 * {@code figure extract.tokens_per_s_per_core 61234 tokens/s}.
 */
public record Figure(String name, double value, String unit) {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.%/-]+");

  public Figure {
    if (name == null || !TOKEN.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid figure name: " + name);
    }
    if (unit == null || !TOKEN.matcher(unit).matches()) {
      throw new IllegalArgumentException("invalid unit for " + name + ": " + unit);
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("figure " + name + " is not a number: " + value);
    }
  }

  /** Whole numbers from 100 up, two decimals below. */
  public String line() {
    String v =
        Math.abs(value) >= 100
            ? String.format(Locale.ROOT, "%.0f", value)
            : String.format(Locale.ROOT, "%.2f", value);
    return "figure " + name + " " + v + " " + unit;
  }
}
