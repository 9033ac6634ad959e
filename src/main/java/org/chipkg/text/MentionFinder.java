package org.chipkg.text;

import static org.chipkg.text.NameTokens.add;
import static org.chipkg.text.NameTokens.contiguous;
import static org.chipkg.text.NameWords.CODE;
import static org.chipkg.text.NameWords.STOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.TextSpan;

/**
 * Finds entity mentions in one article: names from the lexicon, names the lexicon lacks typed by
 * their context ("CEO Lisa Su", "Cerebras Systems", "a chip called Maia", "Y, the contract
 * chipmaker"), acronyms defined in brackets, and surnames of people named in full earlier. One
 * instance per article: it remembers names it has typed so later mentions resolve the same way.
 */
public final class MentionFinder {

  /** A company's one-word short name: "Foxconn", "JASM". */
  static final String SHORT = "\\p{Lu}[\\p{L}\\p{N}.&-]{1,15}";

  /** The words after a chip's name that name a variant of it: "Rubin Ultra", "X Elite". */
  public static final String VARIANT_WORDS = "Ultra|Pro|Max|Plus|Mini|Nano|Lite|Elite";

  private final Lexicon lexicon;
  private final KnownNames known;
  private final NameExtender extender;
  private final ContextNames context;

  public MentionFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.known = new KnownNames(lexicon);
    this.extender = new NameExtender(known);
    this.context = new ContextNames(known);
  }

  /** Mentions in one sentence's tokens, in order, not overlapping. */
  public List<Mention> find(String text, List<Token> toks, TextSpan sentence) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      if (STOP.contains(toks.get(i).text())) {
        i++;
        continue;
      }
      int used = matchLexicon(text, toks, i, out);
      if (used == 0) {
        used = matchKnown(text, toks, i, sentence, out);
      }
      if (used == 0) {
        used = context.match(text, toks, i, sentence, out);
      }
      i += Math.max(used, 1);
    }
    return out;
  }

  /** The longest lexicon name at token {@code i} (or a longer name built on it). */
  private int matchLexicon(String text, List<Token> toks, int i, List<Mention> out) {
    for (int n = Math.min(lexicon.maxTokens(), toks.size() - i); n >= 1; n--) {
      List<Token> window = toks.subList(i, i + n);
      if (!contiguous(text, window)) {
        continue;
      }
      Optional<Entity> e = lexicon.lookup(window);
      if (e.isPresent()) {
        int used = extender.extend(text, toks, i, n, e.get(), out);
        if (used > n) {
          return used;
        }
        add(text, window, e.get(), Mention.Source.LEXICON, out);
        known.defineAcronym(toks, i + n, e.get());
        return n;
      }
    }
    return 0;
  }

  /** The longest name at token {@code i} that this article has typed before. */
  private int matchKnown(String text, List<Token> toks, int i, TextSpan s, List<Mention> out) {
    for (int n = Math.min(6, toks.size() - i); n >= 1; n--) {
      List<Token> window = toks.subList(i, i + n);
      if (!contiguous(text, window)) {
        continue;
      }
      String name = text.substring(window.get(0).begin(), window.get(n - 1).end());
      Entity e = known.get(name);
      if (e == null) {
        continue;
      }
      if (placeAhead(text, toks, i, n)) {
        return 0; // "United States" after "United Microelectronics Corp." (known as "United")
      }
      if (NameTokens.otherSuffix(toks, i + n, e)) {
        return 0; // "Tata Electronics" after "Tata Sons": a sister company, read by its context
      }
      if (!name.equals(e.label()) && longerName(text, toks, i, n)) {
        int used = longer(text, toks, i, n, s, out);
        if (used > 0) {
          return used; // "Foxconn Industrial Internet (FII)" after "Hon Hai (Foxconn)"
        }
      }
      int used = extender.extend(text, toks, i, n, e, out);
      if (used > n) {
        return used;
      }
      Mention.Source src =
          name.equals(e.label()) ? Mention.Source.CONTEXT : Mention.Source.COREFERENCE;
      add(text, window, e, src, out);
      known.defineAcronym(toks, i + n, e);
      return n;
    }
    return 0;
  }

  /** Tokens {@code [i, i+n)} and the one or two after them name a place. */
  private static boolean placeAhead(String text, List<Token> toks, int i, int n) {
    for (int k = i + n; k < Math.min(toks.size(), i + n + 2); k++) {
      if (!contiguous(text, toks, k - 1, k)) {
        return false;
      }
      if (Places.isPlace(text.substring(toks.get(i).begin(), toks.get(k).end()))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word that is no name of its own follows a short name at {@code i}. */
  private boolean longerName(String text, List<Token> toks, int i, int n) {
    int k = i + n;
    return k < toks.size()
        && contiguous(text, toks, k - 1, k)
        && Character.isUpperCase(toks.get(k).text().codePointAt(0))
        && (!STOP.contains(toks.get(k).text()) || known.innerWord(toks, k))
        && !CODE.matcher(toks.get(k).text()).matches()
        && !known.startsKnown(toks, k)
        && !known.contains(toks.get(k).text());
  }

  /**
   * The tokens a company's longer name at {@code i} takes when its context types it as one
   * ("Preferred Elements, a wholly owned subsidiary"), or 0 (and nothing learnt) when it does not.
   */
  private int longer(String text, List<Token> toks, int i, int n, TextSpan s, List<Mention> out) {
    Map<String, Entity> before = known.snapshot();
    List<Mention> found = new ArrayList<>();
    int used = context.match(text, toks, i, s, found);
    if (used > n
        && !found.isEmpty()
        && found.get(0).entity().type().isOrganization()
        && found.get(0).span().begin() == toks.get(i).begin()) {
      out.addAll(found);
      return used;
    }
    known.restore(before);
    return 0;
  }
}
