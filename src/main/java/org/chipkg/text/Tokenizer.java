package org.chipkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.TextSpan;

/**
 * Splits text into tokens with offsets. Rule-based (one compiled regular expression): words with
 * inner hyphens, dots and ampersands ("Amazon.com", "AT&T", "co-founder"), numbers with separators
 * ("2,799.99"), possessive endings as their own token, and any other non-space character alone.
 */
public final class Tokenizer {
  private static final Pattern TOKEN =
      Pattern.compile(
          "[’']s\\b|\\p{L}[\\p{L}\\p{N}]*(?:(?:[.&'’]|-(?!(?:designed|built|made|owned|based|backed|developed|led|powered|funded|focused|listed|traded|headquartered|controlled)\\b))[\\p{L}\\p{N}]+)*|\\p{N}+(?:[.,]\\p{N}+)*[\\p{L}]*|\\S");

  /** Tokens of {@code text[from, to)}, offsets relative to {@code text}. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String t = m.group();
      int begin = m.start();
      // "Nvidia's" comes out as one word because of the inner apostrophe: split the ending off.
      if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
        out.add(new Token(new TextSpan(begin, m.end() - 2), t.substring(0, t.length() - 2)));
        out.add(new Token(new TextSpan(m.end() - 2, m.end()), t.substring(t.length() - 2)));
      } else {
        out.add(new Token(new TextSpan(begin, m.end()), t));
      }
    }
    return out;
  }
}
