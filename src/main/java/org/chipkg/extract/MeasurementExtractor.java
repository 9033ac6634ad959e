package org.chipkg.extract;

import static org.chipkg.extract.MeasurementPatterns.ANALYSTS_EXPECTED;
import static org.chipkg.extract.MeasurementPatterns.ANAPHOR;
import static org.chipkg.extract.MeasurementPatterns.APPROX;
import static org.chipkg.extract.MeasurementPatterns.AT_LEAST;
import static org.chipkg.extract.MeasurementPatterns.AT_MOST;
import static org.chipkg.extract.MeasurementPatterns.CHANGE_BY;
import static org.chipkg.extract.MeasurementPatterns.CLAUSE;
import static org.chipkg.extract.MeasurementPatterns.CLAUSE_BREAK;
import static org.chipkg.extract.MeasurementPatterns.COMPARISON;
import static org.chipkg.extract.MeasurementPatterns.EARLIER_PERIOD_AFTER;
import static org.chipkg.extract.MeasurementPatterns.EARLIER_PERIOD_BEFORE;
import static org.chipkg.extract.MeasurementPatterns.FOR_AFTER;
import static org.chipkg.extract.MeasurementPatterns.FROM_BEFORE;
import static org.chipkg.extract.MeasurementPatterns.HYPOTHETICAL;
import static org.chipkg.extract.MeasurementPatterns.INVESTOR_AFTER;
import static org.chipkg.extract.MeasurementPatterns.INVESTOR_BEFORE;
import static org.chipkg.extract.MeasurementPatterns.IN_YEAR_AFTER;
import static org.chipkg.extract.MeasurementPatterns.MAIN_SUBJECT;
import static org.chipkg.extract.MeasurementPatterns.MARKET_WORTH;
import static org.chipkg.extract.MeasurementPatterns.NOT_OWN_AFTER;
import static org.chipkg.extract.MeasurementPatterns.NOT_OWN_BEFORE;
import static org.chipkg.extract.MeasurementPatterns.OTHER_NOUN;
import static org.chipkg.extract.MeasurementPatterns.OWN_RESULTS;
import static org.chipkg.extract.MeasurementPatterns.PROJECTED;
import static org.chipkg.extract.MeasurementPatterns.PRONOUN_SUBJECT;
import static org.chipkg.extract.MeasurementPatterns.RANGE;
import static org.chipkg.extract.MeasurementPatterns.RELATIVE;
import static org.chipkg.extract.MeasurementPatterns.REPLACED_BEFORE;
import static org.chipkg.extract.MeasurementPatterns.SAME_CLAUSE;
import static org.chipkg.extract.MeasurementPatterns.STRONG_BEFORE;
import static org.chipkg.extract.MeasurementPatterns.TO_VERB;
import static org.chipkg.extract.MeasurementPatterns.UNKNOWN_HEAD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Measurement;
import org.chipkg.model.Mention;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;
import org.chipkg.text.Sentence;

/**
 * Figures: revenue run rates, annual and quarterly revenue, market opportunities, valuations,
 * funding, deals, investment and capital expenditure, with approximation ("approximately", "more
 * than"), modality ("if ... would" is hypothetical, "expected" projected) and the entity measured.
 * "akin to Intel's annual revenue" states Intel's revenue at about the amount. An amount whose
 * subject is only guessed takes the subject the article gives the same figure elsewhere.
 */
public final class MeasurementExtractor implements Extractor {
  private record Candidate(
      Sentence s, Masked m, Entity subject, boolean strong, Measurement value, List<Mention> used) {
    Candidate with(Measurement v) {
      return new Candidate(s, m, subject, strong, v, used);
    }
  }

  @Override
  public String id() {
    return "metrics";
  }

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    Coreference coref = new Coreference(a);
    List<Candidate> found = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (!s.isQuestion() && s.span().length() <= SentenceExtractor.MAX_SENTENCE) {
        sentence(coref, new Masked(s), found);
      }
    }
    Map<String, Entity> strong = new HashMap<>();
    for (Candidate c : found) {
      if (c.strong()) {
        strong.putIfAbsent(
            c.value().measure() + " " + c.value().value().toPlainString(), c.subject());
      }
    }
    List<Claim> out = new ArrayList<>();
    java.util.Set<String> specific = new java.util.HashSet<>();
    for (Candidate c : found) {
      if (!c.value().measure().equals("Revenue")) {
        specific.add(c.value().value().toPlainString() + " " + c.value().currency());
      }
    }
    for (Candidate c : found) {
      if (c.value().measure().equals("Revenue")
          && specific.contains(c.value().value().toPlainString() + " " + c.value().currency())) {
        continue; // the same figure stated elsewhere in the article with a more specific measure
      }
      Measurement v = c.value();
      Entity subject =
          c.strong()
              ? c.subject()
              : strong.getOrDefault(v.measure() + " " + v.value().toPlainString(), c.subject());
      out.add(
          Evidence.claim(
              a, c.s(), v.withSubject(subject), id(), c.strong() ? 0.85 : 0.6, c.used()));
    }
    return out;
  }

  private void sentence(Coreference coref, Masked m, List<Candidate> found) {
    String t = m.text();
    String lastMeasure = null;
    int lastEnd = -1000;
    Entity lastSubject = null;
    String lastModality = null;
    for (Equivalents.Figure fig : Equivalents.find(t)) {
      Money.Amount amt = fig.amount();
      String before = t.substring(0, amt.start());
      String after = t.substring(amt.end());
      if (CHANGE_BY.matcher(before).find()
          || NOT_OWN_BEFORE.matcher(before).find()
          || NOT_OWN_AFTER.matcher(after).find()
          || ANALYSTS_EXPECTED.matcher(before).find()
          || (EARLIER_PERIOD_BEFORE.matcher(before).find()
              && EARLIER_PERIOD_AFTER.matcher(after).find())
          || (FROM_BEFORE.matcher(before).find() && IN_YEAR_AFTER.matcher(after).find())
          || REPLACED_BEFORE.matcher(before).find()) {
        continue;
      }
      int clauseStart = lastClauseStart(before);
      String measure = Measures.of(before.substring(clauseStart), after);
      Matcher cmp = COMPARISON.matcher(after);
      if (cmp.find() && cmp.start() < 60) {
        String o = cmp.group("o1") != null ? cmp.group("o1") : cmp.group("o2");
        if (o != null) {
          Mention org = m.mention(o);
          add(
              found,
              m,
              org.entity(),
              true,
              "AnnualRevenue",
              amt,
              "Approximately",
              "Actual",
              List.of(org));
        }
      }
      boolean inherited = false;
      if (measure == null
          && lastMeasure != null
          && (clauseStart > 0 || amt.start() - lastEnd <= 40)) {
        // "revenue of $12.8 billion to $13.8 billion for the current quarter": the words after
        // the second amount may make the measure quarterly
        measure = Measures.refine(lastMeasure, before.substring(clauseStart), after);
        inherited = true;
      }
      if (measure == null || MARKET_WORTH.matcher(before.substring(clauseStart)).find()) {
        continue;
      }
      boolean strong = true;
      Optional<Entity> subject = strongSubject(coref, m, before.substring(clauseStart), after, amt);
      if (subject.isEmpty() && clauseStart > 0 && lastSubject != null) {
        subject = Optional.of(lastSubject);
      }
      if (subject.isEmpty() && UNKNOWN_HEAD.matcher(before).find()) {
        continue; // "Lightmatter, which was valued at" about a name nobody typed: not a neighbour's
      }
      if (subject.isEmpty()) {
        strong = false;
        subject = weakSubject(coref, m, before, after, amt, measure);
      }
      if (subject.isEmpty()) {
        continue;
      }
      int scopeStart = Math.max(clauseStart, amt.start() - 80);
      Matcher rel = RELATIVE.matcher(before);
      while (rel.find()) {
        scopeStart = Math.max(scopeStart, rel.start());
      }
      String scope = t.substring(scopeStart, amt.end()) + tail(after);
      String around =
          t.substring(Math.max(0, amt.start() - 200), Math.min(t.length(), amt.end() + 30));
      String modality =
          HYPOTHETICAL.matcher(around).find() && clauseStart == 0
              ? "Hypothetical"
              : PROJECTED.matcher(scope).find() || TO_VERB.matcher(before).find()
                  ? "Projected"
                  : "Actual";
      if ("Actual".equals(modality)
          && lastModality != null
          && !"Actual".equals(lastModality)
          && lastEnd >= 0
          && SAME_CLAUSE.matcher(t.substring(lastEnd, amt.start())).find()) {
        modality = lastModality; // "expects X of $6.2 billion and total revenue of $17.4 billion"
      }
      String approx = approximation(before);
      if (fig.approximate() && approx.equals("Exact")) {
        approx = "Approximately"; // "₹91,000 crore (about $11 billion)"
      }
      if (lastEnd >= 0
          && RANGE.matcher(t.substring(lastEnd, amt.start())).matches()
          && (measure.equals(lastMeasure) || inherited)) {
        // "$70 billion to $72 billion": the first bound is a floor, the second a ceiling.
        Candidate low = found.remove(found.size() - 1);
        Measurement v = low.value();
        add(
            found,
            m,
            v.subject(),
            low.strong(),
            measure,
            new Money.Amount(0, 0, v.value(), v.currency()),
            "AtLeast",
            v.modality(),
            low.used());
        approx = "AtMost";
        modality = v.modality();
      }
      add(found, m, subject.get(), strong, measure, amt, approx, modality, m.mentionsIn(t));
      if (fig.original() != null) {
        // "NT$560.3 billion (US$17.1 billion)": one figure, with the amount as first written
        Candidate c = found.get(found.size() - 1);
        Money.Amount o = fig.original();
        found.set(
            found.size() - 1,
            c.with(c.value().withOriginal(new Measurement.Original(o.value(), o.currency()))));
      }
      lastEnd = amt.end();
      lastMeasure = measure;
      lastSubject = subject.get();
      lastModality = modality;
    }
  }

  /**
   * The words after an amount up to the end of its clause ("$20 billion and could ..." stops at
   * "and").
   */
  private static String tail(String after) {
    String s = after.length() > 40 ? after.substring(0, 40) : after;
    java.util.regex.Matcher stop =
        java.util.regex.Pattern.compile(",|;|\\sand\\s|\\sbut\\s").matcher(s);
    return stop.find() ? s.substring(0, stop.start()) : s;
  }

  private static int lastClauseStart(String before) {
    Matcher c = CLAUSE.matcher(before);
    int at = 0;
    while (c.find()) {
      at = c.start();
    }
    return at;
  }

  private static Optional<Entity> strongSubject(
      Coreference coref, Masked m, String before, String after, Money.Amount amt) {
    Matcher rel = MAIN_SUBJECT.matcher(before);
    if (rel.find()) {
      Mention o = m.mention(rel.group("o"));
      if (o.entity().type().isOrganization()) {
        return Optional.of(o.entity()); // "MediaTek, which works with Google, reported revenue of"
      }
    }
    Matcher ia = INVESTOR_AFTER.matcher(after);
    if (ia.find()) {
      Mention o = m.mention(ia.group("o"));
      if (o.entity().type().isOrganization()) {
        return Optional.of(o.entity()); // "a $2 billion investment by SoftBank Group"
      }
    }
    Matcher inv = INVESTOR_BEFORE.matcher(before);
    if (inv.find()) {
      Mention o = m.mention(inv.group("o"));
      if (o.entity().type().isOrganization()) {
        return Optional.of(o.entity()); // "in which Amazon has invested $8 billion"
      }
    }
    Matcher b =
        STRONG_BEFORE.matcher(
            before.length() > 120 ? before.substring(before.length() - 120) : before);
    if (b.find() && !OTHER_NOUN.matcher(b.group()).find()) {
      Mention o = m.mention(b.group("o"));
      if (o.entity().type().isOrganization()) {
        return Optional.of(o.entity());
      }
    }
    Matcher f = FOR_AFTER.matcher(after);
    if (f.find()) {
      if (f.group("o").startsWith("@")) {
        Mention o = m.mention(f.group("o"));
        return o.entity().type().isOrganization() ? Optional.of(o.entity()) : Optional.empty();
      }
      return coref.organization(m.sentence(), m.originalOffset(amt.end()));
    }
    return Optional.empty();
  }

  private static Optional<Entity> weakSubject(
      Coreference coref, Masked m, String before, String after, Money.Amount amt, String measure) {
    Matcher brk = CLAUSE_BREAK.matcher(before);
    int from = 0;
    while (brk.find()) {
      from = brk.end();
    }
    if (from > 0
        && PRONOUN_SUBJECT.matcher(m.text()).find()
        && m.mentionsIn(before.substring(from)).isEmpty()) {
      return coref.organization(m.sentence(), m.sentence().span().begin());
    }
    for (Mention o : m.mentionsIn(before.substring(from))) {
      if (o.entity().type().isOrganization()
          && !OrgRelations.modifier(m, o)
          && !OrgRelations.source(m, o)) {
        return Optional.of(o.entity());
      }
    }
    for (Mention o : m.mentionsIn(before)) {
      if (o.entity().type().isOrganization()
          && !OrgRelations.modifier(m, o)
          && !OrgRelations.source(m, o)) {
        return Optional.of(o.entity());
      }
    }
    // Only a sentence that refers back ("it", "the company") takes its subject from earlier ones.
    Optional<Entity> c =
        ANAPHOR.matcher(m.text()).find() || OWN_RESULTS.contains(measure)
            ? coref.organization(m.sentence(), m.sentence().span().begin())
            : Optional.empty();
    if (c.isPresent()) {
      return c;
    }
    // "was sold to SoftBank Group for $600 million": an object after the figure is no subject
    return m.mentionsIn(after).stream()
        .filter(o -> o.entity().type().isOrganization())
        .filter(o -> !Coreference.afterPreposition(m.sentence(), o))
        .map(Mention::entity)
        .findFirst();
  }

  private static String approximation(String before) {
    String tail = before.length() > 30 ? before.substring(before.length() - 30) : before;
    if (APPROX.matcher(tail).find()) {
      return "Approximately";
    }
    if (AT_LEAST.matcher(tail).find()) {
      return "AtLeast";
    }
    return AT_MOST.matcher(tail).find() ? "AtMost" : "Exact";
  }

  private static void add(
      List<Candidate> found,
      Masked m,
      Entity subject,
      boolean strong,
      String measure,
      Money.Amount amt,
      String approx,
      String modality,
      List<Mention> used) {
    Measurement v =
        new Measurement(subject, measure, amt.value(), amt.currency(), approx, modality, null);
    found.add(new Candidate(m.sentence(), m, subject, strong, v, used));
  }
}
