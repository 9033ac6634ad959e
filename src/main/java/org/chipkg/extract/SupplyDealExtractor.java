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
import org.chipkg.model.Relation.Predicate;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Customers named by the deals news reports: "AMD has signed up OpenAI as a customer", "its first
 * customer, the GPU cloud Vireo Cloud", "won a contract from Tesla", "signed an agreement with
 * Nvidia to deploy", "a deal to rent servers from AWS", "ByteDance has placed orders for the chip",
 * "has licensed Tenstorrent's designs", "Trainium powers Anthropic's cluster", "the MI450, which
 * OpenAI and Oracle have agreed to deploy", "building data centers with Groq hardware".
 */
public final class SupplyDealExtractor extends SentenceExtractor {
  private static final String WHO = "(?:@O\\d+@|" + OrgRelations.PRONOUN + ")";

  /** "LSTC, a Japanese research consortium, has licensed": an appositive after the subject. */
  private static final String APPOSITIVE = "(?:,[^;@.]{0,60}?,)?";

  /** Each organization of group "objs" is a customer of group "sup". */
  private static final List<Cued> CUSTOMERS_OF_SUP =
      List.of(
          Cued.of(
              Pattern.compile(
                  "(?<sup>"
                      + WHO
                      + ")\\s+(?:has\\s+|have\\s+|also\\s+)*(?:signed up|signed on|landed|lands|won|wins|added|adds)\\s+"
                      + OrgRelations.ORGS
                      + "\\s+as\\s+(?:a|an|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:customer|client)\\b"),
              "customer",
              "client"),
          Cued.of(
              Pattern.compile(
                  "(?<sup>"
                      + WHO
                      + ")"
                      + APPOSITIVE
                      + "\\s+(?:has\\s+|also\\s+)*(?:won|wins|secured|landed|received|clinched|bagged)\\s+"
                      + CustomerPatterns.WORD_CHAR
                      + "{0,50}?\\b(?:contract|deal|order|orders|agreement)s?\\s+from\\s+(?:[\\w-]+\\s+){0,3}?"
                      + OrgRelations.ORGS),
              "from"),
          Cued.of(
              Pattern.compile(
                  "(?<sup>@O\\d+@)'s\\s+(?:first|largest|biggest|newest|latest|anchor|launch|lead|"
                      + "first commercial|first paying)?\\s*customer,\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?"
                      + OrgRelations.ORGS),
              "customer,"),
          Cued.of(BuyerPatterns.PROVIDE_WITH, "with"),
          Cued.of(BuyerPatterns.GROUP_ARE_CUSTOMERS, "customer", "client", "buyer"),
          Cued.of(BuyerPatterns.DEPLOYS_FOR, "for"),
          Cued.of(BuyerPatterns.WITH_AS_CUSTOMER, "customer"));

  /** "Its first commercial customer, the Denver-based GPU cloud Vireo Cloud". */
  private static final Cued ITS_CUSTOMER_APPOSITIVE =
      Cued.of(
          Pattern.compile(
              "\\b(?:[Ii]ts|[Tt]heir|[Tt]he company's|[Tt]he startup's)\\s+(?:first|largest|biggest|newest|"
                  + "latest|anchor|launch|lead)\\s+(?:commercial\\s+|paying\\s+)?customer,\\s+(?:the\\s+)?"
                  + "(?:[\\w-]+\\s+){0,4}?"
                  + OrgRelations.ORGS),
          "customer,");

  private static final Cued A_SUPPLIER_CUSTOMER =
      Cued.of(BuyerPatterns.A_SUPPLIER_CUSTOMER, "customer", "client");

  private static final Cued NAMED_CUSTOMERS = Cued.of(BuyerPatterns.NAMED_CUSTOMERS, "named");

  /** Group "user" is a customer of group "sup". */
  private static final List<Cued> USER_OF_SUP =
      List.of(
          // "Meta signed a multiyear agreement with Nvidia to deploy millions of its GPUs"
          Cued.of(
              Pattern.compile(
                  "(?<user>"
                      + WHO
                      + ")\\s+(?:has\\s+|also\\s+)*(?:signed|struck|reached|inked)\\s+"
                      + CustomerPatterns.WORD_CHAR
                      + "{0,50}?\\b(?:agreement|deal|"
                      + "contract|pact)\\s+with\\s+(?<sup>@O\\d+@)\\s+to\\s+(?:deploy|buy|use|rent|purchase|lease)\\b"),
              "with"),
          // "also signed a $38 billion, seven-year deal to rent servers from Amazon Web Services"
          Cued.of(
              Pattern.compile(
                  "(?<user>"
                      + WHO
                      + ")\\s+(?:has\\s+|also\\s+)*(?:signed|struck|agreed|inked|reached)\\s+"
                      + CustomerPatterns.WORD_CHAR
                      + "{0,60}?\\bto\\s+"
                      + "(?:rent|lease|buy|purchase)\\s+[^@;.]{0,40}?\\bfrom\\s+(?<sup>@O\\d+@)"),
              "from"),
          // "LSTC has licensed Tenstorrent's RISC-V and AI designs"
          Cued.of(
              Pattern.compile(
                  "(?<user>"
                      + WHO
                      + ")"
                      + APPOSITIVE
                      + "\\s+(?:has\\s+|have\\s+|also\\s+)*(?:licensed|licenses|will license)\\s+(?<sup>@O\\d+@)'s"),
              "licens"),
          // "Bell Canada, which is building AI data centers with Groq hardware"
          Cued.of(
              Pattern.compile(
                  "(?<user>@O\\d+@),?\\s+(?:which\\s+)?(?:is\\s+|are\\s+)?(?:building|powering|equipping|outfitting)\\s+"
                      + "[^@.;]{0,40}?\\bwith\\s+(?<sup>@O\\d+@)(?:'s)?\\s+(?:[\\w-]+\\s+)?(?:hardware|chips|GPUs|"
                      + "processors|accelerators|systems|servers)\\b"),
              "with"),
          Cued.of(BuyerPatterns.PAYS, "pay", "paid"),
          Cued.of(BuyerPatterns.CONTRACT_FOR_ACCESS, "with"),
          Cued.of(BuyerPatterns.SUPPLIER_NAMED, "supplier", "vendor", "assembler"),
          Cued.of(BuyerPatterns.A_CUSTOMERS_SUPPLIER, "supplier", "vendor"));

  /** Each organization of group "objs" uses the chips of group "chips". */
  private static final List<Cued> USERS_OF_CHIPS =
      List.of(
          // "ByteDance and China Mobile have placed orders for systems built on the 950PR"
          Cued.of(
              Pattern.compile(
                  OrgRelations.ORGS
                      + "\\s+(?:have\\s+|has\\s+|also\\s+)*(?:placed|booked)\\s+(?:[\\w-]+,?\\s+){0,3}?orders?\\s+for\\s+"
                      + GAP
                      + "{0,40}?"
                      + CHIPS),
              "order"),
          // "the MI450, which OpenAI and Oracle have agreed to deploy"
          Cued.of(
              Pattern.compile(
                  CHIPS
                      + "(?:\\s+(?:chips?|accelerators?|processors?|GPUs?))?,\\s+which\\s+"
                      + OrgRelations.ORGS
                      + "\\s+(?:have\\s+|has\\s+)?(?:agreed to\\s+|plan to\\s+|plans to\\s+|will\\s+|already\\s+)?"
                      + "(?:deploy|use|buy|adopt|order|deploys|uses|buys|adopts|ordered|bought)\\b"),
              "which"),
          // "Amazon's Trainium powers Anthropic's training cluster"
          Cued.of(
              Pattern.compile(
                  CHIPS
                      + "(?:\\s+(?:chips?|accelerators?|processors?|GPUs?))?\\s+(?:now\\s+|already\\s+)?(?:powers|power|"
                      + "powered|will power|run|runs)\\s+"
                      + OrgRelations.ORGS),
              "power",
              "run"));

  /** "placed orders for systems built on the chip": the chip the article is about. */
  private static final Cued ORDERS_FOR_THE_CHIP =
      Cued.of(
          Pattern.compile(
              OrgRelations.ORGS
                  + "\\s+(?:have\\s+|has\\s+|also\\s+)*(?:placed|booked)\\s+(?:[\\w-]+\\s+)?orders?\\s+for\\s+"
                  + "[^@.;]{0,40}?\\bthe (?:chips?|processors?|accelerators?)\\b"),
          "order");

  @Override
  public String id() {
    return "supply-deals";
  }

  /** Every deal cites an organization the sentence names. */
  @Override
  String slots() {
    return "O";
  }

  @Override
  Pattern unsure() {
    return CustomerPatterns.TALKS;
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    for (Cued p : CUSTOMERS_OF_SUP) {
      Matcher x = p.matcher(m.text());
      while (x.find()) {
        customers(a, m, x, OrgRelations.supplier(coref, m, x), out);
      }
    }
    Matcher asc = A_SUPPLIER_CUSTOMER.matcher(m.text());
    while (asc.find()) {
      Mention sup = m.mention(asc.group("sup"));
      Optional<Entity> user = OrgRelations.nearestSubject(coref, m, asc);
      if (!negated(m, asc) && isOrg(sup) && user.filter(u -> !u.equals(sup.entity())).isPresent()) {
        Relation r = new Relation(user.get(), Predicate.CUSTOMER_OF, sup.entity());
        emit(a, m, r, 0.7, List.of(sup), out);
      }
    }
    Matcher nc = NAMED_CUSTOMERS.matcher(m.text());
    while (nc.find()) {
      customers(a, m, nc, Optional.ofNullable(a.topic()), out);
    }
    Matcher ia = ITS_CUSTOMER_APPOSITIVE.matcher(m.text());
    while (ia.find()) {
      customers(a, m, ia, coref.organization(m.sentence(), m.originalOffset(ia.start())), out);
    }
    for (Cued p : USER_OF_SUP) {
      Matcher x = p.matcher(m.text());
      while (x.find()) {
        Optional<Entity> user = OrgRelations.resolve(coref, m, x, "user");
        Entity sup = m.mention(x.group("sup")).entity();
        if (!negated(m, x)
            && user.isPresent()
            && sup.type().isOrganization()
            && !user.get().equals(sup)) {
          emit(
              a,
              m,
              new Relation(user.get(), Predicate.CUSTOMER_OF, sup),
              0.7,
              m.mentionsIn(x.group()),
              out);
        }
      }
    }
    for (Cued p : USERS_OF_CHIPS) {
      Matcher x = p.matcher(m.text());
      while (x.find()) {
        for (Mention user : OrgRelations.orgs(m, x.group("objs"))) {
          for (Mention chip : m.mentionsIn(x.group("chips"))) {
            if (!negated(m, x) && isChip(chip.entity())) {
              Relation r = new Relation(user.entity(), Predicate.USES_CHIP, chip.entity());
              emit(a, m, r, 0.7, List.of(user, chip), out);
            }
          }
        }
      }
    }
    Matcher of = ORDERS_FOR_THE_CHIP.matcher(m.text());
    while (of.find()) {
      Optional<Entity> chip = coref.salientChip(m.sentence());
      for (Mention user : OrgRelations.orgs(m, of.group("objs"))) {
        if (!negated(m, of) && chip.isPresent()) {
          Relation r = new Relation(user.entity(), Predicate.USES_CHIP, chip.get());
          emit(a, m, r, 0.6, List.of(user), out);
        }
      }
    }
  }

  private void customers(
      AnnotatedArticle a, Masked m, Matcher x, Optional<Entity> sup, List<Claim> out) {
    List<Mention> used = new ArrayList<>(m.mentionsIn(x.group()));
    for (Mention c : OrgRelations.orgs(m, x.group("objs"))) {
      if (!negated(m, x) && sup.isPresent() && !c.entity().equals(sup.get())) {
        emit(a, m, new Relation(c.entity(), Predicate.CUSTOMER_OF, sup.get()), 0.7, used, out);
      }
    }
  }
}
