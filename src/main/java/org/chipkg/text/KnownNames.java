package org.chipkg.text;

import static org.chipkg.text.NameWords.STOP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;

/**
 * The names one article has typed so far, with the lexicon's: a later "Foxconn", "PFN" or "Wei"
 * resolves to the entity an earlier full name, bracketed acronym or context typed.
 */
final class KnownNames {

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]{1,6}s?");

  /** Common words that may stand inside a company's name before another capitalised word. */
  private static final Pattern INNER = Pattern.compile("Cloud|Data|Industry|Technology");

  private final Lexicon lexicon;
  private final Map<String, Entity> seen = new HashMap<>();

  KnownNames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** The entity a name was typed as in this article, or null. */
  Entity get(String name) {
    return seen.get(name);
  }

  boolean contains(String name) {
    return seen.containsKey(name);
  }

  /** Another name for {@code e}, unless that name already stands for something. */
  void alias(String name, Entity e) {
    seen.putIfAbsent(name, e);
  }

  /** The entity typed with this label, made now if the article has not named it before. */
  Entity typed(String label, EntityType type) {
    return seen.computeIfAbsent(label, l -> new Entity(Slug.of(l), l, type, null));
  }

  /** What the article has typed so far, to go back to when a tentative reading is dropped. */
  Map<String, Entity> snapshot() {
    return new HashMap<>(seen);
  }

  void restore(Map<String, Entity> snapshot) {
    seen.clear();
    seen.putAll(snapshot);
  }

  /** A chip called {@code label} is in the lexicon or was named in this article. */
  boolean isChip(String label) {
    return lexicon.entities().stream()
            .anyMatch(e -> e.type() == EntityType.CHIP && e.label().equals(label))
        || NameTokens.isChip(seen.get(label));
  }

  /** A lexicon name starts at token {@code k}. */
  boolean startsKnown(List<Token> toks, int k) {
    for (int n = Math.min(lexicon.maxTokens(), toks.size() - k); n >= 1; n--) {
      if (lexicon.lookup(toks.subList(k, k + n)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Quanta Cloud Technology (QCT)", "Yotta Data Services": a common word inside a company's name,
   * before another capitalised word or a bracketed short name.
   */
  boolean innerWord(List<Token> toks, int k) {
    return INNER.matcher(toks.get(k).text()).matches()
        && k + 1 < toks.size()
        && (Character.isUpperCase(toks.get(k + 1).text().codePointAt(0))
                && !STOP.contains(toks.get(k + 1).text())
                && !startsKnown(toks, k + 1)
            || innerWord(toks, k + 1)
            || toks.get(k + 1).text().equals("(")
                && k + 3 < toks.size()
                && toks.get(k + 3).text().equals(")"));
  }

  /**
   * An acronym or short name given right after {@code e}'s name at token {@code k}, "(TSMC)",
   * "(Foxconn)" or ", or PFN,", becomes another name for it.
   */
  void defineAcronym(List<Token> toks, int k, Entity e) {
    if (k + 2 < toks.size()
        && toks.get(k).text().equals("(")
        && toks.get(k + 2).text().equals(")")) {
      String acr = toks.get(k + 1).text();
      if (ACRONYM.matcher(acr).matches()
          // "Hon Hai Precision Industry (Foxconn)": a company's short name in brackets
          || e.type().isOrganization()
              && NameTokens.SHORT_NAME.matcher(acr).matches()
              && !Places.isPlace(acr)) {
        seen.putIfAbsent(acr, e);
      }
    }
    // "Preferred Networks, or PFN, said": an acronym after ", or"
    if (k + 3 < toks.size()
        && toks.get(k).text().equals(",")
        && toks.get(k + 1).text().equals("or")
        && toks.get(k + 3).text().equals(",")
        && ACRONYM.matcher(toks.get(k + 2).text()).matches()
        && !STOP.contains(toks.get(k + 2).text())) {
      seen.putIfAbsent(toks.get(k + 2).text(), e);
    }
  }
}
