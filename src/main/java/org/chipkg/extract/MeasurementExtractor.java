package org.chipkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern APPROX =
      Pattern.compile(
          "(?i)(?:~|\\b(?:approximately|about|around|roughly|nearly|almost|some|an estimated|estimated at|close to|circa|"
              + "approaching)\\s*)\\s*$");
  private static final Pattern AT_LEAST =
      Pattern.compile(
          "(?i)\\b(?:more than|over|at least|upwards of|in excess of|exceeding|north of|topped|tops|"
              + "surpassed|surpasses|exceeded|exceeds|crossed|passed)\\s*$");
  private static final Pattern AT_MOST =
      Pattern.compile(
          "(?i)\\b(?:less than|under|up to|at most|no more than|below|as much as|as high as)\\s*$");
  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "(?i)\\bif\\b.*\\b(?:would|could|were|was)\\b|\\b(?:would|could)\\b.*\\bif\\b");
  private static final Pattern PROJECTED =
      Pattern.compile(
          "(?i)\\b(?:expected|expects?|projected|projects|forecasts?|will|would|could|potential|potentially|"
              + "target|aims?|estimated|estimates?|predicts?|predicted|anticipates?|anticipated|"
              + "guidance|outlook|plans?|(?-i:may)|might|hopes?|talks|considering|weighing|sees|committed to|"
              + "commits to|pledged to|intends to|to spend|"
              + "next (?:quarter|year|fiscal year))\\b");

  /** ", whose revenue is": a relative clause has a modality of its own. */
  private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:whose|which|who|where)\\b");

  /** A relative clause about a capitalised name that is no known entity, up to the amount. */
  private static final Pattern UNKNOWN_HEAD =
      Pattern.compile("\\b\\p{Lu}[\\w&-]+,\\s+(?:which|that)\\s+[^,@;]{0,60}$");

  /** "could fall by $20 billion", "rose by $3 billion": a change, not the figure itself. */
  private static final Pattern CHANGE_BY =
      Pattern.compile(
          "(?i)\\b(?:fall|falls|fell|drop|drops|dropped|decline|declines|declined|rise|rises|rose|grow|"
              + "grows|grew|increase|increases|increased|jump|jumps|jumped|climb|climbs|climbed|"
              + "lose|loses|lost|shed|sheds|gain|gains|gained|shrink|shrank|swell|swelled|cut)\\s+by\\s+"
              + "(?:about\\s+|roughly\\s+|nearly\\s+|almost\\s+|more than\\s+|some\\s+|as much as\\s+)?$"
              + "|(?i)\\bplus or minus\\s+$|±\\s*$");

  /**
   * "a loss of $1.88 billion", "analysts' average estimate of $11.9 billion", "the $15.84 billion
   * expected by analysts": a loss or someone else's forecast, not the company's figure.
   */
  private static final Pattern NOT_OWN_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:net |operating )?loss(?:es)? of|(?:analysts?'?|consensus|wall street|lseg|"
              + "factset)[^$@;]{0,40}\\b(?:estimates?|expectations?|forecasts?|projections?)"
              + "(?: of| for)?|(?:estimates?|expectations?) (?:of|for) analysts[^$@;]{0,30})\\s*$");

  /** "Analysts had expected a profit of NT$415.4 billion". */
  private static final Pattern ANALYSTS_EXPECTED =
      Pattern.compile(
          "(?i)\\b(?:analysts?|economists|wall street|investors)\\s+(?:had\\s+|have\\s+|on average\\s+)?"
              + "(?:expected|estimated|forecast|projected|predicted|anticipated|were expecting)\\b[^$@;]{0,40}$");

  /** "compared with NT$325.3 billion a year earlier": the figure of an earlier period. */
  private static final Pattern EARLIER_PERIOD_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:compared (?:with|to)|versus|vs\\.?|from|up from|down from)\\s+"
              // "compared with net income of $20 million a year earlier"
              + "|(?:compared (?:with|to)|versus)\\s+(?:a\\s+)?(?:net\\s+)?(?:income|profit|loss|revenue|sales)"
              + "\\s+of\\s+)(?:about\\s+|roughly\\s+|nearly\\s+)?$");

  private static final Pattern EARLIER_PERIOD_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:in\\s+)?(?:a year (?:earlier|ago|before)|the year-(?:earlier|ago) (?:period|quarter)|"
              + "(?:in )?the same (?:period|quarter) (?:a year (?:earlier|ago)|last year)|the previous year|last year|"
              // "compared with $11.32 billion in the prior quarter"
              + "(?:in )?the (?:prior|previous|preceding) (?:quarter|period|fiscal year))");

  /**
   * "at a valuation of $3.2 billion, down from the $4.1 billion at which", "raising the plan to $20
   * billion, from $18 billion": the figure it replaced.
   */
  private static final Pattern REPLACED_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:up|down)\\s+from|,\\s+from)\\s+(?:the\\s+)?(?:about\\s+|roughly\\s+|nearly\\s+|"
              + "more than\\s+|over\\s+)?$");

  /** "has fallen to about $110 billion from more than $250 billion in 2021": the old figure. */
  private static final Pattern FROM_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:up |down )?from\\s+(?:about\\s+|roughly\\s+|nearly\\s+|more than\\s+|over\\s+)?$");

  private static final Pattern IN_YEAR_AFTER =
      Pattern.compile("^\\s*in\\s+(?:fiscal\\s+)?20\\d\\d\\b");

  private static final Pattern NOT_OWN_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:(?:expected|estimated|forecast|projected|predicted)\\s+by\\s+(?:analysts|wall street)"
              // "net income of $43.2 billion, or $1.76 per share": a per-share amount
              + "|(?:per|a)\\s+(?:diluted\\s+|basic\\s+)?share\\b)");

  /** "China's AI chip market could be worth $50 billion": the market's figure, not its owner's. */
  private static final Pattern MARKET_WORTH =
      Pattern.compile(
          "(?i)\\bmarket\\s+(?:is|was|could|would|will|may|might|to)?\\s*(?:be\\s+)?"
              + "(?:(?:expected|projected|forecast|set|estimated|likely)\\s+to\\s+(?:be\\s+)?)?"
              + "(?:worth|valued at|reach|top|exceed|hit|grow to|total)[^$@;]{0,25}$");

  /** "It is backed by X and Y, and raised $Z": the pronoun subject owns the coordinated verb. */
  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "^(?:It|The (?:company|startup|firm|chipmaker|group))\\s+(?:is|was|has|had|also)\\b");

  /** Text between two figures that continues the first's clause: "X in Q4 and total revenue of". */
  private static final Pattern SAME_CLAUSE =
      Pattern.compile(
          "(?i)^(?![^;]*\\b(?:was|were|rose|fell|reported|posted|had|grew|jumped|climbed|said|"
              + "declined|increased)\\b)[^;]{0,60}\\band\\b[^;]{0,40}$");

  private static final Pattern COMPARISON =
      Pattern.compile(
          "(?i)\\b(?:akin to|the size of|matches|match|comparable to|equal to|on par with|similar to|"
              + "equivalent to|as much as)\\s+(?:the\\s+)?(?:entire\\s+)?(?:(?<o1>@O\\d+@)'s\\s+"
              + "(?:entire\\s+)?)?(?:annual\\s+|yearly\\s+)?revenue(?:\\s+of\\s+(?:[\\w\\s-]{0,25}?like\\s+)?(?<o2>@O\\d+@))?");
  private static final Pattern STRONG_BEFORE =
      Pattern.compile("(?<o>@O\\d+@)(?:'s|,\\s+(?:which|that)\\s+\\w+|,\\s+with)(?:[^@;]{0,80})$");

  /** A sentence-initial company, a relative clause about it, then its own verb and figure. */
  private static final Pattern MAIN_SUBJECT =
      Pattern.compile(
          "^(?<o>@O\\d+@),\\s+(?:which|that|who)\\b[^;]*?,\\s+(?:has\\s+|had\\s+|also\\s+)?(?:reported|posted|said|generated|recorded|"
              + "had|saw|expects|forecast|booked|raised)\\b[^@;]*$");

  /** "a $2 billion investment by SoftBank Group": the investor named after it owns the figure. */
  private static final Pattern INVESTOR_AFTER =
      Pattern.compile(
          "^\\s*(?:[\\w-]+\\s+){0,2}?(?:investment|stake|capital injection)\\s+"
              + "(?:from|by)\\s+(?<o>@O\\d+@)");

  /** "Nvidia to invest $5 billion": a plan, as a headline writes it. */
  private static final Pattern TO_VERB =
      Pattern.compile(
          "@O\\d+@\\s+to\\s+(?:invest|buy|acquire|spend|raise|pay)\\s+(?:about\\s+|up to\\s+)?$");

  /** "the startup in which Amazon has invested $8 billion": the investor owns the figure. */
  private static final Pattern INVESTOR_BEFORE =
      Pattern.compile(
          "(?<o>@O\\d+@)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:already\\s+)?(?:invested|committed|pledged|poured)"
              + "\\s+(?:about\\s+|roughly\\s+|nearly\\s+|up to\\s+|more than\\s+|a total of\\s+)?$");

  private static final Pattern OTHER_NOUN =
      Pattern.compile("(?i)\\b(?:revenue|run rate|sales|valuation|income|profit)\\b[^$]*,");
  private static final Pattern FOR_AFTER =
      Pattern.compile("^(?:(?!\\bto\\s)[^@;]){0,40}?\\bfor\\s+(?<o>@O\\d+@|the company)");
  private static final Pattern RANGE = Pattern.compile("\\s*(?:to|-|–|and)\\s*");
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?i);|\\bcompared (?:with|to)\\b|\\bversus\\b|\\bup from\\b|\\bdown from\\b");

  private record Candidate(
      Sentence s,
      Masked m,
      Entity subject,
      boolean strong,
      Measurement value,
      List<Mention> used) {}

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
      Measurement fixed =
          new Measurement(
              subject, v.measure(), v.value(), v.currency(), v.approximation(), v.modality(), null);
      out.add(Evidence.claim(a, c.s(), fixed, id(), c.strong() ? 0.85 : 0.6, c.used()));
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
      if (fig.original() != null) {
        // "NT$560.3 billion (US$17.1 billion)": the figure as first written too
        String own = Measures.of(before.substring(clauseStart), t.substring(fig.original().end()));
        add(
            found,
            m,
            subject.get(),
            strong,
            own != null ? own : measure,
            fig.original(),
            approximation(before),
            modality,
            m.mentionsIn(t));
      }
      add(found, m, subject.get(), strong, measure, amt, approx, modality, m.mentionsIn(t));
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

  /** Figures a company reports about itself; "Net income rose to $X" continues the last company. */
  private static final java.util.Set<String> OWN_RESULTS =
      java.util.Set.of(
          "Revenue",
          "QuarterlyRevenue",
          "AnnualRevenue",
          "RevenueRunRate",
          "NetIncome",
          "QuarterlyNetIncome",
          "OperatingIncome",
          "CapitalExpenditure");

  private static final Pattern ANAPHOR =
      Pattern.compile(
          "(?i)\\b(?:it|its|their|they|the company|the firm|the group|the chipmaker|the cloud giant|"
              + "the chips business|the chip business|the business)\\b");
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(",\\s+(?:while|whereas|but|and)\\s|;");

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
