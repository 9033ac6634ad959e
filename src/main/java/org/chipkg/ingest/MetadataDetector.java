package org.chipkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.ArticleMetadata;
import org.chipkg.model.PartialDate;
import org.chipkg.model.TextSpan;

/**
 * Headline, publication date, publisher and cited outlets from an article's own text: the title
 * line, a byline ("By Mag-Info Tech editorial · 2026-06-19") or dateline ("June 22, 2026 11:35
 * AM"), a "Source: RealNewsHub.com" line, "first reported by Bloomberg", and a trailing sources
 * list.
 */
public final class MetadataDetector {
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final String MONTH =
      "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO =
      Pattern.compile("\\b(?<y>20\\d\\d|19\\d\\d)-(?<m>\\d\\d)-(?<d>\\d\\d)\\b");
  private static final Pattern US =
      Pattern.compile("\\b" + MONTH + "\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})\\b");

  /** "04/16/2026": month first, as US outlets write it, unless the first number cannot be one. */
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>20\\d\\d)\\b");

  /** "14.07.2026": day first, as European outlets write it. */
  private static final Pattern DOTTED =
      Pattern.compile("\\b(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>20\\d\\d)\\b");

  /**
   * "THE SCRAMBLER - tech news with the sarcasm left in": a masthead in capitals and its tagline,
   * below the headline.
   */
  private static final Pattern MASTHEAD =
      Pattern.compile("^(?<who>\\p{Lu}[\\p{Lu}&.' ]{2,30}\\p{Lu})\\s+[-–—|:]\\s+\\p{Ll}[^|]*$");

  /** "By Carla Mendes | TechPulse Daily | March 3, 2026": a byline below the page's menu lines. */
  private static final Pattern PIPED_BYLINE = Pattern.compile("^By\\s+\\S.*\\s[|·]\\s.*");

  private static final Pattern EU =
      Pattern.compile("\\b(?<d>\\d{1,2})\\s+" + MONTH + "\\s+(?<y>\\d{4})\\b");
  private static final Pattern BYLINE =
      Pattern.compile("(?i)^\\s*by\\s+(?<who>.+?)\\s+(?:editorial|staff|team|desk|newsroom)\\b.*");
  private static final List<Pattern> OUTLET_LINES =
      List.of(
          Pattern.compile("^\\s*[Bb]y\\s+[^,|·]{2,60}?,\\s*(?<who>\\p{Lu}[\\w.&' -]{1,40}?)\\s*$"),
          Pattern.compile("^.*\\d{4}.*?\\s[|·]\\s*(?!By\\s)(?<who>\\p{Lu}[\\w.&' -]{1,40}?)\\s*$"),
          Pattern.compile("(?i)^\\s*published\\b.*?\\bby\\s+(?<who>\\p{Lu}[\\w.&' -]{1,40}?)\\s*$"),
          Pattern.compile(
              "^[\\p{Lu}\\p{Punct}\\s]{2,40}\\((?<who>Reuters|AP|AFP|Bloomberg|Xinhua|Yonhap)\\)"));
  private static final Pattern SOURCE =
      Pattern.compile("(?im)^\\s*source:\\s*(?<who>\\S.{0,60}?)\\s*$");
  private static final Pattern CITED =
      Pattern.compile(
          "(?:first reported by|reported by|according to a report (?:by|from|in)|told|as reported by)\\s+(?<who>\\p{Lu}[\\p{L}.&]+(?:\\s\\p{Lu}[\\p{L}.&]+){0,2})"
              // "..., Bloomberg reported." at the end of a clause: the outlet the story rests on
              + "|,\\s+(?<who2>(?:The\\s+)?\\p{Lu}[\\p{L}.&]+(?:\\s\\p{Lu}[\\p{L}.&]+){0,2})\\s+"
              + "(?:first\\s+)?reported(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
              + "earlier|last week|this week))?\\s*[.,;]");
  private static final Pattern SOURCE_ITEM =
      Pattern.compile("^\\s*[-•*]\\s+.+\\s[—–-]\\s+(?<who>[^—–-]+?)\\s*$");
  private static final Pattern AD = Pattern.compile("(?i).*(advertisement|\\bads\\b|sponsored).*");
  private static final Set<String> AGGREGATORS = Set.of("Google News", "Yahoo News", "MSN");

  private MetadataDetector() {}

  public static ArticleMetadata detect(String text) {
    List<TextSpan> lines = Lines.of(text);
    String headline = null;
    PartialDate date = null;
    String publisher = null;
    int seen = 0;
    for (TextSpan l : lines) {
      String s = l.of(text).strip();
      if (s.isEmpty() || AD.matcher(s).matches()) {
        continue;
      }
      if (seen++ > 15) {
        break;
      }
      boolean title =
          headline == null
              && s.length() < 200
              && !s.endsWith(".")
              && !BYLINE.matcher(s).matches()
              && date(s) == null;
      if (title) {
        headline = s;
      }
      if (date == null) {
        date = date(s);
      }
      Matcher by = BYLINE.matcher(s);
      if (publisher == null && by.matches()) {
        publisher = by.group("who").strip();
      }
      if (publisher == null && (seen <= 3 || PIPED_BYLINE.matcher(s).matches())) {
        publisher = Bylines.outlet(s, date(s) != null, text);
      }
      Matcher mast = MASTHEAD.matcher(s);
      if (publisher == null && !title && headline != null && seen <= 3 && mast.matches()) {
        publisher = titleCase(mast.group("who"));
      }
      for (Pattern p : OUTLET_LINES) {
        Matcher o = p.matcher(s);
        if (publisher == null && o.find()) {
          publisher = o.group("who").strip();
        }
      }
    }
    Matcher src = SOURCE.matcher(text);
    if (publisher == null && src.find()) {
      publisher = src.group("who");
    }
    return new ArticleMetadata(headline, date, publisher, cited(text, lines));
  }

  static PartialDate date(String s) {
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return safe(
          Integer.parseInt(m.group("y")),
          Integer.parseInt(m.group("m")),
          Integer.parseInt(m.group("d")));
    }
    m = DOTTED.matcher(s);
    if (m.find()) {
      return safe(
          Integer.parseInt(m.group("y")),
          Integer.parseInt(m.group("m")),
          Integer.parseInt(m.group("d")));
    }
    m = NUMERIC.matcher(s);
    if (m.find()) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      return a > 12
          ? safe(Integer.parseInt(m.group("y")), b, a)
          : safe(Integer.parseInt(m.group("y")), a, b);
    }
    for (Pattern p : List.of(US, EU)) {
      m = p.matcher(s);
      if (m.find()) {
        int month = MONTHS.indexOf(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        return safe(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
      }
    }
    return null;
  }

  /** "THE SCRAMBLER" as "The Scrambler". */
  private static String titleCase(String caps) {
    StringBuilder out = new StringBuilder(caps.length());
    boolean start = true;
    for (char c : caps.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  private static PartialDate safe(int y, int m, int d) {
    try {
      return new PartialDate(y, m, d);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> cited(String text, List<TextSpan> lines) {
    Set<String> out = new LinkedHashSet<>();
    Matcher c = CITED.matcher(text);
    while (c.find()) {
      out.add(outlet(c.group("who") != null ? c.group("who") : c.group("who2")));
    }
    boolean inSources = false;
    for (TextSpan l : lines) {
      String s = l.of(text);
      if (s.strip().matches("(?i)sources:?")) {
        inSources = true;
      } else if (inSources) {
        Matcher m = SOURCE_ITEM.matcher(s);
        if (m.matches()) {
          out.add(outlet(m.group("who")));
        }
      }
    }
    List<String> list = new ArrayList<>(out);
    list.removeIf(String::isEmpty);
    return list;
  }

  private static String outlet(String name) {
    if (AGGREGATORS.contains(name.strip())) {
      return "";
    }
    return name.strip().replaceAll("[.,;:]+$", "").replaceAll("\\s+(AI|News|Tech)$", "");
  }
}
