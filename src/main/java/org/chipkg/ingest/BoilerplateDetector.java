package org.chipkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chipkg.model.TextSpan;

/**
 * Ranges of an article's text that are not the article: advertisement markers and promotions,
 * "Sponsored" lines, and the related-article, recommendation, source-list and author/share blocks
 * that pages append after the story (from their heading to the end of the text).
 */
public final class BoilerplateDetector {
  private static final Pattern AD_LINE =
      Pattern.compile(
          "(?i)^[\\s\\p{Punct}]*(advertisement|ads(\\s*\\d+)?|sponsored( content)?|promoted|ad)[\\s\\p{Punct}]*((advertisement|ads)(\\s*\\d+)?[\\s\\p{Punct}]*)*$");
  private static final Pattern SPONSORED =
      Pattern.compile("(?i)^\\s*(sponsored|promoted|advertisement)\\b.*");

  /**
   * An offer in the line before a "Sponsored" line ("Get $50 off the Pro plan."): money, "deal" or
   * "sale" alone are not enough, since the story's own last sentence before an ad is often about
   * revenue or a deal.
   */
  private static final Pattern PROMO =
      Pattern.compile(
          "(?i)(\\$\\d[\\d.,]*\\s+off\\b|\\d+\\s?% off\\b|\\bcoupon|promo(?:tion|tional)? code|free trial"
              + "|\\bsign up\\b|\\bsubscribe\\b|\\bbuy now\\b|\\bshop now\\b|\\blimited[- ]time\\b)");

  private static final Pattern TAIL_BLOCK =
      Pattern.compile(
          "(?i)^\\s*(more in\\b.*|more from\\b.*|related( articles| stories| posts| reading| news| coverage| content| links| topics)?:?|"
              + "more (?:coverage|on this story|on this topic|to read|news):?|read next:?|what to read next:?|"
              + "don'?t miss:?|in other news:?|elsewhere:?|keep reading:?|recommended reading:?|"
              + "(?:related|more) (?:from|at) .{1,40}|(?:tags|topics|filed under):.*|"
              + "read more\\b.*|recommended\\b.*|you may also like.*|you might also like.*|"
              + "trending( now)?:?|popular( now)?:?|sources:?|source:\\s*\\S.*|share this.*|"
              + "follow us.*|editorial team|about the author.*|sign up for .*newsletter.*|"
              + "subscribe to .*|see also:?|also read:?|read also:?|editor'?s picks?:?|most (?:read|popular|viewed):?|"
              + "latest (?:news|stories|articles):?|top stories:?|further reading:?|people also read:?|"
              + "related content:?|recommended for you:?|you may be interested in:?|more stories:?)\\s*$");

  /** A single cross-link line inside the story: "Read more: ...", "Related: ...". */
  private static final Pattern LINK_LINE =
      Pattern.compile(
          "(?i)^\\s*(?:read more|also read|read also|see also|related|recommended|watch|listen)\\s*:\\s*\\S.*$");

  private BoilerplateDetector() {}

  public static List<TextSpan> detect(String text) {
    List<TextSpan> out = new ArrayList<>();
    List<TextSpan> lines = Lines.of(text);
    int firstBody = firstBodyLine(text, lines);
    for (int i = 0; i < lines.size(); i++) {
      TextSpan l = lines.get(i);
      String s = l.of(text);
      if (s.isBlank()) {
        continue;
      }
      if (AD_LINE.matcher(s).matches()) {
        out.add(l);
      } else if (SPONSORED.matcher(s).matches()) {
        out.add(l);
        TextSpan prev = previousNonBlank(text, lines, i);
        if (prev != null && prev.length() < 160 && PROMO.matcher(prev.of(text)).find()) {
          out.add(prev);
        }
      } else if (LINK_LINE.matcher(s).matches() && s.length() < 250) {
        out.add(l);
      } else if (i > firstBody && TAIL_BLOCK.matcher(s).matches()) {
        out.add(new TextSpan(l.begin(), text.length()));
        break;
      }
    }
    return out;
  }

  private static int firstBodyLine(String text, List<TextSpan> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() > 200) {
        return i;
      }
    }
    return 0;
  }

  private static TextSpan previousNonBlank(String text, List<TextSpan> lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!lines.get(k).of(text).isBlank()) {
        return lines.get(k);
      }
    }
    return null;
  }
}
