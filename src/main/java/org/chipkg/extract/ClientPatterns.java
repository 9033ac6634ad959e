package org.chipkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.text.Coreference;

/**
 * Clients named by what a supplier makes for them, read by {@link CustomerExtractor} as customers
 * of the supplier (group "sup", else the company the sentence refers to) : "the custom accelerators
 * it builds for Google", "Amazon, for which it designed the Trainium2", "won a contract from
 * Tesla".
 */
final class ClientPatterns {
  private static final String MADE =
      "(?:also\\s+)?(?:designs|builds|makes|develops|designed|built|made|developed|co-designs|"
          + "co-designed|co-develops|co-developed)";

  /** "the custom accelerators it builds for Google": the chips "it" makes for a client. */
  static final Pattern KIND_IT_MAKES_FOR =
      Pattern.compile(
          "\\b(?:chips?|accelerators?|processors?|silicon|ASICs?|XPUs?)\\s+(?:that\\s+|which\\s+)?"
              + "(?<sup>it|they)\\s+"
              + MADE
              + "\\s+for\\s+"
              + OrgRelations.ORGS);

  /** "alongside Amazon, for which it designed the Trainium2": the client before "for which". */
  static final Pattern FOR_WHICH =
      Pattern.compile(
          "(?<objs>@O\\d+@),\\s+for\\s+(?:which|whom)\\s+(?:it|they|(?<sup>@O\\d+@))\\s+"
              + MADE
              + "\\b");

  /** "won a long-term contract from Tesla to make its chips": the one the contract is from. */
  static final Pattern CONTRACT_FROM =
      Pattern.compile(
          "(?:(?<sup>@O\\d+@)\\s+(?:has\\s+|have\\s+|had\\s+)?)?(?:won|wins|secured|landed|clinched)\\s+"
              + "[^@;.]{0,40}?\\b(?:contract|order|orders|deal)\\s+from\\s+"
              + OrgRelations.ORGS);

  /** An organization not followed by its own "for which" clause: no client of the list. */
  private static final Pattern NOT_CLIENT =
      Pattern.compile("@O\\d+@(?!,\\s+for\\s+(?:which|whom)\\b)");

  /**
   * The maker a match of one of {@link #ALL} names or refers to; for {@link #FOR_WHICH}, whose "it"
   * is no client listed before it ("Its customers are Google, for which it designs the TPU, Meta,
   * for which ..."), the first other organization of the sentence, else what opens it.
   */
  static Optional<Entity> maker(Coreference coref, Masked m, Matcher x) {
    if (x.pattern() != FOR_WHICH || x.group("sup") != null) {
      return OrgRelations.supplier(coref, m, x);
    }
    Matcher o = NOT_CLIENT.matcher(m.text()).region(0, x.start());
    while (o.find()) {
      Mention e = m.mention(o.group());
      if (e.entity().type().isOrganization()) {
        return Optional.of(e.entity());
      }
    }
    return coref.organization(m.sentence(), m.originalOffset(0));
  }

  static final List<Cued> ALL =
      List.of(
          Cued.of(KIND_IT_MAKES_FOR, "for"),
          Cued.of(FOR_WHICH, "for which", "for whom"),
          Cued.of(CONTRACT_FROM, "from"));

  private ClientPatterns() {}
}
