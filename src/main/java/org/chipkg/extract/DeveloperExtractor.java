package org.chipkg.extract;

import static org.chipkg.extract.DeveloperPatterns.CO_DEVELOP;
import static org.chipkg.extract.DeveloperPatterns.CO_DEVELOPED_WITH;
import static org.chipkg.extract.DeveloperPatterns.DESIGNED_CHIPS;
import static org.chipkg.extract.DeveloperPatterns.DESIGNS_INCLUDING;
import static org.chipkg.extract.DeveloperPatterns.DEVELOPED;
import static org.chipkg.extract.DeveloperPatterns.FOR_WHICH;
import static org.chipkg.extract.DeveloperPatterns.HELPS_DESIGN;
import static org.chipkg.extract.DeveloperPatterns.NAMED_MEMBER;
import static org.chipkg.extract.DeveloperPatterns.NAMES_OR_HELPS;
import static org.chipkg.extract.DeveloperPatterns.OWN_KIND_CUE;
import static org.chipkg.extract.DeveloperPatterns.OWN_KIND_SUCH_AS;
import static org.chipkg.extract.DeveloperPatterns.PASSIVE_LATER;
import static org.chipkg.extract.DeveloperPatterns.PROGRAM;
import static org.chipkg.extract.DeveloperPatterns.RELATIVE_MAKER;
import static org.chipkg.extract.DeveloperPatterns.THE_CHIPS_BY;
import static org.chipkg.extract.DeveloperPatterns.WORKED_ON;
import static org.chipkg.extract.DeveloperPatterns.WORKS_WITH;

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
  @Override
  public String id() {
    return "chip-developers";
  }

  /** Every reading cites a chip or an organization the sentence names. */
  @Override
  String slots() {
    return "OC";
  }

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    List<Claim> out = super.extract(a);
    // "Amazon began developing its own AI chips ... The result was Trainium ... and Inferentia":
    // chips first named in the next sentence of the paragraph, which names no other company.
    List<org.chipkg.text.Sentence> all = a.sentences();
    for (int i = 0; i + 1 < all.size(); i++) {
      if (!readable(all.get(i), "O")) {
        continue; // the owner of a program is an organization the sentence names
      }
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
    if (m.has("C")) {
      namedChips(a, coref, m, out);
    }
    meantChips(a, coref, m, out);
  }

  /** Readings whose chips the sentence names. */
  private void namedChips(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    boolean ownKind = OWN_KIND_CUE.matcher(m.text()).find();
    for (Pattern p : DEVELOPED) {
      if (p == OWN_KIND_SUCH_AS && !ownKind) {
        continue;
      }
      Matcher x = p.matcher(m.text());
      while (x.find()) {
        if (negated(m, x) || p == DEVELOPED.get(0) && comparedWith(m, x)) {
          continue;
        }
        Optional<Entity> owner = owner(a, coref, m, x);
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
        relateChips(a, m, ww, Predicate.DEVELOPED_BY, org, out);
      }
    }
    Matcher cw = CO_DEVELOPED_WITH.matcher(m.text());
    while (cw.find()) {
      Predicate pred =
          cw.group().contains("design") ? Predicate.DESIGNED_BY : Predicate.DEVELOPED_BY;
      for (Mention org : OrgRelations.orgs(m, cw.group("objs"))) {
        relateChips(a, m, cw, pred, org, out);
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
        relateChips(a, m, di, pred, owner, out);
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
        relateChips(a, m, nh, pred, owner, out);
      }
    }
    Matcher wo = WORKED_ON.matcher(m.text());
    while (wo.find()) {
      Mention org = m.mention(wo.group("owner"));
      relateChips(a, m, wo, Predicate.DESIGNED_BY, org, out);
    }
    forWhich(a, coref, m, out);
    Matcher nm = NAMED_MEMBER.matcher(m.text());
    while (nm.find()) {
      Optional<Entity> owner = owner(a, coref, m, nm);
      for (Mention chip : m.mentionsIn(nm.group("chips"))) {
        owner.ifPresent(o -> relate(a, m, chip, Predicate.DEVELOPED_BY, o, nm, out));
      }
    }
  }

  /** "the chips were designed by Annapurna": the chip the passage is about. */
  private void meantChips(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
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

  /**
   * "Broadcom counts X as a customer, alongside Google, for which it designs the TPU": the client
   * develops the chip, the sentence's subject (what "it" is) designs it.
   */
  private void forWhich(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Matcher fw = FOR_WHICH.matcher(m.text());
    while (fw.find()) {
      Mention client = m.mention(fw.group("client"));
      // the subject that opens the sentence, else the company an earlier sentence is about
      List<Mention> all = m.mentions();
      Optional<Entity> designer =
          !all.isEmpty() && isOrg(all.get(0)) && all.get(0) != client && m.text().startsWith("@")
              ? Optional.of(all.get(0).entity())
              : coref.organization(m.sentence(), m.sentence().span().begin());
      Predicate pred =
          fw.group("verb").contains("design") ? Predicate.DESIGNED_BY : Predicate.DEVELOPED_BY;
      // "for which it co-designs the MTIA, and ByteDance": only the first chip is the object
      Mention chip = m.mentionsIn(fw.group("chips")).get(0);
      if (!negated(m, fw) && isOrg(client)) {
        relate(a, m, chip, Predicate.DEVELOPED_BY, client.entity(), fw, out);
        designer
            .filter(d -> !d.equals(client.entity()))
            .ifPresent(d -> relate(a, m, chip, pred, d, fw, out));
      }
    }
  }

  /** "Analysts compared Trainium with Nvidia's H100": a benchmark's yardstick, not a report. */
  private static final Pattern COMPARED =
      Pattern.compile("\\bcompared\\s+(?:[^,;.@]{0,40}?|@[OC]\\d+@)\\s+(?:with|to|against)\\s+$");

  private static boolean comparedWith(Masked m, Matcher x) {
    return COMPARED.matcher(m.text()).region(Math.max(0, x.start() - 60), x.start()).find();
  }

  private static final Pattern SUBJECT_THEN_WHICH =
      Pattern.compile(
          "(?<subj>@O\\d+@)\\s(?:[^@;]|@C\\d+@)*?,\\s+which\\s+(?:[^@;,]{0,30}?\\s)?@O\\d+@");

  private static final Pattern ANAPHOR_OPENS =
      Pattern.compile("(?:It|The (?:company|startup|firm|chipmaker))\\s+(?!is\\s|was\\s)");

  private static final Pattern SUPPLIED =
      Pattern.compile(
          "(?i)\\b(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|equip|equips|"
              + "equipped)\\s+(?:[^,;.]{0,40}?(?:\\s+and|,)\\s+)?$");

  /** "LG has placed a second order for its RNGD chips": the seller's chips, not the buyer's. */
  private static final Pattern ORDER_FOR = Pattern.compile("\\borders?\\s+for\\s+$");

  private static Optional<Entity> owner(
      AnnotatedArticle a, Coreference coref, Masked m, Matcher x) {
    String o = x.group("owner");
    if (o != null
        && !o.startsWith("@")
        && ORDER_FOR.matcher(m.text().substring(0, x.start())).find()) {
      List<Entity> before =
          m.mentionsIn(m.text().substring(0, x.start())).stream().map(Mention::entity).toList();
      return Optional.ofNullable(a.topic()).filter(t -> !before.contains(t));
    }
    if (o != null
        && o.endsWith(" with its")
        && SUPPLIED.matcher(m.text().substring(0, x.start())).find()) {
      o = "its"; // "supply OpenAI and Oracle with its Instinct processors": the supplier's chips
    }
    Matcher deal = DeveloperPatterns.DEAL_PARTNER.matcher(m.text()).region(0, x.start());
    if (o != null && !o.startsWith("@") && deal.find()) {
      return Optional.of(m.mention(deal.group("partner")).entity())
          .filter(e -> e.type().isOrganization());
    }
    if (o != null && o.startsWith("@")) {
      if (o.endsWith("its")) {
        o = o.substring(0, o.indexOf('@', 1) + 1);
      }
      Mention om = m.mention(o.replaceAll("^(@O\\d+@).*", "$1"));
      return isOrg(om) ? Optional.of(om.entity()) : Optional.empty();
    }
    // "The company said ... samples of Crescent Island, its first GPU": what the sentence's
    // opening anaphor means, not a company named on the way
    int at = ANAPHOR_OPENS.matcher(m.text()).lookingAt() ? 0 : x.start();
    // "AMD has said its MI450 chips, which OpenAI and Oracle have agreed to deploy, ..., as is
    // its next EPYC processor": the names of a relative clause are not what "its" means
    Matcher subj = SUBJECT_THEN_WHICH.matcher(m.text()).region(0, x.start());
    if (subj.lookingAt() && isOrg(m.mention(subj.group("subj")))) {
      return Optional.of(m.mention(subj.group("subj")).entity())
          .filter(e -> e.type() != org.chipkg.model.EntityType.FOUNDRY);
    }
    // "TSMC, which makes its Snapdragon processors": a foundry's "its" chips are its customer's.
    return coref
        .organization(m.sentence(), m.originalOffset(at))
        .filter(e -> e.type() != org.chipkg.model.EntityType.FOUNDRY);
  }

  /** Each chip of group "chips" of {@code x} is {@code p} by {@code org}, unless negated. */
  private void relateChips(
      AnnotatedArticle a, Masked m, Matcher x, Predicate p, Mention org, List<Claim> out) {
    for (Mention chip : m.mentionsIn(x.group("chips"))) {
      if (!negated(m, x) && isOrg(org)) {
        relate(a, m, chip, p, org.entity(), x, out);
      }
    }
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
