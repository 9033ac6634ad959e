package org.chipkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.model.Relation.Predicate;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.MentionFinder;
import org.chipkg.text.Sentence;

/**
 * "Rubin Ultra", "Snapdragon X Elite": a chip named after another chip of the article and a variant
 * word is a member of that chip's family, whatever the sentence says; {@link FamilyDevelopers} then
 * gives it the family's developer.
 */
public final class VariantExtractor implements Extractor {
  /** A variant's name: group 1 is the name of the chip it is a variant of. */
  static final Pattern VARIANT = Pattern.compile("(.+)\\s+(?:" + MentionFinder.VARIANT_WORDS + ")");

  @Override
  public String id() {
    return "chip-variants";
  }

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    Map<String, Entity> chips = new HashMap<>();
    for (Sentence s : a.sentences()) {
      for (Mention m : s.mentions()) {
        if (SentenceExtractor.isChip(m.entity())) {
          chips.putIfAbsent(m.entity().label(), m.entity());
        }
      }
    }
    List<Claim> out = new ArrayList<>();
    Set<Entity> done = new HashSet<>();
    for (Sentence s : a.sentences()) {
      for (Mention m : s.mentions()) {
        Matcher v = VARIANT.matcher(m.entity().label());
        Entity base = v.matches() ? chips.get(v.group(1)) : null;
        if (base != null
            && SentenceExtractor.isChip(m.entity())
            && !base.equals(m.entity())
            && done.add(m.entity())) {
          out.add(
              Evidence.claim(
                  a,
                  s,
                  new Relation(m.entity(), Predicate.GENERATION_OF, base),
                  id(),
                  0.6,
                  List.of(m)));
        }
      }
    }
    return out;
  }
}
