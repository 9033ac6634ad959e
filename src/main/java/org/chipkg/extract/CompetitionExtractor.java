package org.chipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Competition between organizations: "compete with Nvidia", "going after Nvidia's crown", "a direct
 * competitor to NVIDIA", "direct challenges to NVIDIA, AMD", "its competition with Nvidia".
 */
public final class CompetitionExtractor extends SentenceExtractor {
  private static final Pattern VERB =
      Pattern.compile(
          "(?i)(?:\\b(?:compete|competes|competing|competed|competition|rivalry|collision course)\\s+(?:directly\\s+|"
              + "head-to-head\\s+|head-on\\s+|more directly\\s+|not only\\s+|not just\\s+|fiercely\\s+|"
              + "aggressively\\s+|increasingly\\s+|also\\s+|squarely\\s+)?"
              // "competes for older-technology work with UMC"
              + "(?:for\\s+(?:[\\w-]+\\s+){1,4}?)?"
              // "compete with those of Ayar Labs"
              + "(?:with|against)\\s+(?:its\\s+)?(?:rivals?\\s+)?(?:those\\s+of\\s+)?"
              // "as has rival startup Cerebras Systems"
              + "|(?<noun>\\brival\\s+(?:startup|start-up|chipmaker|chip designer|company|firm|foundry|designer)\\s+)"
              + "|\\b(?:rival|rivals|rivaling|rivalling|challenge|challenges|challenging|"
              + "challenged|take on|takes on|taking on|took on|go after|goes after|going after|"
              + "take aim at|takes aim at|taking aim at|took aim at|battle|battles|battling|"
              + "vie with|vies with|vying with|dethrone|unseat|(?:go|goes|going|went)\\s+head-to-head\\s+with|"
              + "square off against|squares off against|squaring off against)\\s+(?:to\\s+)?"
              + "|\\b(?:competitor|rival|challenger|alternative)s?\\s+(?:to|of)\\s+"
              // "continues to face competition from Samsung", "is up against Qualcomm"
              + "|\\b(?:face|faces|facing|faced)\\s+(?:(?!(?:no|little|less)\\b)[\\w-]+\\s+){0,2}?"
              + "(?:competition|rivals?|challenges?)\\s+"
              + "from\\s+|\\bup against\\s+"
              // "trying to take inference business from Nvidia"
              + "|\\b(?:take|takes|taking|took|steal|steals|stealing|grab|grabbing)\\s+"
              + "(?:[\\w-]+\\s+)?(?:business|share|market share|customers|orders)\\s+(?:away\\s+)?from\\s+"
              // "win share from Nvidia" is a rival's; "won orders from Google" is a customer's
              + "|\\b(?:win|wins|winning|won)\\s+(?:[\\w-]+\\s+)?(?:(?:share|market share|customers)\\s+"
              + "(?:away\\s+)?|(?:business|orders)\\s+away\\s+)from\\s+"
              + "|\\b(?:pit|pits|pitting|pitted|pitch|pitches|pitched|pitching)\\b[^@.;]{0,50}?\\bagainst\\s+(?:rivals?\\s+)?)"
              + OrgRelations.ORGS);

  /** "Still, competing with Nvidia will be difficult": a proposition without an actor. */
  private static final Pattern GERUND_OPENING =
      Pattern.compile(
          "^\\W*(?:(?:Still|But|And|Yet|However|So|Now),?\\s+)?(?i:competing|rivall?ing|challenging|taking on|"
              + "going after|battling|vying)\\b");

  /** "That would rival Intel": a comparison of size, not competition. */
  private static final Pattern SIZE_COMPARISON =
      Pattern.compile("(?i)\\b(?:would|could|might)\\s+rival\\b");

  /** "AMD's rivals include Nvidia and Intel", "Rivals in optical computing include ...". */
  private static final Pattern INCLUDE =
      Pattern.compile(
          "^(?:(?<owner>@O\\d+@)'s\\s+|(?i:its|the company's|the startup's)\\s+)?"
              + "(?i:(?:main|chief|biggest|other)\\s+)?(?i:rivals|competitors)"
              + "(?:\\s+in\\s+[^@,;]{1,40}?)?\\s+(?:include|includes|are)\\s+"
              + OrgRelations.ORGS);

  /**
   * "competition with Nvidia, whose GPUs lead the market, and with AMD", "with Nvidia and,
   * increasingly, with AMD and Cerebras".
   */
  private static final Pattern AND_WITH =
      Pattern.compile(
          "^(?:,?[^@;]{0,80}?)?,?\\s+(?:and|but)\\s*,?\\s+(?:also\\s+|(?:[\\w-]+ly),\\s+)?(?:with|against)\\s+"
              // "and with the inference cards from d-Matrix"
              + "(?:[^@;.]{0,40}?\\b(?:such as|including|like|from)\\s+)?"
              + OrgRelations.ORGS);

  /**
   * "compete with Intel's Xeon and AMD's EPYC chips", "with Nvidia's and AMD's GPUs": each owner of
   * a product listed.
   */
  private static final Pattern AND_OWNERS =
      Pattern.compile(
          "^'s(?:\\s+(?:(?:@C\\d+@|\\p{Lu}[\\w-]*)\\s*){1,3}(?:[\\w-]+\\s+)?)?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)"
              + "(?:the\\s+)?(?<o>@O\\d+@)(?='s)");

  /** "Alchip and GUC compete for the same work": each with each. */
  private static final Pattern COMPETE_EACH =
      Pattern.compile(
          OrgRelations.ORGS
              + "(?:\\s+(?:are|were)\\s+[^@;.]{0,80}?\\s+and)?\\s+(?:also\\s+|now\\s+|still\\s+)?"
              + "(?:compete|competed|vie|vied|are competing|are vying)\\s+(?:(?:directly|fiercely|"
              + "head-to-head|head-on)\\s+)?(?:for|in|on|over)\\b");

  /** "Its main rival in custom chips is Marvell", "Its most direct rival, Groq, ...". */
  private static final Pattern OWNERS_RIVAL =
      Pattern.compile(
          "(?:(?<owner>@O\\d+@)'s|(?<its>\\b[Ii]ts|\\b[Tt]heir|\\b[Tt]he company's))\\s+(?:[\\w-]+\\s+){0,3}?"
              + "(?:rival|competitor|challenger)(?:\\s+in\\s+[^@,;]{1,40}?)?(?:,\\s+|\\s+(?:is|was|remains)\\s+)"
              // "Its closest rival is Israel's Hailo": a place's, not an owner's
              + "(?:\\p{Lu}[\\w.-]*'s\\s+)?"
              + OrgRelations.ORGS);

  /** "Samsung Electronics, long TSMC's closest rival in contract manufacturing": A rivals B. */
  private static final Pattern APPOSITIVE_RIVAL =
      Pattern.compile(
          "(?<a>@O\\d+@),\\s+(?:[\\w-]+\\s+){0,2}?(?<owner>@O\\d+@)'s\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:rival|competitor|challenger)\\b");

  /** "A, B and C are all competing for the same customers": each with each. */
  private static final Pattern ALL_COMPETING =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:are|were|have been)\\s+(?:all\\s+|now\\s+)?(?:competing|rivals|competitors|vying)\\b");

  @Override
  public String id() {
    return "competition";
  }

  /** Every rival is an organization the sentence names. */
  @Override
  String slots() {
    return "O";
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Matcher inc = INCLUDE.matcher(m.text());
    if (inc.find()) {
      Entity owner =
          inc.group("owner") != null ? m.mention(inc.group("owner")).entity() : a.topic();
      if (owner != null && owner.type().isOrganization()) {
        emitAll(a, m, owner, OrgRelations.orgs(m, inc.group("objs")), out);
      }
    }
    Matcher or = OWNERS_RIVAL.matcher(m.text());
    while (or.find()) {
      Optional<Entity> owner =
          or.group("owner") != null
              ? Optional.of(m.mention(or.group("owner")).entity())
              : coref.organization(m.sentence(), m.originalOffset(or.start()));
      if (!negated(m, or) && owner.filter(o -> o.type().isOrganization()).isPresent()) {
        emitAll(a, m, owner.get(), OrgRelations.orgs(m, or.group("objs")), out);
      }
    }
    Matcher ap = APPOSITIVE_RIVAL.matcher(m.text());
    while (ap.find()) {
      if (!negated(m, ap)) {
        Entity rival = m.mention(ap.group("a")).entity();
        emitAll(a, m, rival, List.of(m.mention(ap.group("owner"))), out);
      }
    }
    for (Pattern p : List.of(ALL_COMPETING, COMPETE_EACH)) {
      Matcher all = p.matcher(m.text());
      while (all.find()) {
        List<Mention> orgs = OrgRelations.orgs(m, all.group("objs"));
        for (int i = 0; i < orgs.size() && !negated(m, all); i++) {
          emitAll(a, m, orgs.get(i).entity(), orgs.subList(i + 1, orgs.size()), out);
        }
      }
    }
    Matcher x = VERB.matcher(m.text());
    while (x.find()) {
      if (negated(m, x)
          || GERUND_OPENING.matcher(m.text()).region(0, x.end()).lookingAt()
          || SIZE_COMPARISON
              .matcher(m.text().substring(Math.max(0, x.start() - 12), x.end()))
              .find()) {
        continue;
      }
      // "Rivals AMD and Intel ...": rivals of the company the article is about.
      boolean opening = m.text().substring(0, x.start()).isBlank();
      // "Groq ... , as has rival startup Cerebras": a rival of the sentence's subject
      Optional<Entity> subject =
          opening && a.topic() != null
              ? Optional.of(a.topic())
              : x.group("noun") != null
                  ? OrgRelations.subject(coref, m, x)
                  : OrgRelations.nearestSubject(coref, m, x);
      if (subject.isEmpty()) {
        continue;
      }
      List<Mention> objs = new ArrayList<>(OrgRelations.orgs(m, x.group("objs")));
      // "with Nvidia, whose GPUs ..., and with AMD", "with Nvidia ... but with Arm and with
      // design houses such as SiFive"
      int from = x.end();
      Matcher more = AND_WITH.matcher(m.text());
      Matcher owners = AND_OWNERS.matcher(m.text());
      while (from < m.text().length()) {
        if (more.region(from, m.text().length()).lookingAt()) {
          objs.addAll(OrgRelations.orgs(m, more.group("objs")));
          from = more.end();
        } else if (owners.region(from, m.text().length()).lookingAt()) {
          objs.add(m.mention(owners.group("o")));
          from = owners.end();
        } else {
          break;
        }
      }
      emitAll(a, m, subject.get(), objs, out);
    }
  }

  private void emitAll(
      AnnotatedArticle a, Masked m, Entity subject, List<Mention> objs, List<Claim> out) {
    for (Mention obj : objs) {
      if (obj.entity().type().isOrganization() && !obj.entity().equals(subject)) {
        Relation r = new Relation(subject, Relation.Predicate.COMPETES_WITH, obj.entity());
        emit(a, m, r, 0.75, List.of(obj), out);
      }
    }
  }
}
