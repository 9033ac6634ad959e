package org.chipkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money as news writes them, normalised to whole units: "$50 billion", "~$50 billion",
 * "$2,799.99", "US$3bn", "€1.2 million", "₹91,000 crore" (ten million rupees each), "fifty billion
 * dollar", "three hundred twenty-six billion dollars".
 */
public final class Money {
  /** One amount found in a text: where, its value in whole units and its ISO currency. */
  public record Amount(int start, int end, BigDecimal value, String currency) {}

  private static final String WORD =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
          + "eighty|ninety|hundred|a)";

  /**
   * At most 15 integer digits and 6 decimals, never the tail of a longer digit string: longer
   * figures are not amounts a news text states, and parsing them costs time in the digit count.
   */
  private static final String NUMBER =
      "(?:\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15})(?:\\.\\d{1,6})?(?![.,]?\\d)";

  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?<cur>US\\$|NT\\$|HK\\$|S\\$|A\\$|C\\$|(?<![A-Za-z])\\$|€|£|¥|₹)\\s?(?<num>"
              + NUMBER
              + ")"
              + "(?:\\s?(?<scale>(?i:trillion|billion|million|thousand|crore|lakh|bn|tn|mn)|[bmkBMK])\\b)?");
  private static final Pattern NAMED =
      Pattern.compile(
          "(?i)(?<num>(?<![\\d.,])"
              + NUMBER
              + "|(?:"
              + WORD
              + "(?:[\\s-]+(?:and[\\s-]+)?"
              + WORD
              + "){0,11}))"
              + "\\s+(?<scale>trillion|billion|million|thousand|crore|lakh)\\s+(?<cur>dollars?|euros?|pounds?|yen|yuan|won|rupees?)\\b");
  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("a", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private Money() {}

  /** Every amount in the text, in order. */
  public static List<Amount> find(String text) {
    List<Amount> out = new ArrayList<>();
    Matcher m = SYMBOL.matcher(text);
    while (m.find()) {
      BigDecimal v =
          new BigDecimal(m.group("num").replace(",", "")).multiply(scale(m.group("scale")));
      out.add(new Amount(m.start(), m.end(), v.stripTrailingZeros(), currency(m.group("cur"))));
    }
    Matcher n = NAMED.matcher(text);
    boolean inWords = named(text);
    while (inWords && n.find()) {
      String num = n.group("num");
      BigDecimal base = num.matches("[\\d.]+") ? new BigDecimal(num) : words(num);
      if (base != null && out.stream().noneMatch(a -> a.start() < n.end() && n.start() < a.end())) {
        BigDecimal v = base.multiply(scale(n.group("scale"))).stripTrailingZeros();
        out.add(new Amount(n.start(), n.end(), v, currency(n.group("cur"))));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static final List<String> SCALE_WORDS =
      List.of("trillion", "billion", "million", "thousand", "crore", "lakh");
  private static final List<String> CURRENCY_WORDS =
      List.of("dollar", "euro", "pound", "yen", "yuan", "won", "rupee");

  /**
   * Whether the text holds the words an amount in words needs ("billion dollars"): {@link #NAMED}
   * tries its run of number words at every position, so it only runs where both occur.
   */
  private static boolean named(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return SCALE_WORDS.stream().anyMatch(lower::contains)
        && CURRENCY_WORDS.stream().anyMatch(lower::contains);
  }

  /** "three hundred twenty-six" -> 326; null when the words are not a number. */
  static BigDecimal words(String s) {
    long total = 0;
    long current = 0;
    boolean any = false;
    String[] parts = s.toLowerCase(Locale.ROOT).split("[\\s-]+");
    for (String w : parts) {
      if (w.equals("and") || w.isEmpty() || (w.equals("a") && parts.length > 1)) {
        continue;
      }
      if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (UNITS.containsKey(w)) {
        current += UNITS.get(w);
      } else {
        return null;
      }
      any = true;
    }
    total += current;
    return any ? BigDecimal.valueOf(total) : null;
  }

  private static BigDecimal scale(String s) {
    if (s == null) {
      return BigDecimal.ONE;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> new BigDecimal("1000000000000");
      case "billion", "bn", "b" -> new BigDecimal("1000000000");
      case "million", "mn", "m" -> new BigDecimal("1000000");
      case "thousand", "k" -> new BigDecimal("1000");
      case "crore" -> new BigDecimal("10000000");
      case "lakh" -> new BigDecimal("100000");
      default -> BigDecimal.ONE;
    };
  }

  private static String currency(String c) {
    String s = c.toLowerCase(Locale.ROOT);
    if (s.startsWith("nt")) {
      return "TWD";
    }
    switch (s) {
      case "hk$":
        return "HKD";
      case "s$":
        return "SGD";
      case "a$":
        return "AUD";
      case "c$":
        return "CAD";
      default:
        break;
    }
    if (s.contains("$") || s.startsWith("dollar")) {
      return "USD";
    }
    if (s.equals("€") || s.startsWith("euro")) {
      return "EUR";
    }
    if (s.equals("£") || s.startsWith("pound")) {
      return "GBP";
    }
    if (s.equals("¥") || s.equals("yen")) {
      return "JPY";
    }
    return switch (s) {
      case "yuan" -> "CNY";
      case "won" -> "KRW";
      default -> "INR";
    };
  }
}
