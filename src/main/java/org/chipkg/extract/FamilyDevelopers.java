package org.chipkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Provenance;
import org.chipkg.model.Relation;
import org.chipkg.model.Relation.Predicate;
import org.chipkg.model.TextSpan;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Sentence;

/**
 * "Microsoft designs the Maia line of AI accelerators. ... Its successor, Maia 200, ...": a
 * generation of a family the article says one organization develops is that organization's too. The
 * claim quotes the sentence that makes the chip a generation of the family.
 */
final class FamilyDevelopers {
  static final double CONFIDENCE = 0.6;

  private FamilyDevelopers() {}

  /** "Its successor", "the company's": the developer in sight without its name. */
  private static final Pattern ANAPHOR =
      Pattern.compile("\\b(?:[Ii]ts|[Tt]heir|[Tt]he company)\\b");

  static List<Claim> add(AnnotatedArticle a, List<Claim> claims) {
    Map<Entity, Set<Entity>> developers = new HashMap<>();
    Set<String> known = new HashSet<>();
    for (Claim c : claims) {
      if (c.fact() instanceof Relation r
          && (r.predicate() == Predicate.DEVELOPED_BY || r.predicate() == Predicate.DESIGNED_BY)) {
        developers.computeIfAbsent(r.subject(), k -> new HashSet<>()).add(r.object());
        known.add(r.subject().key() + " " + r.object().key());
      }
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      if (c.fact() instanceof Relation r
          && r.predicate() == Predicate.GENERATION_OF
          && developers.getOrDefault(r.object(), Set.of()).size() == 1) {
        Entity org = developers.get(r.object()).iterator().next();
        // "Rubin Ultra" for Nvidia's Rubin: the name itself ties it to the family
        java.util.regex.Matcher v = VariantExtractor.VARIANT.matcher(r.subject().label());
        boolean named = v.matches() && v.group(1).equals(r.object().label());
        if ((named || inSight(a, c.provenance().evidence(), org))
            && known.add(r.subject().key() + " " + org.key())) {
          Provenance p = c.provenance();
          out.add(
              new Claim(
                  new Relation(r.subject(), Predicate.DEVELOPED_BY, org),
                  new Provenance(
                      p.articleId(),
                      p.evidence(),
                      p.sentence(),
                      p.prefix(),
                      p.suffix(),
                      p.mentions(),
                      "chip-developers",
                      CONFIDENCE)));
        }
      }
    }
    if (out.isEmpty()) {
      return claims;
    }
    List<Claim> all = new ArrayList<>(claims);
    all.addAll(out);
    return all;
  }

  /**
   * The sentence, or the one before it in its paragraph, names the developer or refers to it ("The
   * next version, Trainium2, ..." far from any mention of the company is too loose a tie).
   */
  private static boolean inSight(AnnotatedArticle a, TextSpan evidence, Entity org) {
    List<Sentence> all = a.sentences();
    for (int i = 0; i < all.size(); i++) {
      Sentence s = all.get(i);
      if (s.span().equals(evidence)) {
        return names(s, org)
            || ANAPHOR.matcher(s.text()).find()
            || i > 0 && all.get(i - 1).paragraph() == s.paragraph() && names(all.get(i - 1), org);
      }
    }
    return false;
  }

  private static boolean names(Sentence s, Entity org) {
    return s.mentions().stream().anyMatch(m -> m.entity().equals(org));
  }
}
