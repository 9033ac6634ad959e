package org.chipkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Fact;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.model.Relation.Predicate;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Customers and chip users: "Nvidia ... became TSMC's biggest customer", "X's customers include Y",
 * "Customers such as Anthropic have praised the chips", "Y uses Trainium".
 */
public final class CustomerExtractor extends SentenceExtractor {
  private static final String ADJ = "(?:(?:[\\w-]+|@C\\d+@)\\s+){0,2}";
  private static final Pattern OF_SUPPLIER =
      Pattern.compile(
          "\\b(?:become|became|becomes|is|was|remains|remained|as|now)\\s+(?:both\\s+|also\\s+|still\\s+)?"
              + "(?:the\\s+|a\\s+|an\\s+|one of\\s+)?(?<sup>@O\\d+@)'s\\s+"
              + ADJ
              + "customers?\\b"
              + "|\\b(?:is|was|became|as)\\s+(?:also\\s+|still\\s+)?(?:a|an|the)\\s+"
              + ADJ
              + "customer\\s+of\\s+(?<sup2>@O\\d+@)");
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "(?<cust>@O\\d+@),\\s+(?:a\\s+|an\\s+|one of\\s+|the\\s+)?(?<sup>@O\\d+@)'s\\s+(?:[\\w-]+\\s+){0,2}customers?\\b");

  /** "Oracle, one of its biggest customers, uses AmpereOne chips". */
  private static final Pattern ITS_APPOSITIVE =
      Pattern.compile(
          "(?<cust>@O\\d+@),\\s+(?:one of\\s+|a\\s+|an\\s+)?(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:customers?|clients?)\\s*,");

  private static final Pattern SAID_BY =
      Pattern.compile(",\\s+(?<o>@O\\d+@)\\s+(?:said|says)\\b[^@]*$");

  private static final Pattern LIST =
      Pattern.compile(
          "(?i)(?:(?<sup>@O\\d+@)'s\\s+)?(?:customers|clients|buyers)\\s+(?:such as|including|"
              + "like|include|includes|included)\\s+"
              + OrgRelations.ORGS);
  private static final Pattern USES =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:uses|use|used|relies on|deploys|deployed|buys|bought|ordered|"
              + "will use|adopted|runs on|is using|has used|trains on|trained on)\\s+"
              + "(?:the\\s+|its\\s+)?"
              + CHIPS);
  private static final Pattern BUYS =
      Pattern.compile(
          "(?<user>@O\\d+@)\\s+(?:[\\w-]+\\s+){0,5}?(?:buy|buys|bought|purchase|purchases|purchased|use|uses|using|"
              + "deploy|deploys|deployed|order|ordered|rent|rents|rented)\\s+"
              + "(?!(?:the\\s+|its\\s+|new\\s+)?(?:funds|money|proceeds|cash|capital|financing)\\b)(?:(?!,\\s+and\\s)[^@.;]|@O\\d+@){0,60}?"
              + "(?:(?<maker>@O\\d+@)'s\\s+|(?<maker2>@O\\d+@)\\s)?"
              + CHIPS);

  /** "OpenAI has agreed to deploy six gigawatts of AMD chips": a maker's chips, unnamed. */
  private static final Pattern BUYS_MAKERS =
      Pattern.compile(
          "(?<user>@O\\d+@),?\\s+(?:[\\w-]+\\s+){0,5}?(?:buy|buys|bought|purchase|purchases|purchased|use|uses|"
              + "deploy|deploys|deployed|order|orders|ordered|rent|rents|rented|adopt|adopts|adopted|"
              + "spend|spends|spent)\\s+"
              + "[^@.;]{0,50}?(?<maker>@O\\d+@)(?:'s)?\\s+(?:(?:AI|custom|[\\w-]+-based|latest|newest)\\s+)?"
              + "(?:chips|GPUs|accelerators|processors|silicon|servers|architecture|platform|systems)\\b");

  /** "SK Hynix, the biggest supplier of high-bandwidth memory to Nvidia". */
  private static final Pattern SUPPLIER_TO =
      Pattern.compile(
          "(?<sup>@O\\d+@),?\\s+(?:is\\s+|was\\s+|remains\\s+|became\\s+)?(?:a|an|the|one of the)\\s+"
              + "(?:[\\w-]+\\s+){0,3}?(?:supplier|suppliers|provider|providers|vendor|vendors)\\s+"
              + "(?:of\\s+[^@.;]{1,40}?\\s+)?(?:to|for)\\s+"
              + OrgRelations.ORGS);

  /** "TSMC is the sole manufacturer of Nvidia's most advanced GPUs". */
  private static final Pattern MAKER_OF =
      Pattern.compile(
          "(?<sup>@O\\d+@),?\\s+(?:is|was|remains|has become|became)\\s+(?:the|a|an|one of the)\\s+"
              + "(?:[\\w-]+\\s+){0,2}?(?:manufacturers?|makers?|suppliers?|producers?|foundry)\\s+(?:of|for)\\s+"
              + OrgRelations.ORGS
              + "'s");

  /** "Humain would be its first customer". */
  private static final Pattern ITS_CUSTOMER =
      Pattern.compile(
          "(?<cust>@O\\d+@)\\s+(?:would be|will be|is|was|became|has become|remains)\\s+"
              + "(?:its|their|the company's)\\s+(?:[\\w-]+\\s+){0,2}?customer\\b");

  /** "the company would buy chips from several suppliers, including Nvidia, AMD and Broadcom". */
  private static final Pattern BUYS_FROM =
      Pattern.compile(
          "(?<user>@O\\d+@|[Tt]he company|\\b[Ii]t)\\s+(?:[\\w-]+\\s+){0,3}?(?:buy|buys|bought|purchase|"
              + "purchases|purchased|source|sources|sourced|order|orders|ordered|procure|procures)\\s+"
              + "[^@.;]{0,30}?\\bfrom\\s+(?:[^@.;]{0,30}?\\b(?:including|such as|like)\\s+)?"
              + OrgRelations.ORGS);

  /** "Anthropic, ..., is the largest user of Trainium chips". */
  private static final Pattern USER_OF =
      Pattern.compile(
          "(?<user>@O\\d+@)(?:,[^;.]{0,80}?,)?\\s+(?:is|was|remains|became|has become)\\s+(?:the|a|an|one of the)\\s+"
              + "(?:[\\w-]+\\s+){0,2}?(?:user|users|buyer|buyers|customer|customers)\\s+of\\s+(?:@O\\d+@'s\\s+)?"
              + CHIPS);

  private static final Pattern OUT_TO =
      Pattern.compile("\\s+(?:[\\w-]+\\s+){0,2}?(?:to|out to)\\s+(?!train|run|power|build|help)");

  /** "Broadcom, led by CEO Hock Tan, counts Google and Meta among its custom-chip customers". */
  private static final Pattern COUNTS_AMONG =
      Pattern.compile(
          "(?<sup>@O\\d+@)(?:,[^;.]{0,60}?,|,\\s+which)?\\s+(?:counts|lists|names|numbers)\\s+"
              + OrgRelations.ORGS
              + "\\s+(?:among|as)\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:customers|clients|buyers|customer|client)\\b");

  private static final Pattern SUPPLIES =
      Pattern.compile(
          "(?<sup>@O\\d+@),?\\s+(?:which\\s+|that\\s+)?(?:already\\s+|also\\s+|now\\s+|will\\s+(?:also\\s+)?)?"
              + "(?:designs|makes|builds|supplies|provides|manufactures|produces|design|make|build|supply|"
              + "provide)\\s+[^@.;]{0,40}?\\bfor\\s+"
              + OrgRelations.ORGS);

  /** "Samsung has signed a $16.5 billion contract to make chips for Tesla". */
  private static final Pattern CONTRACT_FOR =
      Pattern.compile(
          "(?<sup>@O\\d+@)\\s+(?:has\\s+|have\\s+)?(?:signed|won|wins|secured|landed|struck|clinched)\\s+"
              + "[^@;]{0,50}?\\b(?:contract|deal|agreement|order)\\s+to\\s+(?:make|supply|produce|"
              + "manufacture|build|fabricate|provide|design|develop)\\s+[^@.;]{0,40}?\\bfor\\s+"
              + OrgRelations.ORGS);

  private static final Pattern SELLS_TO =
      Pattern.compile(
          "(?<sup>@O\\d+@|[Tt]he company|[Ii]t)\\s+(?:[\\w-]+\\s+){0,2}?(?:supplies|supplying|sells|selling|"
              + "ships|shipping|provides|providing|supply|sell|ship|provide)\\s+[^@.;]{0,50}?\\bto\\s+"
              + OrgRelations.ORGS);
  private static final Pattern TRAINS_ON =
      Pattern.compile(
          "(?<user>@O\\d+@)(?:,[^;.]{0,60}?,)?\\s+(?:is\\s+|are\\s+|has been\\s+)?(?:training|trains|trained|"
              + "running|runs|ran|serving|serves)\\s+[^@.;]{0,50}?\\bon\\s+[^@.;]{0,40}?"
              + CHIPS);
  private static final Pattern COMPETES_FOR =
      Pattern.compile(
          "(?i)\\b(?:compete|competes|competing|competed|vie|vies|vying|battle|battles|fight|fights)\\b"
              + "[^;.]{0,40}?\\bfor\\s+(?:[\\w-]+\\s+)?$");

  /** "Google's TPUs ... are used by Apple and Anthropic". */
  private static final Pattern USED_BY =
      Pattern.compile(
          CHIPS
              + "(?:\\s+(?:chips?|accelerators?|processors?))?,?\\s+(?:[^@.;]{0,40}?\\s)?(?:are|is|were|was|have been|has been)"
              + "\\s+(?:now\\s+|also\\s+|mainly\\s+|already\\s+|widely\\s+)?used\\s+by\\s+"
              + OrgRelations.ORGS
              + "(?!'s)");

  private static final Pattern THE_CHIPS =
      Pattern.compile("(?i)\\bthe (?:chips?|accelerators?)\\b");

  /** "Meta is in talks to use Google's TPUs": a possible purchase, not a customer yet. */
  private static final Pattern TALKS =
      Pattern.compile(
          "(?i)\\b(?:in talks|in discussions|in negotiations|(?:is|are|was|were) (?:considering|weighing|"
              + "exploring)|(?:could|may|might) (?:use|buy|adopt|deploy|order|rent))\\b");

  @Override
  public String id() {
    return "customers";
  }

  @Override
  void emit(
      AnnotatedArticle a, Masked m, Fact f, double conf, List<Mention> used, List<Claim> out) {
    if (!TALKS.matcher(m.text()).find()) {
      super.emit(a, m, f, conf, used, out);
    }
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Matcher x = OF_SUPPLIER.matcher(m.text());
    while (x.find()) {
      String sup = x.group("sup") != null ? x.group("sup") : x.group("sup2");
      Optional<Entity> customer = OrgRelations.subject(coref, m, x);
      Mention supplier = m.mention(sup);
      if (!negated(m, x)
          && customer.isPresent()
          && isOrg(supplier)
          && !customer.get().equals(supplier.entity())) {
        emit(
            a,
            m,
            new Relation(customer.get(), Predicate.CUSTOMER_OF, supplier.entity()),
            0.8,
            List.of(supplier),
            out);
      }
    }
    Matcher ap = APPOSITIVE.matcher(m.text());
    while (ap.find()) {
      Mention cust = m.mention(ap.group("cust"));
      Mention sup = m.mention(ap.group("sup"));
      if (!negated(m, ap) && isOrg(cust) && isOrg(sup) && !cust.entity().equals(sup.entity())) {
        emit(
            a,
            m,
            new Relation(cust.entity(), Predicate.CUSTOMER_OF, sup.entity()),
            0.8,
            List.of(cust, sup),
            out);
      }
    }
    Matcher ia = ITS_APPOSITIVE.matcher(m.text());
    while (ia.find()) {
      Mention cust = m.mention(ia.group("cust"));
      // "China Mobile, one of its customers, ordered ..., Baidu said": the source; else the topic
      Matcher said = SAID_BY.matcher(m.text().substring(ia.end()));
      Entity sup = said.find() ? m.mention(said.group("o")).entity() : a.topic();
      if (!negated(m, ia) && isOrg(cust) && sup != null && !cust.entity().equals(sup)) {
        emit(
            a,
            m,
            new Relation(cust.entity(), Predicate.CUSTOMER_OF, sup),
            0.65,
            List.of(cust),
            out);
      }
    }
    Matcher l = LIST.matcher(m.text());
    while (l.find()) {
      if (COMPETES_FOR.matcher(m.text().substring(0, l.start())).find()) {
        continue; // "competes with TSMC for customers such as Microsoft": sought, not won
      }
      for (Mention c : OrgRelations.orgs(m, l.group("objs"))) {
        listed(a, coref, m, l, c, out);
      }
    }
    Matcher b = BUYS.matcher(m.text());
    while (b.find()) {
      if (m.text().substring(0, b.start()).matches("(?s).*\\b(?:with|and)\\s+$")) {
        continue; // "work with Broadcom to develop and deploy": Broadcom is not the buyer
      }
      if (OUT_TO.matcher(m.text().substring(b.end())).lookingAt()) {
        continue; // "AWS rents Trainium capacity to customers": it lends, it does not use
      }
      Mention user = m.mention(b.group("user"));
      String mk = b.group("maker") != null ? b.group("maker") : b.group("maker2");
      usesChips(a, m, b, user, 0.7, out);
      if (mk != null
          && !negated(m, b)
          && isOrg(user)
          && isOrg(m.mention(mk))
          && !m.mention(mk).entity().equals(user.entity())) {
        emit(
            a,
            m,
            new Relation(user.entity(), Predicate.CUSTOMER_OF, m.mention(mk).entity()),
            0.7,
            List.of(user, m.mention(mk)),
            out);
      }
    }
    Matcher bm = BUYS_MAKERS.matcher(m.text());
    while (bm.find()) {
      Mention user = m.mention(bm.group("user"));
      Mention maker = m.mention(bm.group("maker"));
      if (!negated(m, bm) && isOrg(user) && isOrg(maker) && !maker.entity().equals(user.entity())) {
        emit(
            a,
            m,
            new Relation(user.entity(), Predicate.CUSTOMER_OF, maker.entity()),
            0.7,
            List.of(user, maker),
            out);
      }
    }
    customersOf(a, m, SUPPLIER_TO, 0.75, out);
    Matcher ic = ITS_CUSTOMER.matcher(m.text());
    while (ic.find()) {
      Mention cust = m.mention(ic.group("cust"));
      Optional<Entity> seller =
          m.mentionsIn(m.text().substring(0, ic.start())).stream()
              .filter(o -> isOrg(o) && !o.entity().equals(cust.entity()))
              .map(Mention::entity)
              .findFirst();
      if (!negated(m, ic) && isOrg(cust) && seller.isPresent()) {
        emit(
            a,
            m,
            new Relation(cust.entity(), Predicate.CUSTOMER_OF, seller.get()),
            0.7,
            List.of(cust),
            out);
      }
    }
    Matcher bf = BUYS_FROM.matcher(m.text());
    while (bf.find()) {
      Optional<Entity> user =
          bf.group("user").startsWith("@")
              ? Optional.of(m.mention(bf.group("user")).entity())
              : coref.organization(m.sentence(), m.originalOffset(bf.start()));
      for (Mention c : OrgRelations.orgs(m, bf.group("objs"))) {
        if (!negated(m, bf)
            && user.isPresent()
            && user.get().type().isOrganization()
            && !c.entity().equals(user.get())) {
          emit(
              a,
              m,
              new Relation(user.get(), Predicate.CUSTOMER_OF, c.entity()),
              0.7,
              List.of(c),
              out);
        }
      }
    }
    customersOf(a, m, COUNTS_AMONG, 0.8, out);
    Matcher uo = USER_OF.matcher(m.text());
    while (uo.find()) {
      Mention user = m.mention(uo.group("user"));
      usesChips(a, m, uo, user, 0.75, out);
    }
    customersOf(a, m, CONTRACT_FOR, 0.75, out);
    customersOf(a, m, SUPPLIES, 0.7, out);
    customersOf(a, m, MAKER_OF, 0.75, out);
    Matcher st = SELLS_TO.matcher(m.text());
    while (st.find()) {
      Optional<Entity> sup =
          st.group("sup").startsWith("@")
              ? Optional.of(m.mention(st.group("sup")).entity())
              : coref.organization(m.sentence(), m.originalOffset(st.start()));
      for (Mention c : OrgRelations.orgs(m, st.group("objs"))) {
        if (!negated(m, st)
            && sup.isPresent()
            && sup.get().type().isOrganization()
            && !c.entity().equals(sup.get())) {
          emit(
              a,
              m,
              new Relation(c.entity(), Predicate.CUSTOMER_OF, sup.get()),
              0.7,
              List.of(c),
              out);
        }
      }
    }
    Matcher tr = TRAINS_ON.matcher(m.text());
    while (tr.find()) {
      Mention user = m.mention(tr.group("user"));
      usesChips(a, m, tr, user, 0.7, out);
    }
    for (Pattern p : List.of(USES, USED_BY)) {
      Matcher u = p.matcher(m.text());
      while (u.find()) {
        for (Mention user : OrgRelations.orgs(m, u.group("objs"))) {
          usesChips(a, m, u, user, 0.75, out);
        }
      }
    }
  }

  /** The user uses each chip in group "chips" of the match. */
  private void usesChips(
      AnnotatedArticle a, Masked m, Matcher x, Mention user, double confidence, List<Claim> out) {
    for (Mention chip : m.mentionsIn(x.group("chips"))) {
      if (!negated(m, x) && isOrg(user) && isChip(chip.entity())) {
        emit(
            a,
            m,
            new Relation(user.entity(), Predicate.USES_CHIP, chip.entity()),
            confidence,
            List.of(user, chip),
            out);
      }
    }
  }

  /** Each organization in group "objs" is a customer of the one in group "sup". */
  private void customersOf(
      AnnotatedArticle a, Masked m, Pattern p, double confidence, List<Claim> out) {
    Matcher x = p.matcher(m.text());
    while (x.find()) {
      Mention sup = m.mention(x.group("sup"));
      for (Mention c : OrgRelations.orgs(m, x.group("objs"))) {
        if (!negated(m, x) && isOrg(sup) && !c.entity().equals(sup.entity())) {
          emit(
              a,
              m,
              new Relation(c.entity(), Predicate.CUSTOMER_OF, sup.entity()),
              confidence,
              List.of(c, sup),
              out);
        }
      }
    }
  }

  private void listed(
      AnnotatedArticle a, Coreference coref, Masked m, Matcher l, Mention c, List<Claim> out) {
    if (l.group("sup") != null) {
      Mention sup = m.mention(l.group("sup"));
      if (isOrg(sup) && !sup.entity().equals(c.entity())) {
        emit(
            a,
            m,
            new Relation(c.entity(), Predicate.CUSTOMER_OF, sup.entity()),
            0.8,
            List.of(c, sup),
            out);
      }
      return;
    }
    Matcher chips = THE_CHIPS.matcher(m.text());
    int at = m.originalOffset(l.start());
    Optional<Entity> chip = chips.find() ? coref.salientChip(m.sentence()) : Optional.empty();
    if (chip.isPresent()) {
      emit(a, m, new Relation(c.entity(), Predicate.USES_CHIP, chip.get()), 0.65, List.of(c), out);
      return;
    }
    m.mentionsIn(m.text().substring(0, l.start())).stream()
        .filter(x -> x.entity().type() == org.chipkg.model.EntityType.COMPANY)
        .filter(x -> !Coreference.afterPreposition(m.sentence(), x))
        .map(Mention::entity)
        .findFirst()
        .or(() -> Optional.ofNullable(a.topic()))
        .or(() -> coref.organization(m.sentence(), at))
        .filter(s -> !s.equals(c.entity()))
        .ifPresent(
            s ->
                emit(
                    a,
                    m,
                    new Relation(c.entity(), Predicate.CUSTOMER_OF, s),
                    0.6,
                    List.of(c),
                    out));
  }
}
