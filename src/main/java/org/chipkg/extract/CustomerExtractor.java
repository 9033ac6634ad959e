package org.chipkg.extract;

import static org.chipkg.extract.CustomerPatterns.APPOSITIVE;
import static org.chipkg.extract.CustomerPatterns.BUYS;
import static org.chipkg.extract.CustomerPatterns.BUYS_FROM;
import static org.chipkg.extract.CustomerPatterns.BUYS_MAKERS;
import static org.chipkg.extract.CustomerPatterns.COMPETES_FOR;
import static org.chipkg.extract.CustomerPatterns.ITS_APPOSITIVE;
import static org.chipkg.extract.CustomerPatterns.ITS_CUSTOMER;
import static org.chipkg.extract.CustomerPatterns.LIST;
import static org.chipkg.extract.CustomerPatterns.OF_SUPPLIER;
import static org.chipkg.extract.CustomerPatterns.OUT_TO;
import static org.chipkg.extract.CustomerPatterns.RENTS;
import static org.chipkg.extract.CustomerPatterns.SAID_BY;
import static org.chipkg.extract.CustomerPatterns.SELLS_TO;
import static org.chipkg.extract.CustomerPatterns.TALKS;
import static org.chipkg.extract.CustomerPatterns.THE_CHIPS;
import static org.chipkg.extract.CustomerPatterns.TRAINS_ON;
import static org.chipkg.extract.CustomerPatterns.USED_BY;
import static org.chipkg.extract.CustomerPatterns.USER_OF;
import static org.chipkg.extract.CustomerPatterns.USES;

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
 * Customers and chip users: "Nvidia ... became TSMC's biggest customer", "X's customers include Y",
 * "Customers such as Anthropic have praised the chips", "Y uses Trainium".
 */
public final class CustomerExtractor extends SentenceExtractor {
  @Override
  public String id() {
    return "customers";
  }

  /** Every reading cites a name of the sentence. */
  @Override
  String slots() {
    return "OCPM";
  }

  @Override
  Pattern unsure() {
    return TALKS;
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
      String mk = b.group("maker") != null ? b.group("maker") : b.group("maker2");
      if (mk == null
          && RENTS.matcher(b.group()).find()
          && OUT_TO.matcher(m.text().substring(b.end())).lookingAt()) {
        continue; // "AWS rents Trainium capacity to customers": it lends its own, it does not use
      }
      Mention user = m.mention(b.group("user"));
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
    customersOf(a, coref, m, CustomerPatterns.SUPPLIER_TO_CUED, 0.75, out);
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
    for (Pattern from :
        List.of(BUYS_FROM, CustomerPatterns.DEALS_WITH, BuyerPatterns.SUPPLIERS_INCLUDE)) {
      buysFrom(a, coref, m, from.matcher(m.text()), out);
    }
    customersOf(a, coref, m, CustomerPatterns.COUNTS_AMONG_CUED, 0.8, out);
    areCustomers(a, coref, m, out);
    Matcher uo = USER_OF.matcher(m.text());
    while (uo.find()) {
      Mention user = m.mention(uo.group("user"));
      usesChips(a, m, uo, user, 0.75, out);
    }
    customersOf(a, coref, m, CustomerPatterns.CONTRACT_FOR_CUED, 0.75, out);
    customersOf(a, coref, m, CustomerPatterns.SUPPLIES_CUED, 0.7, out);
    ClientPatterns.ALL.forEach(p -> customersOf(a, coref, m, p, 0.7, out));
    customersOf(a, coref, m, CustomerPatterns.MAKER_OF_CUED, 0.75, out);
    customersOf(a, coref, m, CustomerPatterns.OWNERS_CUSTOMER_IS_CUED, 0.75, out);
    customersOf(a, coref, m, CustomerPatterns.USES_AS_CUED, 0.75, out);
    Matcher st = SELLS_TO.matcher(m.text());
    while (st.find()) {
      relate(a, m, st, party(coref, m, st, "sup"), false, 0.7, out);
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

  /** The user (group "user", or what "it" refers to) buys from each organization of "objs". */
  private void buysFrom(
      AnnotatedArticle a, Coreference coref, Masked m, Matcher bf, List<Claim> out) {
    while (bf.find()) {
      relate(a, m, bf, party(coref, m, bf, "user"), true, 0.7, out);
    }
  }

  /** The organization a group names, or what "it" at the match refers to. */
  private static Optional<Entity> party(Coreference coref, Masked m, Matcher x, String group) {
    return x.group(group).startsWith("@")
        ? Optional.of(m.mention(x.group(group)).entity())
        : coref.organization(m.sentence(), m.originalOffset(x.start()));
  }

  /**
   * Each organization of group "objs" is a customer of {@code party} or, when {@code buyer}, its
   * supplier.
   */
  private void relate(
      AnnotatedArticle a,
      Masked m,
      Matcher x,
      Optional<Entity> party,
      boolean buyer,
      double confidence,
      List<Claim> out) {
    for (Mention c : OrgRelations.orgs(m, x.group("objs"))) {
      if (!negated(m, x)
          && party.isPresent()
          && party.get().type().isOrganization()
          && !c.entity().equals(party.get())) {
        Relation r =
            buyer
                ? new Relation(party.get(), Predicate.CUSTOMER_OF, c.entity())
                : new Relation(c.entity(), Predicate.CUSTOMER_OF, party.get());
        emit(a, m, r, confidence, List.of(c), out);
      }
    }
  }

  /**
   * "OpenAI and Anthropic are newer customers": of the possessor, else of the company the
   * paragraph's last sentence opening with one is about.
   */
  private void areCustomers(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Matcher x = CustomerPatterns.ARE_CUSTOMERS.matcher(m.text());
    while (x.find()) {
      Optional<Entity> sup =
          x.group("sup") != null
              ? Optional.of(m.mention(x.group("sup")).entity())
              : coref
                  .openingSubject(m.sentence())
                  .or(() -> coref.organization(m.sentence(), m.originalOffset(x.start())));
      relate(a, m, x, sup, false, 0.75, out);
    }
  }

  /** Each organization in group "objs" is a customer of the one in group "sup". */
  private void customersOf(
      AnnotatedArticle a, Coreference coref, Masked m, Cued p, double confidence, List<Claim> out) {
    Matcher x = p.matcher(m.text());
    while (x.find()) {
      Optional<Entity> sup = ClientPatterns.maker(coref, m, x);
      for (Mention c : OrgRelations.orgs(m, x.group("objs"))) {
        if (!negated(m, x) && sup.isPresent() && !c.entity().equals(sup.get())) {
          List<Mention> used = new java.util.ArrayList<>(List.of(c));
          if (x.group("sup") != null && x.group("sup").startsWith("@")) {
            used.add(m.mention(x.group("sup")));
          }
          emit(
              a,
              m,
              new Relation(c.entity(), Predicate.CUSTOMER_OF, sup.get()),
              confidence,
              used,
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
