package org.chipkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.text.Coreference;

/** Shared pieces of the organization-relation extractors. */
final class OrgRelations {
  /**
   * What may stand before an organization in a list: its owner ("Alphabet's Google") or its country
   * ("Taiwan's United Microelectronics Corp.").
   */
  private static final String OWNER = "(?:@O\\d+@'s\\s+|\\p{Lu}[\\w.-]*'s\\s+)?";

  /** "the cloud provider ": what an organization is, before its name ("Oracle and the ..."). */
  static final String DESCRIBED = "(?:the\\s+(?:(?!of\\b)[\\w-]+\\s+){1,3}?)?";

  /**
   * One or more organization slots in a list: "@O1@, @O2@, and @O3@"; a later one that owns what
   * follows ("such as Anthropic, and Amazon's Trainium powers ...") starts a clause of its own.
   */
  static final String ORGS =
      "(?<objs>"
          + OWNER
          + "@O\\d+@(?:(?:,\\s*|\\s+and\\s+(?:by\\s+)?|"
          // "Google, for which it co-designs the TPU, Meta": a clause about the one before
          + ",\\s+for\\s+which\\s+(?:[^@,;.]|@C\\d+@){1,50},\\s+(?:and\\s+)?)"
          + DESCRIBED
          + OWNER
          + "@O\\d+@(?!'s)"
          // "sells TPUs to Anthropic, and Amazon has built ...": a clause of its own
          + "|,\\s+and\\s+"
          + OWNER
          + "@O\\d+@(?!'s)(?!\\s+(?:has|had|is|was|said|says)\\b))*)";

  /** "The company", "the startup", "it": an organization named earlier. */
  static final String PRONOUN = "\\b[Tt]he (?:company|startup|chipmaker|firm)|\\b[Ii]t";

  private OrgRelations() {}

  /**
   * The organization in group {@code g} of a match: its slot, or what a {@link #PRONOUN} there
   * refers to.
   */
  static Optional<Entity> resolve(Coreference coref, Masked m, Matcher x, String g) {
    String v = x.group(g);
    if (v.startsWith("@")) {
      Mention o = m.mention(v);
      return o.entity().type().isOrganization() ? Optional.of(o.entity()) : Optional.empty();
    }
    return coref.organization(m.sentence(), m.originalOffset(x.start(g)));
  }

  /**
   * The subject of a relation matched at {@code x}: the first organization of the sentence before
   * the match, else what "it"/"the company" refers to.
   */
  /** The organization nearest before the match in its clause, else {@link #subject}. */
  static Optional<Entity> nearestSubject(Coreference coref, Masked m, Matcher x) {
    String before = m.text().substring(0, x.start());
    Matcher clause = CLAUSE.matcher(before);
    int from = 0;
    while (clause.find()) {
      from = clause.end();
    }
    if (PRONOUN_SUBJECT.matcher(before).find(from)) {
      return subject(coref, m, x);
    }
    List<Mention> orgs =
        m.mentionsIn(before.substring(from)).stream()
            .filter(c -> c.entity().type().isOrganization() && !modifier(m, c))
            .toList();
    return orgs.isEmpty() ? subject(coref, m, x) : Optional.of(orgs.get(orgs.size() - 1).entity());
  }

  /** "Built by TSMC on its process, it found ...": a pronoun subject after a fronted phrase. */
  private static final java.util.regex.Pattern PRONOUN_SUBJECT =
      java.util.regex.Pattern.compile(
          "@[OC]\\d+@[^@;]*?,\\s+(?:it|the (?:company|startup|chipmaker|firm))\\s+(?!said\\b|says\\b)[a-z]+"
              + "[^@]*$");

  private static final java.util.regex.Pattern CLAUSE =
      java.util.regex.Pattern.compile(",\\s+(?:and|but|while|whereas)\\s|;");

  /**
   * The supplier of a customer pattern: the organization in its group "sup", else the company the
   * sentence refers to where the match starts ("A and B are newer customers": never A).
   */
  static Optional<Entity> supplier(Coreference coref, Masked m, Matcher x) {
    return x.group("sup") != null
        ? resolve(coref, m, x, "sup")
        : coref.organization(m.sentence(), m.originalOffset(x.start()));
  }

  static Optional<Entity> subject(Coreference coref, Masked m, Matcher x) {
    String before = m.text().substring(0, x.start());
    if (PRONOUN_SUBJECT.matcher(before).find()) {
      // "Built by TSMC ..., it found a niche": "it" is what came before the sentence, not TSMC
      return coref.organization(m.sentence(), m.originalOffset(0));
    }
    for (Mention c : m.mentionsIn(before)) {
      if (c.entity().type().isOrganization() && !modifier(m, c)) {
        return Optional.of(c.entity());
      }
    }
    return coref.organization(m.sentence(), m.originalOffset(x.start()));
  }

  /**
   * "Google parent Alphabet", "Nvidia-backed CoreWeave", "former AMD engineer Serena Ibarra": a
   * name that modifies the next one.
   */
  private static final java.util.regex.Pattern MODIFIER =
      java.util.regex.Pattern.compile(
          "^(?:'s)?\\s+(?:corporate\\s+)?(?:parent|owner|holding company)\\b(?!\\s+(?:of|to)\\b)"
              + "|^-(?:backed|owned|funded|controlled|led)\\b"
              // "former AMD engineer Serena Ibarra": a person's employer
              + "|^\\s+(?:[\\w-]+\\s+){0,2}?(?:engineer|executive|veteran|alum|researcher|scientist|"
              + "architect|designer|employee|manager|officer|founder|co-founder|boss|chief)s?\\s+@P\\d+@");

  /** "Analysts at Morgan Stanley expect ...": the firm a view comes from. */
  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("(?i)\\banalysts?\\s+(?:at|with|from)\\s+$");

  /** True when {@code x} is the firm of analysts quoted, not an actor of the sentence. */
  static boolean source(Masked m, Mention x) {
    String before = m.before(x, 30);
    return SOURCE.matcher(before).find();
  }

  /** True when {@code x} modifies the organization after it rather than acting itself. */
  static boolean modifier(Masked m, Mention x) {
    return MODIFIER.matcher(m.after(x, 30)).find();
  }

  /** The organizations in a list of slots, without possessors ("Alphabet's Google": Google). */
  static List<Mention> orgs(Masked m, String slots) {
    List<Mention> out = new java.util.ArrayList<>();
    Matcher x = Masked.SLOT.matcher(slots == null ? "" : slots);
    while (x.find()) {
      Mention c = m.mention(x.group());
      if (c.entity().type().isOrganization() && !slots.startsWith("'s ", x.end())) {
        out.add(c);
      }
    }
    return out;
  }
}
