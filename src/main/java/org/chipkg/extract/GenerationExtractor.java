package org.chipkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.model.Relation.Predicate;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;
import org.chipkg.text.Sentence;

/**
 * Chip generations: a numbered chip ("Trainium2", "Gaudi 3") is a generation of the family named
 * without the number when the sentence says so ("the next version", "newer generations",
 * "next-generation iteration") or names the family too; "Trainium3" succeeds "Trainium2" when both
 * are named together.
 */
public final class GenerationExtractor extends SentenceExtractor {
  private static final Pattern NUMBERED = Pattern.compile("(?<base>.*?\\p{L})\\s?v?(?<n>\\d{1,3})");
  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(next|new|newer|latest|previous|earlier|first|second|third|fourth|"
              + "successor|successors)\\b[\\w\\s-]{0,20}\\b(version|generation|generations|"
              + "iteration|chip|model)s?\\b|\\bnext-generation\\b|\\bsuccessor\\b");

  @Override
  public String id() {
    return "chip-generations";
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Sentence s = m.sentence();
    Map<String, Entity> families = families(a);
    Map<Integer, Mention> byNumber = new HashMap<>();
    boolean cue = CUE.matcher(m.text()).find();
    for (Mention chip : s.mentions()) {
      Matcher x = NUMBERED.matcher(chip.entity().label());
      if (!isChip(chip.entity()) || !x.matches()) {
        continue;
      }
      Entity family = families.get(x.group("base").toLowerCase(java.util.Locale.ROOT));
      if (family == null || family.key().equals(chip.entity().key())) {
        continue;
      }
      boolean familyHere = s.mentions().stream().anyMatch(o -> o.entity().equals(family));
      if (cue || familyHere) {
        emit(
            a,
            m,
            new Relation(chip.entity(), Predicate.GENERATION_OF, family),
            0.8,
            List.of(chip),
            out);
      }
      byNumber.put(Integer.parseInt(x.group("n")), chip);
    }
    for (Map.Entry<Integer, Mention> e : byNumber.entrySet()) {
      Mention prev = byNumber.get(e.getKey() - 1);
      if (prev != null) {
        Relation r = new Relation(e.getValue().entity(), Predicate.SUCCESSOR_OF, prev.entity());
        emit(a, m, r, 0.7, List.of(e.getValue(), prev), out);
      }
    }
  }

  /** Chips named in the article without a number, by lower-case label. */
  private static Map<String, Entity> families(AnnotatedArticle a) {
    Map<String, Entity> out = new HashMap<>();
    for (Sentence s : a.sentences()) {
      for (Mention m : s.mentions()) {
        if (isChip(m.entity()) && !NUMBERED.matcher(m.entity().label()).matches()) {
          out.putIfAbsent(m.entity().label().toLowerCase(java.util.Locale.ROOT), m.entity());
        }
      }
    }
    return out;
  }
}
