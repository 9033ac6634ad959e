package org.chipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Fact;
import org.chipkg.model.Mention;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;
import org.chipkg.text.Sentence;

/**
 * Base for extractors that read one sentence at a time through its {@link Masked} form. Questions
 * and negated statements yield nothing.
 */
abstract class SentenceExtractor implements Extractor {
  /** Words between a slot and what follows it, without crossing another slot of a chip. */
  static final String GAP = "(?:[^@.;]|@[OPM]\\d+@)";

  static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\b(not(?!\\s+(?:only|just)\\b)|no longer|never|denied|denies|declined to|won't|isn't|aren't|wasn't|"
              + "weren't|doesn't|don't|didn't|rather than|instead of)\\b");

  /** A chip slot optionally followed by more chips in a list: "@C1@, @C2@ and @C3@". */
  static final String CHIPS =
      "(?<chips>@C\\d+@(?:(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(?:the\\s+)?@C\\d+@)*)";

  /**
   * Longer "sentences" (a run of text without sentence punctuation, such as a table or a hostile
   * single line) are not prose and are skipped, which also keeps matching time linear.
   */
  static final int MAX_SENTENCE = 3_000;

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    List<Claim> out = new ArrayList<>();
    Coreference coref = new Coreference(a);
    for (Sentence s : a.sentences()) {
      if (readable(s, slots())) {
        sentence(a, coref, new Masked(s), out);
      }
    }
    return out;
  }

  /**
   * A statement of prose length ({@link #MAX_SENTENCE}) naming a slot of one of {@code letters}
   * (any sentence when null): the sentences a reader needing such a slot reads at all.
   */
  static boolean readable(Sentence s, String letters) {
    return !s.isQuestion()
        && s.span().length() <= MAX_SENTENCE
        && (letters == null || Masked.hasSlot(s, letters));
  }

  /**
   * The slot type letters ({@code O}, {@code P}, {@code C}, {@code M}) of which a sentence must
   * hold at least one for this reader to find anything in it, because every fact it emits cites a
   * mention of one of them; null: no such bound. Sentences without are skipped unread.
   */
  String slots() {
    return null;
  }

  abstract void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out);

  void emit(
      AnnotatedArticle a, Masked m, Fact f, double conf, List<Mention> used, List<Claim> out) {
    if (unsure() == null || !unsure().matcher(m.text()).find()) {
      out.add(Evidence.claim(a, m.sentence(), f, id(), conf, used));
    }
  }

  /** Words that make a sentence's facts of this kind unsure ("in talks to use"); null: none. */
  Pattern unsure() {
    return null;
  }

  /** True when the matched stretch carries a negation. */
  static boolean negated(Masked m, Matcher x) {
    return NEGATION.matcher(m.text().substring(Math.max(0, x.start() - 25), x.end())).find()
        || HEDGE.matcher(m.text().substring(0, x.end())).find();
  }

  /** "asked if Intel could become ...": a condition or question, not a statement. */
  static final Pattern HEDGE =
      Pattern.compile("(?i)\\b(?:if|whether)\\b[^.;]*?\\b(?:could|would|might|may|can)\\b");

  static boolean isOrg(Mention m) {
    return m.entity().type().isOrganization();
  }

  static boolean isChip(Entity e) {
    return e.type() == EntityType.CHIP;
  }

  private static final Pattern AS_OBJECT =
      Pattern.compile(
          "(?i)\\b(?:succeeds|succeeded|replaces|replaced|follows|followed|than|over|like|unlike|versus|"
              + "vs\\.?|against|rivals?|successor to|successor of|predecessor of|replacement for|"
              + "alternative to|compared with|compared to|after)\\s+(?:the\\s+|its\\s+)?$");

  private static final Pattern RELATIVE_AFTER = Pattern.compile(",\\s+(?:which|that)\\b");

  /**
   * The chips the purpose is about: those matched, unless they are the object of a verb ("Trainium3
   * succeeds Trainium2 and is optimized for ..."), then the chip named before them.
   */
  static List<Mention> subjectChips(Masked m, Matcher x) {
    String before = m.text().substring(0, x.start("chips"));
    // "Trainium3 replaces Trainium2, which was also built by TSMC": the relative clause's own
    boolean relative = RELATIVE_AFTER.matcher(m.text()).region(x.end("chips"), x.end()).lookingAt();
    if (!relative && AS_OBJECT.matcher(before).find()) {
      List<Mention> earlier =
          m.mentionsIn(before).stream().filter(c -> isChip(c.entity())).toList();
      // "Rubin, the successor to Blackwell, is built by TSMC": the subject, never the object
      return earlier.isEmpty() ? List.of() : List.of(earlier.get(earlier.size() - 1));
    }
    return m.mentionsIn(x.group("chips"));
  }
}
