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
  private static final Pattern NUMBERED =
      Pattern.compile("(?<base>.*?\\p{L})[\\s-]?v?(?<n>\\d{1,3})(?:[A-Z]{1,2})?");
  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(next|new|newer|latest|previous|earlier|first|second|third|fourth|"
              + "successor|successors)\\b[\\w\\s-]{0,20}\\b(version|generation|generations|"
              + "iteration|chip|model)s?\\b|\\bnext-generation\\b|\\bsuccessor\\b");

  /** "Rubin, the successor to Blackwell"; "the Maia 200 follows the Maia 100". */
  private static final Pattern SUCCEEDS =
      Pattern.compile(
          "(?<new>@C\\d+@)(?:\\s+(?:chips?|GPUs?|accelerators?))?,?\\s+(?:the\\s+|is\\s+the\\s+)?(?:successor\\s+(?:to|of)|follows|succeeds|replaces)"
              + "\\s+(?:the\\s+|its\\s+)?(?<old>@C\\d+@)");

  /**
   * "The B200 is part of Nvidia's Blackwell family"; "its seventh-generation TPU, called Ironwood".
   */
  private static final Pattern MEMBER =
      Pattern.compile(
          "(?<member>@C\\d+@)\\s+(?:is|are)\\s+(?:part|a member|the latest member|the newest member|one)\\s+of\\s+"
              + "(?:@O\\d+@'s\\s+|its\\s+|the\\s+)?(?<family>@C\\d+@)(?:\\s+(?:family|line|lineup|series))?"
              + "|(?:[\\w-]+-generation|next-generation|latest|newest)\\s+(?<family2>@C\\d+@),?\\s+(?:called|named|dubbed|known as)\\s+(?<member2>@C\\d+@)"
              // "Ironwood is the seventh generation of Google's TPU", "Fjord-3, the third
              // generation of
              // its Fjord family", "Trillium, the sixth-generation TPU"
              + "|(?<member3>@C\\d+@)(?:,\\s+|\\s+(?:is|was)\\s+)(?:the|its|a)\\s+(?:[\\w-]+\\s+)?(?:generation|version|"
              + "iteration|member|product)\\s+(?:in|of)\\s+(?:the\\s+|its\\s+|@O\\d+@'s\\s+)?(?<family3>@C\\d+@)"
              + "|(?<member4>@C\\d+@),\\s+(?:the|its|a)\\s+(?:[\\w-]+-generation|next-generation|latest|newest)\\s+"
              + "(?<family4>@C\\d+@)");

  /**
   * "It is a member of the Halo family" (the chip last named); "the TX104 and TX106, smaller
   * variants of the TX100 series" (each of a list).
   */
  private static final Pattern IT_MEMBER =
      Pattern.compile(
          "^It\\s+(?:is|was|will be)\\s+(?:part|a member|the latest member|the newest member|one)\\s+of\\s+"
              + "(?:@O\\d+@'s\\s+|its\\s+|the\\s+)(?<family>@C\\d+@)\\s+(?:family|line|lineup|series|generation)\\b");

  private static final Pattern VARIANTS =
      Pattern.compile(
          CHIPS
              + ",\\s+(?:[\\w-]+\\s+){0,2}?(?:variants|versions|members|models)\\s+of\\s+(?:@O\\d+@'s\\s+|its\\s+|the\\s+)"
              + "(?<family>@C\\d+@)");

  /**
   * "The current AmpereOne M, the second generation of the family", "the BR166, the next generation
   * of the series": the family named before with that word.
   */
  private static final Pattern OF_THE_FAMILY =
      Pattern.compile(
          "(?<member>@C\\d+@),\\s+(?:the|a)\\s+(?:[\\w-]+\\s+){0,2}?(?:generation|version|member|model)\\s+of\\s+"
              + "the\\s+(?:family|series|line|lineup)\\b");

  private static final Pattern FAMILY_WORD =
      Pattern.compile(
          "\\s+(?:family|series|line|lineup)\\b|\\s+(?:[\\w-]+\\s+)?(?:family|series|line)\\s+of\\b");

  /** The chip last named with a family word ("the AmpereOne family"), before the offset. */
  private static java.util.Optional<Entity> namedFamily(
      AnnotatedArticle a, Sentence s, int before) {
    List<Sentence> all = a.sentences();
    for (int i = s.index(); i >= Math.max(0, s.index() - 3); i--) {
      List<Mention> ms = all.get(i).mentions();
      for (int j = ms.size() - 1; j >= 0; j--) {
        Mention c = ms.get(j);
        if (c.span().end() <= before
            && isChip(c.entity())
            && FAMILY_WORD
                .matcher(a.text())
                .region(c.span().end(), a.text().length())
                .lookingAt()) {
          return java.util.Optional.of(c.entity());
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** "There will be no Gaudi 4": a generation that is said not to exist. */
  private static final Pattern NO_BEFORE = Pattern.compile("(?i)\\b(?:no|not a|never a)\\s+$");

  private static boolean denied(Sentence s, Mention chip) {
    int at = chip.span().begin() - s.span().begin();
    return at > 0 && NO_BEFORE.matcher(s.text()).region(Math.max(0, at - 10), at).find();
  }

  /** The article's families, computed once per article rather than once per sentence. */
  private static final ThreadLocal<Map<String, Entity>> FAMILIES = new ThreadLocal<>();

  @Override
  public String id() {
    return "chip-generations";
  }

  /** Every reading cites a chip the sentence names. */
  @Override
  String slots() {
    return "C";
  }

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    FAMILIES.set(families(a));
    try {
      return super.extract(a);
    } finally {
      FAMILIES.remove();
    }
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Sentence s = m.sentence();
    Map<String, Entity> families = FAMILIES.get() != null ? FAMILIES.get() : families(a);
    Map<Integer, Mention> byNumber = new HashMap<>();
    boolean cue = CUE.matcher(m.text()).find();
    for (Mention chip : s.mentions()) {
      Matcher x = NUMBERED.matcher(chip.entity().label());
      if (!isChip(chip.entity()) || !x.matches() || denied(s, chip)) {
        continue;
      }
      String base = x.group("base").toLowerCase(java.util.Locale.ROOT);
      // "Kunlun P800": the family Kunlun
      Entity family =
          families.getOrDefault(
              base,
              base.matches(".+\\s\\p{L}")
                  ? families.get(base.substring(0, base.length() - 2))
                  : null);
      if (family == null || family.key().equals(chip.entity().key())) {
        continue;
      }
      boolean familyHere = s.mentions().stream().anyMatch(o -> o.entity().equals(family));
      // "the Kunlun P800", "Meridian-2": the family's name, then the model's
      boolean named =
          chip.entity().label().length() > family.label().length() + 1
              && chip.entity()
                  .label()
                  .regionMatches(true, 0, family.label(), 0, family.label().length())
              && " -".indexOf(chip.entity().label().charAt(family.label().length())) >= 0;
      if (cue || familyHere || named) {
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
    Matcher sx = SUCCEEDS.matcher(m.text());
    while (sx.find()) {
      Mention nw = m.mention(sx.group("new"));
      Mention old = m.mention(sx.group("old"));
      if (!nw.entity().equals(old.entity())) {
        emit(
            a,
            m,
            new Relation(nw.entity(), Predicate.SUCCESSOR_OF, old.entity()),
            0.75,
            List.of(nw, old),
            out);
      }
    }
    Matcher mx = MEMBER.matcher(m.text());
    while (mx.find()) {
      String k =
          java.util.stream.Stream.of("", "2", "3", "4")
              .filter(n -> mx.group("member" + n) != null)
              .findFirst()
              .orElse("");
      Mention member = m.mention(mx.group("member" + k));
      Mention family = m.mention(mx.group("family" + k));
      if (!member.entity().equals(family.entity())) {
        emit(
            a,
            m,
            new Relation(member.entity(), Predicate.GENERATION_OF, family.entity()),
            0.75,
            List.of(member, family),
            out);
      }
    }
    Matcher im = IT_MEMBER.matcher(m.text());
    if (im.find() && !negated(m, im)) {
      Entity family = m.mention(im.group("family")).entity();
      coref
          .chip(s, s.span().begin())
          .filter(c -> !c.equals(family))
          .ifPresent(
              c ->
                  emit(
                      a,
                      m,
                      new Relation(c, Predicate.GENERATION_OF, family),
                      0.65,
                      List.of(),
                      out));
    }
    Matcher vx = VARIANTS.matcher(m.text());
    while (vx.find()) {
      Mention family = m.mention(vx.group("family"));
      for (Mention member : m.mentionsIn(vx.group("chips"))) {
        if (isChip(member.entity()) && !member.entity().equals(family.entity())) {
          Relation r = new Relation(member.entity(), Predicate.GENERATION_OF, family.entity());
          emit(a, m, r, 0.75, List.of(member, family), out);
        }
      }
    }
    Matcher of = OF_THE_FAMILY.matcher(m.text());
    while (of.find()) {
      Mention member = m.mention(of.group("member"));
      namedFamily(a, s, member.span().begin())
          .filter(f -> !f.equals(member.entity()))
          .ifPresent(
              f ->
                  emit(
                      a,
                      m,
                      new Relation(member.entity(), Predicate.GENERATION_OF, f),
                      0.65,
                      List.of(member),
                      out));
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
