package org.chipkg.text;

import static org.chipkg.text.NameTokens.add;
import static org.chipkg.text.NameTokens.contiguous;
import static org.chipkg.text.NameWords.CODE;
import static org.chipkg.text.NameWords.COMPANY_SUFFIX;

import java.util.List;
import java.util.regex.Pattern;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;

/**
 * Longer names built on a known one: its legal suffixes ("Marvell Technology Inc."), a generation
 * or variant of a known chip ("Maia 200", "MTIA v2", "Blackwell Ultra"), a company's local company
 * ("TSMC Arizona") or its foundry business ("Samsung Foundry").
 */
final class NameExtender {

  private static final Pattern GENERATION = Pattern.compile("(?:v|[A-Z])?\\d{1,4}[A-Za-z]{0,3}");

  /** "AmpereOne M": one capital letter after a chip's name names a variant (not "A" or "I"). */
  private static final Pattern LETTER_VARIANT = Pattern.compile("[B-HJ-Z]");

  private final KnownNames known;

  NameExtender(KnownNames known) {
    this.known = known;
  }

  /**
   * Adds the mention of the longer name that the known {@code e}, at tokens {@code [i, i+n)},
   * starts, and returns the tokens it takes; returns {@code n}, adding nothing, when there is none.
   */
  int extend(String text, List<Token> toks, int i, int n, Entity e, List<Mention> out) {
    int k = i + n;
    if (k >= toks.size() || !contiguous(text, toks, k - 1, k)) {
      return n;
    }
    if (e.type().isOrganization()) {
      int used = suffixes(text, toks, i, n);
      if (used > n) {
        add(text, toks.subList(i, i + used), e, Mention.Source.LEXICON, out);
        return used;
      }
      if (NameTokens.placeUnit(toks, k)) {
        return localCompany(text, toks, i, k, out) - i;
      }
      int fund = investmentArm(text, toks, k);
      if (fund > k) {
        // "Samsung Catalyst Fund", "Orbix Ventures": the company's investment arm, a company
        List<Token> name = toks.subList(i, fund);
        String label = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
        add(text, name, known.typed(label, EntityType.COMPANY), Mention.Source.CONTEXT, out);
        return fund - i;
      }
    }
    String next = toks.get(k).text();
    EntityType type = null;
    if (e.type() == EntityType.CHIP
        && (GENERATION.matcher(next).matches()
            || NameWords.VARIANT.matcher(next).matches()
            || LETTER_VARIANT.matcher(next).matches()
                && (k + 1 >= toks.size() || !toks.get(k + 1).text().equals(".")))) {
      type = EntityType.CHIP;
    } else if (e.type().isOrganization() && next.equals("Foundry")) {
      type = EntityType.FOUNDRY;
    }
    if (type == null) {
      return n;
    }
    List<Token> name = toks.subList(i, k + 1);
    Entity longer = known.typed(text.substring(name.get(0).begin(), name.get(k - i).end()), type);
    add(text, name, longer, Mention.Source.CONTEXT, out);
    if (type == EntityType.CHIP && CODE.matcher(next).matches()) {
      known.alias(next, longer); // "the 950PR" after "the Ascend 950PR"
    }
    return n + 1;
  }

  private static final Pattern FUND_WORD = Pattern.compile("Fund|Ventures|Capital");

  /**
   * The token after an investment arm's name that starts at {@code k} after a known company: up to
   * two capitalised words ending in "Fund", "Ventures" or "Capital"; {@code k} when there is none.
   */
  private static int investmentArm(String text, List<Token> toks, int k) {
    for (int end = k; end < Math.min(toks.size(), k + 2); end++) {
      String t = toks.get(end).text();
      if (!contiguous(text, toks, end - 1, end) || !Character.isUpperCase(t.codePointAt(0))) {
        return k;
      }
      if (FUND_WORD.matcher(t).matches()) {
        return end + 1;
      }
    }
    return k;
  }

  /** "Amazon.com Inc's", "Halvard Semiconductor, Inc.": the suffixes that follow a company. */
  private static int suffixes(String text, List<Token> toks, int i, int n) {
    int used = n;
    if (i + n + 1 < toks.size()
        && toks.get(i + n).text().equals(",")
        && NameTokens.LEGAL_AFTER_COMMA.matcher(toks.get(i + n + 1).text()).matches()) {
      used += 2;
    }
    while (i + used < toks.size()
        && used < n + 3
        && contiguous(text, toks, i + used - 1, i + used)
        && NameTokens.suffix(text, toks, i, i + used)) {
      used++;
    }
    return used;
  }

  /** "TSMC Arizona", "Intel Israel": a known company and a place name its local company. */
  private int localCompany(String text, List<Token> toks, int i, int k, List<Mention> out) {
    int end = k + 1;
    while (end < toks.size()
        && contiguous(text, toks, end - 1, end)
        && COMPANY_SUFFIX.matcher(toks.get(end).text()).matches()) {
      end++;
    }
    List<Token> name = toks.subList(i, end);
    String label = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    Entity e = known.typed(label, EntityType.COMPANY);
    add(text, name, e, Mention.Source.CONTEXT, out);
    known.defineAcronym(toks, end, e);
    return end;
  }
}
