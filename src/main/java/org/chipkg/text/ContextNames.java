package org.chipkg.text;

import static org.chipkg.text.NameTokens.add;
import static org.chipkg.text.NameTokens.contiguous;
import static org.chipkg.text.NameWords.STOP;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;
import org.chipkg.model.TextSpan;

/**
 * Names the lexicon lacks: a run of capitalised tokens, trimmed of headline words, typed by the
 * words around it ({@link NameContext}), by a known name it is listed with, or as a numbered
 * generation of a known chip; {@link TypedNames} then completes and remembers it.
 */
final class ContextNames {

  private static final Pattern LIST_GAP =
      Pattern.compile(",\\s|\\s(?:and|or)\\s|,\\s(?:and|or)\\s");
  private static final Pattern NUMBERED = Pattern.compile("(\\p{L}+)(\\d{1,3})");

  private final KnownNames known;
  private final TypedNames typed;

  ContextNames(KnownNames known) {
    this.known = known;
    this.typed = new TypedNames(known);
  }

  /** Reads a name starting at token {@code start}; returns the tokens consumed (at least 1). */
  int match(String text, List<Token> toks, int start, TextSpan s, List<Mention> out) {
    int end = run(text, toks, start);
    int i = start;
    while (end > i && STOP.contains(toks.get(i).text())) {
      i++;
    }
    // "Halvard Unveils Fjord-3 Accelerator for ...": in a title-case headline, the verb before a
    // name and the kind of product after it are no part of it
    while (end - i > 1
        && (NameWords.HEADLINE_VERB.matcher(toks.get(i).text()).matches()
            || NameWords.ORDINAL.matcher(toks.get(i).text()).matches()
            || NameWords.ADJECTIVE.matcher(toks.get(i).text()).matches())) {
      i++;
    }
    // ("Halcyon Accelerators", a company suffix after a word that is no model number, stays)
    while (end - i > 1
        && NameWords.PRODUCT_KIND.matcher(toks.get(end - 1).text()).matches()
        && (!NameWords.COMPANY_SUFFIX.matcher(toks.get(end - 1).text()).matches()
            || NameWords.CODE.matcher(toks.get(end - 2).text()).matches())) {
      end--;
    }
    // "Nordlys Cloud, a cloud provider", "Scale AI founder Alexandr Wang": a name's last word
    if (end > i
        && end < toks.size()
        && contiguous(text, toks, end - 1, end)
        && NameWords.NAME_END.matcher(toks.get(end).text()).matches()
        && NameWords.AFTER_NAME_END
            .matcher(
                text.substring(toks.get(end).end(), Math.min(s.end(), toks.get(end).end() + 20)))
            .lookingAt()) {
      end++;
    }
    if (end <= i
        || end - i == 1 && NameWords.ADJECTIVE.matcher(toks.get(i).text()).matches()
        || end < toks.size() && text.startsWith("-based", toks.get(end - 1).end())) {
      return Math.max(1, end - start); // nothing, or the place of "Pune-based": no name
    }
    if (end - i - NameTokens.connectors(toks, i, end) > 3
        && !(end - i <= 5 && NameTokens.bracketed(toks, end))) {
      return end - start; // a title-case headline, not a name
    }
    if (end < toks.size()
        && contiguous(text, toks, end - 1, end)
        && NameWords.VARIANT.matcher(toks.get(end).text()).matches()
        && type(text, toks.subList(i, end + 1), s, out) == EntityType.CHIP) {
      end++; // "Blackwell Ultra GPUs": a variant word inside a chip's name
    }
    List<Token> name = toks.subList(i, end);
    String nameText = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    EntityType type = type(text, name, s, out);
    if (type == null && name.size() == 1) {
      Matcher g = NUMBERED.matcher(name.get(0).text());
      if (g.matches() && known.isChip(g.group(1))) {
        type = EntityType.CHIP; // "Inferentia2": a numbered generation of a known chip
        Entity spaced = known.get(g.group(1) + " " + g.group(2));
        if (NameTokens.isChip(spaced)) {
          // "Gaudi3, as Intel also spells it": the "Gaudi 3" named before
          known.alias(nameText, spaced);
          add(text, name, spaced, Mention.Source.COREFERENCE, out);
          return end - start;
        }
      }
    }
    if (type == null) {
      return end - start;
    }
    return typed.name(text, toks, i, end, type, out) - start;
  }

  /** The end of the run of name-like tokens from {@code i}. */
  private int run(String text, List<Token> toks, int i) {
    int end = i;
    while (end < toks.size()
        && NameTokens.nameLike(toks, end, end == i)
        && contiguous(text, toks, i, end)
        && (end == i
            || (!STOP.contains(toks.get(end).text()) || known.innerWord(toks, end))
                && !known.startsKnown(toks, end))) {
      end++;
    }
    return end;
  }

  /** The type the name's context or a known name it is listed with gives it, or null. */
  private EntityType type(String text, List<Token> name, TextSpan s, List<Mention> out) {
    Token first = name.get(0);
    Token last = name.get(name.size() - 1);
    String before = text.substring(Math.max(s.begin(), first.begin() - 60), first.begin());
    String after = text.substring(last.end(), Math.min(s.end(), last.end() + 60));
    EntityType type = NameContext.classify(name, before, after, text, s);
    if (type == EntityType.CHIP
        && name.size() == 1
        && NameWords.FOUNDRY_NODE.matcher(first.text()).matches()
        && !out.isEmpty()
        && out.get(out.size() - 1).entity().type() == EntityType.FOUNDRY
        && text.startsWith("'s ", out.get(out.size() - 1).span().end())) {
      return null; // "TSMC's N2": the foundry's process node
    }
    String nameText = text.substring(first.begin(), last.end());
    if (type == null && !out.isEmpty() && name.size() <= 3 && !Places.isPlace(nameText)) {
      // "Anthropic and Databricks", "Nvidia, AMD": a name listed with a known one is of its kind.
      Mention prev = out.get(out.size() - 1);
      String gap = text.substring(prev.span().end(), first.begin());
      if (LIST_GAP.matcher(gap).matches()
          && (prev.entity().type() != EntityType.PERSON
              // "Gavin Uberti and Chris Zhu": a full name joined to a person's is a person.
              || name.size() >= 2 && gap.contains("and"))) {
        return prev.entity().type() == EntityType.FOUNDRY
            ? EntityType.COMPANY
            : prev.entity().type();
      }
    }
    return type;
  }
}
