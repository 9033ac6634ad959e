package org.chipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of a text with the article's own conversions folded in: "NT$560.3 billion (US$17.1
 * billion)", "250 billion won ($172 million)", "about HK$86 billion, or roughly US$11 billion" are
 * one figure stated twice. The dollar amount keeps the first amount's start (so the words before it
 * still tell what it measures) and ends where the conversion ends; the amount as first written
 * rides along, so the figure is read in both currencies.
 */
final class Equivalents {
  /**
   * One figure of a text.
   *
   * @param amount where it stands and its value (in dollars when the text converts it)
   * @param original the amount in the currency first written, or null when there is no conversion
   * @param approximate whether the conversion says "about" ("₹91,000 crore (about $11 billion)")
   */
  record Figure(Money.Amount amount, Money.Amount original, boolean approximate) {}

  /** What stands between an amount and its conversion: a bracket or ", or". */
  private static final Pattern BETWEEN =
      Pattern.compile(
          "(?i)\\s*(?:\\(|,\\s+or\\s+|\\s+or\\s+)(?<approx>about\\s+|around\\s+|roughly\\s+|"
              + "nearly\\s+|approximately\\s+|some\\s+|almost\\s+|~\\s*)?");

  /** What closes a bracketed conversion. */
  private static final Pattern CLOSE = Pattern.compile("^\\s*\\)");

  private Equivalents() {}

  /** The figures of {@code text}, each foreign amount merged with the dollar amount after it. */
  static List<Figure> find(String text) {
    List<Money.Amount> all = Money.find(text);
    List<Figure> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Money.Amount a = all.get(i);
      if (i + 1 < all.size() && !a.currency().equals("USD")) {
        Money.Amount usd = all.get(i + 1);
        String gap = text.substring(a.end(), usd.start());
        boolean bracket = gap.contains("(");
        Matcher between = BETWEEN.matcher(gap);
        if (usd.currency().equals("USD")
            && between.matches()
            && (!bracket || CLOSE.matcher(text.substring(usd.end())).find())) {
          int end = bracket ? text.indexOf(')', usd.end()) + 1 : usd.end();
          out.add(
              new Figure(
                  new Money.Amount(a.start(), end, usd.value(), usd.currency()),
                  a,
                  between.group("approx") != null));
          i++;
          continue;
        }
      }
      out.add(new Figure(a, null, false));
    }
    return out;
  }
}
