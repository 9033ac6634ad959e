package org.chipkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.model.Relation.Predicate;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Who developed or designed a chip: "Meta's MTIA", "Google TPUs", "Google with its Tensor
 * Processing Units", "its custom AI chip, called Trainium", "self-developed silicon, such as the
 * Trainium and Inferentia series", "Annapurna Labs-designed chips", "X was designed by Y".
 */
public final class DeveloperExtractor extends SentenceExtractor {
  private static final String ADJ =
      "(?:(?:own|custom|homegrown|in-house|proprietary|new|newest|latest|next-generation|advanced|"
          + "most advanced|powerful|most powerful|top-end|high-end|@O\\d+@-based|[\\w]+-based|[\\w]+-specific|"
          + "flagship|upcoming|AI|first|second|third|[\\w]+-built|self-developed|[\\w]+-generation|"
          + "internally developed)\\s+){0,3}";
  private static final String KIND = "(?:AI\\s+)?(?:chips?|silicon|accelerators?|processors?)";
  private static final String OWNER =
      "(?<owner>@O\\d+@'s|[Ii]ts|[Tt]heir|[Tt]he company's|@O\\d+@ with its)";

  /** "its self-developed silicon, such as the Trainium and Inferentia series". */
  private static final Pattern OWN_KIND_SUCH_AS =
      Pattern.compile(
          "(?<owner>@O\\d+@'s|its|their|the company's)?[^@.;]{0,60}?"
              + "(?:self-developed|in-house|homegrown|custom|proprietary|own)\\s+"
              + KIND
              + ",?\\s+(?:such as|including|like)\\s+(?:the\\s+)?"
              + CHIPS);

  /**
   * The words {@link #OWN_KIND_SUCH_AS} needs, found in one linear scan: its leading run of any
   * words is tried at every position, so it only runs where these occur.
   */
  private static final Pattern OWN_KIND_CUE =
      Pattern.compile(
          "(?:self-developed|in-house|homegrown|custom|proprietary|own)\\s+"
              + KIND
              + ",?\\s+(?:such as|including|like)\\s");

  private static final List<Pattern> DEVELOPED =
      List.of(
          Pattern.compile(OWNER + "\\s+" + ADJ + CHIPS),
          Pattern.compile("(?<owner>@O\\d+@)\\s" + CHIPS),
          // "Cerebras, which filed for an IPO last year, makes the WSE-3" (a foundry's is skipped)
          Pattern.compile(
              "(?<owner>@O\\d+@)(?:,[^;@]{0,80}?,|,\\s+which)?\\s+(?:also\\s+|now\\s+)?(?<verb>makes)\\s+(?:the\\s+|its\\s+)?"
                  + CHIPS),
          // "Microsoft's first AI chip, the Maia 100, was unveiled"
          Pattern.compile(
              OWNER
                  + "\\s+"
                  + ADJ
                  + "(?:[\\w-]+\\s+){0,2}?"
                  + KIND
                  + ",\\s+(?:the\\s+)?"
                  + CHIPS
                  + ","),
          // "REBEL, its next-generation inference chip"
          Pattern.compile(
              CHIPS
                  + ",\\s+(?<owner>its|their|@O\\d+@'s)\\s+"
                  + ADJ
                  + "(?:[\\w-]+\\s+)?"
                  + KIND
                  + "\\b"),
          // "Cambricon Technologies, whose Siyuan chips are used by ByteDance"
          Pattern.compile("(?<owner>@O\\d+@),\\s+whose\\s+(?:[\\w-]+\\s+){0,2}?" + CHIPS),
          Pattern.compile(
              OWNER
                  + "\\s+"
                  + ADJ
                  + "(?:[\\w-]+\\s+)?"
                  + KIND
                  + ",?\\s+(?:called|known as|named|dubbed|code-named|codenamed)\\s+(?:the\\s+)?"
                  + CHIPS),
          OWN_KIND_SUCH_AS,
          Pattern.compile(
              CHIPS
                  + "(?:\\s+"
                  + KIND
                  + ")?,?\\s+(?:(?:is|was|are|were|has been)\\s+)?(?:a|an|the)?\\s*"
                  + ADJ
                  + "(?:"
                  + KIND
                  + "\\s+)?"
                  + "(?<verb>developed|designed|created|built|made)\\s+by\\s+(?<owner>@O\\d+@)"),
          Pattern.compile(
              "(?<owner>@O\\d+@),?\\s+(?:which|that)\\s+(?<verb>designs|develops|makes|builds|designed|"
                  + "developed|built)\\s+[^@.;]{0,50}?(?:called|named|dubbed|known as)\\s+"
                  + CHIPS),
          // "The startup, which competes with Nvidia, designs the WSE-3", "It is developing Gaudi
          // 3"
          Pattern.compile(
              "(?<owner>@O\\d+@|\\b[Tt]he (?:company|startup|chipmaker|firm)|\\b[Ii]t)"
                  + "(?:,(?:[^;.@]|@O\\d+@){0,80}?,)?"
                  + "\\s+(?:[\\w-]+\\s+){0,3}?(?:has\\s+|have\\s+)?(?<verb>develops|developed|designs|designed|"
                  + "developing|designing|"
                  + "builds|built|launched|launches|unveiled|unveils|introduced|introduces|"
                  + "announced|announces|released|releases|debuted)\\s+(?:its\\s+|the\\s+|a\\s+)?"
                  + ADJ
                  + "(?:"
                  + KIND
                  + ",?\\s+)?(?:called\\s+|named\\s+)?"
                  + CHIPS));
  private static final Pattern CO_DEVELOP =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:will\\s+|plan to\\s+|plans to\\s+|agreed to\\s+)?(?:co-develop|co-design|"
              + "jointly develop|jointly design|co-developed|co-designed|develop|design|developed|designed)\\s+"
              + "[^@.;]{0,50}?(?:called|named|dubbed|known as)\\s+"
              + CHIPS);

  /**
   * "The processor, which OpenAI calls Titan internally": the company names its own chip; "MTIA v2
   * ... was designed with help from Broadcom": the helper designs it too.
   */
  private static final List<Pattern> NAMES_OR_HELPS =
      List.of(
          Pattern.compile("(?<owner>@O\\d+@)\\s+(?:internally\\s+)?calls\\s+(?:it\\s+)?" + CHIPS),
          Pattern.compile(
              CHIPS
                  + GAP
                  + "{0,100}?\\b(?:was|were|is|are|been)\\s+(?<verb>designed|developed)\\s+with\\s+(?:the\\s+)?"
                  + "(?:help|assistance|support)\\s+(?:of|from)\\s+(?<owner>@O\\d+@)"));

  /** "Trainium 3, which AWS unveiled in December, is designed by Annapurna Labs". */
  private static final Pattern PASSIVE_LATER =
      Pattern.compile(
          CHIPS
              + ",\\s+(?:which|that)\\s+"
              + GAP
              + "{0,60}?,\\s+(?:is|was|are|were)\\s+(?<verb>designed|developed)\\s+by\\s+(?<owner>@O\\d+@)");

  /** "OpenAI will work with Broadcom to develop its first in-house processors, known as Titan". */
  private static final Pattern WORKS_WITH =
      Pattern.compile(
          "(?<a>@O\\d+@)\\s+(?:said\\s+(?:on\\s+\\w+\\s+)?(?:that\\s+)?it\\s+)?(?:will\\s+|would\\s+|plans to\\s+|has agreed to\\s+)?"
              + "(?:work|works|worked|partner|partners|partnered|team up|teamed up|collaborate|collaborates)\\s+"
              + "with\\s+(?<b>@O\\d+@)\\s+to\\s+(?:co-)?(?:develop|design|build|create)\\b[^.;@]{0,80}?"
              + CHIPS);

  /** "Trainium3, co-developed with Alchip and Marvell". */
  private static final Pattern CO_DEVELOPED_WITH =
      Pattern.compile(
          CHIPS
              + ",?\\s+(?:which was\\s+|was\\s+|were\\s+|is\\s+|being\\s+)?(?:co-developed|co-designed|"
              + "jointly developed|jointly designed|developed together|designed together)\\s+with\\s+"
              + OrgRelations.ORGS);

  /** "Broadcom, which helps Google design the TPUs": both design it. */
  private static final Pattern HELPS_DESIGN =
      Pattern.compile(
          "(?<helper>@O\\d+@),?\\s+(?:which\\s+|that\\s+)?(?:helps|helped|is helping|has helped)\\s+"
              + "(?<owner>@O\\d+@)\\s+(?:to\\s+)?(?:design|develop|build|co-design)\\s+"
              + "(?:the\\s+|its\\s+|their\\s+)?"
              + ADJ
              + CHIPS);

  /** "Marvell designs custom AI chips for Amazon Web Services, including the Trainium2". */
  private static final Pattern DESIGNS_INCLUDING =
      Pattern.compile(
          "(?<owner>@O\\d+@)\\s+(?:also\\s+)?(?<verb>designs|develops|designed|developed|co-designs|co-designed)\\s+"
              + "[^@.;]{0,40}?\\b(?:chips?|accelerators?|processors?|silicon)\\b[^.;]{0,40}?"
              + "\\b(?:including|such as|like)\\s+(?:the\\s+)?"
              + CHIPS);

  /** "Google's seventh-generation TPU, called Ironwood". */
  private static final Pattern NAMED_MEMBER =
      Pattern.compile(
          OWNER
              + "\\s+"
              + ADJ
              + "(?:[\\w-]+-generation\\s+)?@C\\d+@,?\\s+(?:called|named|dubbed|known as)\\s+"
              + CHIPS);

  /**
   * "The MI450, which AMD designed for both training and inference", "the H20, a chip Nvidia
   * designed".
   */
  private static final Pattern RELATIVE_MAKER =
      Pattern.compile(
          CHIPS
              + ",\\s+(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:chips?|accelerators?|processors?|GPUs?)\\s+"
              + "(?:that\\s+|which\\s+)?|which\\s+|that\\s+)(?<owner>@O\\d+@)\\s+(?:has\\s+|had\\s+)?"
              + "(?:also\\s+|originally\\s+|first\\s+)?(?<verb>designed|developed|created)\\b");

  private static final Pattern THE_CHIPS_BY =
      Pattern.compile(
          "\\b[Tt]he (?:chips?|accelerators?|processors?)\\b,?\\s+(?:which are\\s+|are\\s+|were\\s+|is\\s+|was\\s+)?"
              + "(?<verb>designed|developed|built)\\s+by\\s+(?:@O\\d+@'s\\s+)?(?<owner>@O\\d+@)");
  private static final Pattern DESIGNED_CHIPS =
      Pattern.compile("(?<owner>@O\\d+@)-(?<verb>designed|developed|built)\\s+" + KIND);

  private static final Pattern PROGRAM =
      Pattern.compile(
          "(?<owner>@O\\d+@)\\s+(?:\\w+\\s+){0,2}?(?:developing|designing|building|develops|designs|"
              + "builds|developed|designed|built)\\s+(?:its|their)\\s+own\\s+"
              + KIND);

  @Override
  public String id() {
    return "chip-developers";
  }

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    List<Claim> out = super.extract(a);
    // "Amazon began developing its own AI chips ... The result was Trainium ... and Inferentia":
    // chips first named in the next sentence of the paragraph, which names no other company.
    List<org.chipkg.text.Sentence> all = a.sentences();
    for (int i = 0; i + 1 < all.size(); i++) {
      Masked m = new Masked(all.get(i));
      Matcher x = PROGRAM.matcher(m.text());
      org.chipkg.text.Sentence next = all.get(i + 1);
      if (!x.find() || negated(m, x) || next.paragraph() != all.get(i).paragraph()) {
        continue;
      }
      Mention owner = m.mention(x.group("owner"));
      boolean otherOrg = next.mentions().stream().anyMatch(SentenceExtractor::isOrg);
      for (Mention chip : next.mentions()) {
        if (!otherOrg && isOrg(owner) && isChip(chip.entity())) {
          Relation r = new Relation(chip.entity(), Predicate.DEVELOPED_BY, owner.entity());
          out.add(Evidence.claim(a, next, r, id(), 0.6, List.of(chip)));
        }
      }
    }
    return out;
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    boolean ownKind = OWN_KIND_CUE.matcher(m.text()).find();
    for (Pattern p : DEVELOPED) {
      if (p == OWN_KIND_SUCH_AS && !ownKind) {
        continue;
      }
      Matcher x = p.matcher(m.text());
      while (x.find()) {
        if (negated(m, x)) {
          continue;
        }
        Optional<Entity> owner = owner(coref, m, x);
        if (Masked.hasGroup(x, "verb")
            && (x.group("verb").equals("made")
                || x.group("verb").matches("built|makes|builds")
                    && owner
                        .filter(o -> o.type() == org.chipkg.model.EntityType.FOUNDRY)
                        .isPresent())) {
          // "made by TSMC", "is made by Samsung": manufacturing, not development
          continue;
        }
        Predicate pred =
            Masked.hasGroup(x, "verb") && x.group("verb").startsWith("design")
                ? Predicate.DESIGNED_BY
                : Predicate.DEVELOPED_BY;
        for (Mention chip : m.mentionsIn(x.group("chips"))) {
          owner.ifPresent(o -> relate(a, m, chip, pred, o, x, out));
        }
      }
    }
    Matcher co = CO_DEVELOP.matcher(m.text());
    while (co.find()) {
      for (Mention org : OrgRelations.orgs(m, co.group("objs"))) {
        for (Mention chip : m.mentionsIn(co.group("chips"))) {
          if (!negated(m, co) && isChip(chip.entity())) {
            emit(
                a,
                m,
                new Relation(chip.entity(), Predicate.DEVELOPED_BY, org.entity()),
                0.75,
                List.of(org, chip),
                out);
          }
        }
      }
    }
    Matcher ww = WORKS_WITH.matcher(m.text());
    while (ww.find()) {
      for (String g : List.of("a", "b")) {
        Mention org = m.mention(ww.group(g));
        for (Mention chip : m.mentionsIn(ww.group("chips"))) {
          if (!negated(m, ww) && isOrg(org)) {
            relate(a, m, chip, Predicate.DEVELOPED_BY, org.entity(), ww, out);
          }
        }
      }
    }
    Matcher cw = CO_DEVELOPED_WITH.matcher(m.text());
    while (cw.find()) {
      Predicate pred =
          cw.group().contains("design") ? Predicate.DESIGNED_BY : Predicate.DEVELOPED_BY;
      for (Mention org : OrgRelations.orgs(m, cw.group("objs"))) {
        for (Mention chip : m.mentionsIn(cw.group("chips"))) {
          if (!negated(m, cw) && isOrg(org)) {
            relate(a, m, chip, pred, org.entity(), cw, out);
          }
        }
      }
    }
    Matcher hd = HELPS_DESIGN.matcher(m.text());
    while (hd.find()) {
      Mention helper = m.mention(hd.group("helper"));
      Mention owner = m.mention(hd.group("owner"));
      for (Mention chip : m.mentionsIn(hd.group("chips"))) {
        if (isOrg(helper) && isOrg(owner) && isChip(chip.entity())) {
          relate(a, m, chip, Predicate.DESIGNED_BY, helper.entity(), hd, out);
          relate(a, m, chip, Predicate.DEVELOPED_BY, owner.entity(), hd, out);
        }
      }
    }
    for (Pattern p : List.of(DESIGNS_INCLUDING, RELATIVE_MAKER, PASSIVE_LATER)) {
      Matcher di = p.matcher(m.text());
      while (di.find()) {
        Mention owner = m.mention(di.group("owner"));
        Predicate pred =
            di.group("verb").contains("design") ? Predicate.DESIGNED_BY : Predicate.DEVELOPED_BY;
        for (Mention chip : m.mentionsIn(di.group("chips"))) {
          if (!negated(m, di) && isOrg(owner)) {
            relate(a, m, chip, pred, owner.entity(), di, out);
          }
        }
      }
    }
    for (Pattern p : NAMES_OR_HELPS) {
      Matcher nh = p.matcher(m.text());
      while (nh.find()) {
        Mention owner = m.mention(nh.group("owner"));
        Predicate pred =
            Masked.hasGroup(nh, "verb") && nh.group("verb").equals("designed")
                ? Predicate.DESIGNED_BY
                : Predicate.DEVELOPED_BY;
        for (Mention chip : m.mentionsIn(nh.group("chips"))) {
          if (!negated(m, nh) && isOrg(owner)) {
            relate(a, m, chip, pred, owner.entity(), nh, out);
          }
        }
      }
    }
    Matcher nm = NAMED_MEMBER.matcher(m.text());
    while (nm.find()) {
      Optional<Entity> owner = owner(coref, m, nm);
      for (Mention chip : m.mentionsIn(nm.group("chips"))) {
        owner.ifPresent(o -> relate(a, m, chip, Predicate.DEVELOPED_BY, o, nm, out));
      }
    }
    Matcher tc = THE_CHIPS_BY.matcher(m.text());
    while (tc.find()) {
      Mention org = m.mention(tc.group("owner"));
      Predicate pred =
          tc.group("verb").equals("designed") ? Predicate.DESIGNED_BY : Predicate.DEVELOPED_BY;
      if (!negated(m, tc) && isOrg(org)) {
        coref
            .salientChip(m.sentence())
            .ifPresent(
                chip ->
                    emit(a, m, new Relation(chip, pred, org.entity()), 0.65, List.of(org), out));
      }
    }
    Matcher d = DESIGNED_CHIPS.matcher(m.text());
    while (d.find()) {
      Mention org = m.mention(d.group("owner"));
      Predicate pred =
          d.group("verb").equals("designed") ? Predicate.DESIGNED_BY : Predicate.DEVELOPED_BY;
      coref
          .salientChip(m.sentence())
          .ifPresent(
              chip -> emit(a, m, new Relation(chip, pred, org.entity()), 0.7, List.of(org), out));
    }
  }

  private static final Pattern SUPPLIED =
      Pattern.compile(
          "(?i)\\b(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|equip|equips|"
              + "equipped)\\s+(?:[^,;.]{0,40}?(?:\\s+and|,)\\s+)?$");

  private static Optional<Entity> owner(Coreference coref, Masked m, Matcher x) {
    String o = x.group("owner");
    if (o != null
        && o.endsWith(" with its")
        && SUPPLIED.matcher(m.text().substring(0, x.start())).find()) {
      o = "its"; // "supply OpenAI and Oracle with its Instinct processors": the supplier's chips
    }
    if (o != null && o.startsWith("@")) {
      if (o.endsWith("its")) {
        o = o.substring(0, o.indexOf('@', 1) + 1);
      }
      Mention om = m.mention(o.replaceAll("^(@O\\d+@).*", "$1"));
      return isOrg(om) ? Optional.of(om.entity()) : Optional.empty();
    }
    // "TSMC, which makes its Snapdragon processors": a foundry's "its" chips are its customer's.
    return coref
        .organization(m.sentence(), m.originalOffset(x.start()))
        .filter(e -> e.type() != org.chipkg.model.EntityType.FOUNDRY);
  }

  private void relate(
      AnnotatedArticle a,
      Masked m,
      Mention chip,
      Predicate p,
      Entity org,
      Matcher x,
      List<Claim> out) {
    if (isChip(chip.entity()) && org.type().isOrganization()) {
      List<Mention> used = m.mentionsIn(m.text().substring(x.start(), x.end()));
      emit(a, m, new Relation(chip.entity(), p, org), 0.8, used, out);
    }
  }
}
