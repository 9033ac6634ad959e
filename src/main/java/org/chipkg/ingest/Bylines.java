package org.chipkg.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet in a byline whose parts are set apart by "|" or "·" ("By A and B | Reuters | May 27,
 * 2026", "Outlet · Published Mon, Dec 29 2025 · Author", "Author, Outlet | April 17, 2026"): of the
 * parts that are neither authors ("By ..."), dates nor times, the one that reads most like an
 * outlet's name.
 */
final class Bylines {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");
  private static final Pattern OUTLET_WORD =
      Pattern.compile(
          "\\b(?:News|Tech|Wire|Review|Report|Times|Journal|Post|Herald|Daily|Insider|Media|Press|"
              + "Beat|Chronicle|Gazette|Magazine|Week|Weekly|Business|Street|Register|Tribune|Digest|"
              + "Observer|Today|Online|Network|Group)\\b|\\p{Ll}\\p{Lu}");

  /**
   * "Silicon Valley Business Review", "Focus Taiwan — CNA English News", "Grid & Compute", "Bureau
   * of Industry and Security".
   */
  private static final Pattern NAME_LIKE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.&'-]*(?:\\s+(?:(?:[—–&]|of|and|the|for)\\s+)?\\p{Lu}[\\p{L}.&'-]*){0,4}");

  private static final Pattern NOT_OUTLET =
      Pattern.compile("(?i)^(?:by|published|updated|posted|photo|image|source)\\b|\\d");

  private Bylines() {}

  /**
   * The outlet named in byline {@code line} of article {@code text}, or null when it names none
   * this way. Of two parts that read alike ("Meera Iyengar | Silicon Subcontinent"), the one the
   * article names again elsewhere ("Silicon Subcontinent is a reader-supported publication") is the
   * outlet.
   */
  static String outlet(String line, boolean dated, String text) {
    String[] parts = SEPARATOR.split(line.strip());
    if (parts.length < 2
        || !dated && !line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("by ")) {
      return null;
    }
    String best = null;
    int bestScore = Integer.MIN_VALUE;
    for (String raw : parts) {
      String p = raw.strip();
      int comma = p.lastIndexOf(',');
      boolean author = p.toLowerCase(java.util.Locale.ROOT).startsWith("by ");
      if (comma > 0 && (!author || OUTLET_WORD.matcher(p.substring(comma + 1)).find())) {
        // "Hsu Yi-chen, Asia Tech Wire", "By DANIEL FROST, Harbor Wire" (not "By Ann Lee, Dresden")
        p = p.substring(comma + 1).strip();
      }
      if (p.length() > 40 || NOT_OUTLET.matcher(p).find() || !NAME_LIKE.matcher(p).matches()) {
        continue;
      }
      Matcher w = OUTLET_WORD.matcher(p);
      int score = 2 * (w.find() ? 2 : p.indexOf(' ') < 0 ? 1 : 0) + (again(text, p) ? 1 : 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** True when {@code text} names {@code part} at least twice (the byline and once more). */
  private static boolean again(String text, String part) {
    int first = text.indexOf(part);
    return first >= 0 && text.indexOf(part, first + part.length()) >= 0;
  }
}
