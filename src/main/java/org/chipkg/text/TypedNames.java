package org.chipkg.text;

import static org.chipkg.text.NameTokens.add;
import static org.chipkg.text.NameWords.CODE;
import static org.chipkg.text.NameWords.COMPANY_SUFFIX;
import static org.chipkg.text.NameWords.LEGAL_SUFFIX;

import java.util.List;
import java.util.Optional;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;

/**
 * A name its context has typed, completed and remembered: a company takes the suffixes that follow
 * it ("Cerebras Systems", "Halvard Semiconductor, Inc.") but is labelled without its legal form,
 * resolves to the lexicon's entry when it is a listed company's long name, and leaves shorter names
 * behind for later mentions ("Cerebras", "Hon Hai", a person's surname, a chip's model number).
 */
final class TypedNames {

  private final KnownNames known;

  TypedNames(KnownNames known) {
    this.known = known;
  }

  /**
   * Adds the mention of the name at tokens {@code [i, end)}, typed {@code type}, and returns the
   * token after it (past any suffix it took).
   */
  int name(String text, List<Token> toks, int i, int end, EntityType type, List<Mention> out) {
    int labelEnd = end;
    if (type == EntityType.COMPANY) {
      if (labelEnd - i >= 2 && LEGAL_SUFFIX.matcher(toks.get(labelEnd - 1).text()).matches()) {
        labelEnd--; // "Foo Corporation": the legal form is no part of the name
      }
      if (end < toks.size() && COMPANY_SUFFIX.matcher(toks.get(end).text()).matches()) {
        end++;
        if (!LEGAL_SUFFIX.matcher(toks.get(end - 1).text()).matches() && labelEnd == end - 1) {
          labelEnd = end;
        }
      } else if (end < toks.size() && NameContext.technologyCompany(text, toks, i, end)) {
        end++; // "Marvell Technology designs ...": the company Marvell
      }
      if (end + 1 < toks.size()
          && toks.get(end).text().equals(",")
          && NameTokens.LEGAL_AFTER_COMMA.matcher(toks.get(end + 1).text()).matches()) {
        end += 2; // "Halvard Semiconductor, Inc., a developer of processors"
      }
      if (end < toks.size() && NameTokens.dottedLegal(toks, end)) {
        end++;
      }
    }
    List<Token> name = toks.subList(i, end);
    // "SoftBank Group Corp." is SoftBank Group: the same key in every article however written
    String label = text.substring(toks.get(i).begin(), toks.get(labelEnd - 1).end());
    String written = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    Optional<Entity> listed =
        type.isOrganization()
            ? known.lexicon().lookupCompany(written).or(() -> known.lexicon().lookupCompany(label))
            : Optional.empty();
    if (listed.isPresent()) {
      // "Semiconductor Manufacturing International Corp." for the listed "... Corporation"
      known.alias(label, listed.get());
      known.alias(written, listed.get());
      add(text, name, listed.get(), Mention.Source.LEXICON, out);
      known.defineAcronym(toks, end, listed.get());
      return end;
    }
    Entity e = known.typed(label, type);
    add(text, name, e, Mention.Source.CONTEXT, out);
    remember(text, toks, i, labelEnd, end, e);
    known.defineAcronym(toks, end, e);
    return end;
  }

  /** The shorter names a later mention of {@code e} may use. */
  private void remember(String text, List<Token> toks, int i, int labelEnd, int end, Entity e) {
    List<Token> name = toks.subList(i, end);
    if (e.type() == EntityType.PERSON && name.size() >= 2) {
      known.alias(name.get(name.size() - 1).text(), e);
    }
    String last =
        name.get(name.size() - 1).text().equals(".") && name.size() > 2
            ? name.get(name.size() - 2).text()
            : name.get(name.size() - 1).text();
    if (e.type() == EntityType.COMPANY
        && name.size() >= 2
        && (COMPANY_SUFFIX.matcher(last).matches()
            || NameWords.NAME_END.matcher(last).matches()
            || labelEnd < end)
        // "China Telecom", "Japan Display": a place's name is no short name of the company
        && !Places.isPlace(name.get(0).text())) {
      known.alias(name.get(0).text(), e);
    }
    if (e.type() == EntityType.COMPANY
        && labelEnd - i >= 3
        && !Places.isPlace(text.substring(toks.get(i).begin(), toks.get(i + 1).end()))) {
      // "Hon Hai" for "Hon Hai Precision Industry"
      known.alias(text.substring(toks.get(i).begin(), toks.get(i + 1).end()), e);
    }
    if (e.type() == EntityType.CHIP && name.size() >= 2 && CODE.matcher(last).matches()) {
      known.alias(last, e);
    }
  }
}
