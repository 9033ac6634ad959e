package org.chipkg.text;

import static org.chipkg.text.NameWords.COMPANY_SUFFIX;
import static org.chipkg.text.NameWords.INITIALS;
import static org.chipkg.text.NameWords.LEGAL_SUFFIX;
import static org.chipkg.text.NameWords.STOP;

import java.util.List;
import java.util.regex.Pattern;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;
import org.chipkg.model.TextSpan;

/** Tests on the tokens around a name: what may belong to it, what ends it. */
final class NameTokens {

  static final Pattern LEGAL_AFTER_COMMA = Pattern.compile("Inc|Corp|Ltd|LLC");
  static final Pattern DOTTED_LEGAL = Pattern.compile("Inc|Corp|Ltd|Co");
  private static final Pattern LEGAL = Pattern.compile("Inc|Corp|Ltd|LLC|Plc|Co");
  private static final Pattern LOWER_PREFIX =
      Pattern.compile("(?:[a-z]-|[a-z]{1,2})\\p{Lu}[\\p{L}\\p{N}-]*");
  private static final Pattern NUMBER_PART = Pattern.compile("\\d{1,4}[A-Za-z]{0,3}");

  /** A company's one-word short name ({@link MentionFinder#SHORT}). */
  static final Pattern SHORT_NAME = Pattern.compile(MentionFinder.SHORT);

  /** "Inferentia2": a known chip's name and a generation number. */
  private static final Pattern DIGIT_CODE = Pattern.compile("\\d{2,4}[A-Z]{1,3}\\d?");

  /** Nouns after "Intel Ohio" that make it a site, not a company: "Intel Ohio fab". */
  private static final Pattern SITE =
      Pattern.compile(
          "(?i)fabs?|plants?|sites?|factory|factories|facility|facilities|campus|project|"
              + "expansion|operations|region|market|sales|revenue|customers?");

  private NameTokens() {}

  /** Token {@code k} may be part of a name (its first token when {@code first}). */
  static boolean nameLike(List<Token> toks, int k, boolean first) {
    String t = toks.get(k).text();
    if (t.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(t.codePointAt(0))) {
      return true;
    }
    if (!first
        && t.equals("&")
        && k + 1 < toks.size()
        && Character.isUpperCase(toks.get(k + 1).text().codePointAt(0))) {
      return true; // "Hollis & Webb", "Hanwha Investment & Securities": one firm's name
    }
    if (first && DIGIT_CODE.matcher(t).matches()) {
      return true; // "the 910C chip": a model number that starts with digits
    }
    if (!first
        && t.equals(".")
        && INITIALS.matcher(toks.get(k - 1).text()).matches()
        && k + 1 < toks.size()
        && Character.isUpperCase(toks.get(k + 1).text().codePointAt(0))) {
      return true; // "C.C. Wei": the dot after initials belongs to the name
    }
    if (!first && particle(toks, k)) {
      return true; // "Pieter de Vries", "Ludwig van der Berg": a particle inside a person's name
    }
    if (first && LOWER_PREFIX.matcher(t).matches()) {
      return true; // "d-Matrix", "xAI": a lower-case prefix before a capital (not "co-CEO")
    }
    // "Gaudi 3", "Maia 200": a number right after a capitalised word belongs to the name.
    return !first
        && NUMBER_PART.matcher(t).matches()
        && Character.isUpperCase(toks.get(k - 1).text().codePointAt(0));
  }

  /**
   * Token {@code k} is a surname particle ("de", "van der") between a capitalised given name and a
   * capitalised surname.
   */
  private static boolean particle(List<Token> toks, int k) {
    if (!NameWords.PARTICLE.matcher(toks.get(k).text()).matches()
        || !Character.isUpperCase(toks.get(k - 1).text().codePointAt(0))
            && !NameWords.PARTICLE.matcher(toks.get(k - 1).text()).matches()) {
      return false;
    }
    int next = k + 1;
    while (next < toks.size() && NameWords.PARTICLE.matcher(toks.get(next).text()).matches()) {
      next++;
    }
    return next < toks.size()
        && next - k <= 2
        && toks.get(next).text().length() > 1
        && Character.isUpperCase(toks.get(next).text().codePointAt(0))
        && !STOP.contains(toks.get(next).text());
  }

  /** Tokens of {@code [from, to)} that a long name may hold without being a headline. */
  static int connectors(List<Token> toks, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      String t = toks.get(k).text();
      n += t.equals("&") || k > from && NameWords.PARTICLE.matcher(t).matches() ? 1 : 0;
    }
    return n;
  }

  /** Token {@code k} continues the company name starting at {@code i}: "Inc", "Inc.", "Corp". */
  static boolean suffix(String text, List<Token> toks, int i, int k) {
    String t = toks.get(k).text();
    return LEGAL.matcher(t).matches()
        || COMPANY_SUFFIX.matcher(t).matches()
        || NameContext.technologyCompany(text, toks, i, k)
        || dottedLegal(toks, k);
  }

  /** Token {@code k} is the dot of "Inc.", "Corp.", "Co." written right after it. */
  static boolean dottedLegal(List<Token> toks, int k) {
    return toks.get(k).text().equals(".")
        && toks.get(k).begin() == toks.get(k - 1).end()
        && DOTTED_LEGAL.matcher(toks.get(k - 1).text()).matches();
  }

  /**
   * Token {@code k}, after a name typed earlier, is a company suffix other than the one that name
   * ends with: "Tata Electronics" is not "Tata Sons".
   */
  static boolean otherSuffix(List<Token> toks, int k, Entity known) {
    if (k >= toks.size() || !known.type().isOrganization()) {
      return false;
    }
    String t = toks.get(k).text();
    String label = known.label();
    String own = label.substring(label.lastIndexOf(' ') + 1);
    return COMPANY_SUFFIX.matcher(t).matches()
        && !LEGAL_SUFFIX.matcher(t).matches()
        && COMPANY_SUFFIX.matcher(own).matches()
        && !own.equals(t);
  }

  /** A place's name at {@code k} not followed by a site's noun ("TSMC Arizona fab"). */
  static boolean placeUnit(List<Token> toks, int k) {
    return Places.isPlace(toks.get(k).text())
        && (k + 1 >= toks.size() || !SITE.matcher(toks.get(k + 1).text()).matches());
  }

  /** Token {@code k} opens a bracketed short name: "Hon Hai Precision Industry (Foxconn)". */
  static boolean bracketed(List<Token> toks, int k) {
    return k + 2 < toks.size()
        && toks.get(k).text().equals("(")
        && toks.get(k + 2).text().equals(")")
        && SHORT_NAME.matcher(toks.get(k + 1).text()).matches();
  }

  static boolean isChip(Entity e) {
    return e != null && e.type() == EntityType.CHIP;
  }

  static boolean contiguous(String text, List<Token> w) {
    return contiguous(text, w, 0, w.size() - 1);
  }

  /** Tokens {@code from} to {@code to} are separated by one space at most. */
  static boolean contiguous(String text, List<Token> w, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      String gap = text.substring(w.get(k - 1).end(), w.get(k).begin());
      if (gap.length() > 1 || (!gap.isEmpty() && !gap.equals(" "))) {
        return false;
      }
    }
    return true;
  }

  /** Adds the mention of {@code e} that tokens {@code w} write. */
  static void add(String text, List<Token> w, Entity e, Mention.Source src, List<Mention> out) {
    TextSpan span = new TextSpan(w.get(0).begin(), w.get(w.size() - 1).end());
    out.add(new Mention(span, span.of(text), e, src));
  }
}
