package org.chipkg.extract;

import java.util.regex.Pattern;

/**
 * The patterns {@link MeasurementExtractor} qualifies figures with: approximation and modality
 * words, figures that are not the subject's own (year-ago, analysts' expectations, replaced or
 * changed amounts), and the clauses that tie a figure to its subject.
 */
final class MeasurementPatterns {
  static final Pattern APPROX =
      Pattern.compile(
          "(?i)(?:~|\\b(?:approximately|about|around|roughly|nearly|almost|some|an estimated|estimated at|close to|circa|"
              + "approaching)\\s*)\\s*$");
  static final Pattern AT_LEAST =
      Pattern.compile(
          "(?i)\\b(?:more than|over|at least|upwards of|in excess of|exceeding|north of|topped|tops|"
              + "surpassed|surpasses|exceeded|exceeds|crossed|passed)\\s*$");
  static final Pattern AT_MOST =
      Pattern.compile(
          "(?i)\\b(?:less than|under|up to|at most|no more than|below|as much as|as high as)\\s*$");
  static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "(?i)\\bif\\b.*\\b(?:would|could|were|was)\\b|\\b(?:would|could)\\b.*\\bif\\b");
  static final Pattern PROJECTED =
      Pattern.compile(
          "(?i)\\b(?:expected|expects?|projected|projects|forecasts?|will|would|could|potential|potentially|"
              + "target|aims?|estimated|estimates?|predicts?|predicted|anticipates?|anticipated|"
              + "guidance|outlook|plans?|(?-i:may)|might|hopes?|talks|considering|weighing|sees|committed to|"
              + "commits to|pledged to|intends to|to spend|"
              + "next (?:quarter|year|fiscal year))\\b");

  /** ", whose revenue is": a relative clause has a modality of its own. */
  static final Pattern RELATIVE = Pattern.compile(",\\s+(?:whose|which|who|where)\\b");

  /** A relative clause about a capitalised name that is no known entity, up to the amount. */
  static final Pattern UNKNOWN_HEAD =
      Pattern.compile("\\b\\p{Lu}[\\w&-]+,\\s+(?:which|that)\\s+[^,@;]{0,60}$");

  /** "could fall by $20 billion", "rose by $3 billion": a change, not the figure itself. */
  static final Pattern CHANGE_BY =
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
  static final Pattern NOT_OWN_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:net |operating )?loss(?:es)? of|(?:analysts?'?|consensus|wall street|lseg|"
              + "factset)[^$@;]{0,40}\\b(?:estimates?|expectations?|forecasts?|projections?)"
              + "(?: of| for)?|(?:estimates?|expectations?) (?:of|for) analysts[^$@;]{0,30})\\s*$");

  /** "Analysts had expected a profit of NT$415.4 billion". */
  static final Pattern ANALYSTS_EXPECTED =
      Pattern.compile(
          "(?i)\\b(?:analysts?|economists|wall street|investors)\\s+(?:had\\s+|have\\s+|on average\\s+)?"
              + "(?:expected|estimated|forecast|projected|predicted|anticipated|were expecting)\\b[^$@;]{0,40}$");

  /** "compared with NT$325.3 billion a year earlier": the figure of an earlier period. */
  static final Pattern EARLIER_PERIOD_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:compared (?:with|to)|versus|vs\\.?|from|up from|down from)\\s+"
              // "compared with net income of $20 million a year earlier"
              + "|(?:compared (?:with|to)|versus)\\s+(?:a\\s+)?(?:net\\s+)?(?:income|profit|loss|revenue|sales)"
              + "\\s+of\\s+)(?:about\\s+|roughly\\s+|nearly\\s+)?$");

  static final Pattern EARLIER_PERIOD_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:in\\s+)?(?:a year (?:earlier|ago|before)|the year-(?:earlier|ago) (?:period|quarter)|"
              + "(?:in )?the same (?:period|quarter) (?:a year (?:earlier|ago)|last year)|the previous year|last year|"
              // "compared with $11.32 billion in the prior quarter"
              + "(?:in )?the (?:prior|previous|preceding) (?:quarter|period|fiscal year))");

  /**
   * "at a valuation of $3.2 billion, down from the $4.1 billion at which", "raising the plan to $20
   * billion, from $18 billion": the figure it replaced.
   */
  static final Pattern REPLACED_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:up|down)\\s+from|,\\s+from)\\s+(?:the\\s+)?(?:about\\s+|roughly\\s+|nearly\\s+|"
              + "more than\\s+|over\\s+)?$");

  /** "has fallen to about $110 billion from more than $250 billion in 2021": the old figure. */
  static final Pattern FROM_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:up |down )?from\\s+(?:about\\s+|roughly\\s+|nearly\\s+|more than\\s+|over\\s+)?$");

  static final Pattern IN_YEAR_AFTER = Pattern.compile("^\\s*in\\s+(?:fiscal\\s+)?20\\d\\d\\b");

  static final Pattern NOT_OWN_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:(?:expected|estimated|forecast|projected|predicted)\\s+by\\s+(?:analysts|wall street)"
              // "net income of $43.2 billion, or $1.76 per share": a per-share amount
              + "|(?:per|a)\\s+(?:diluted\\s+|basic\\s+)?share\\b)");

  /** "China's AI chip market could be worth $50 billion": the market's figure, not its owner's. */
  static final Pattern MARKET_WORTH =
      Pattern.compile(
          "(?i)\\bmarket\\s+(?:is|was|could|would|will|may|might|to)?\\s*(?:be\\s+)?"
              + "(?:(?:expected|projected|forecast|set|estimated|likely)\\s+to\\s+(?:be\\s+)?)?"
              + "(?:worth|valued at|reach|top|exceed|hit|grow to|total)[^$@;]{0,25}$");

  /** "It is backed by X and Y, and raised $Z": the pronoun subject owns the coordinated verb. */
  static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "^(?:It|The (?:company|startup|firm|chipmaker|group))\\s+(?:is|was|has|had|also)\\b");

  /** Text between two figures that continues the first's clause: "X in Q4 and total revenue of". */
  static final Pattern SAME_CLAUSE =
      Pattern.compile(
          "(?i)^(?![^;]*\\b(?:was|were|rose|fell|reported|posted|had|grew|jumped|climbed|said|"
              + "declined|increased)\\b)[^;]{0,60}\\band\\b[^;]{0,40}$");

  static final Pattern COMPARISON =
      Pattern.compile(
          "(?i)\\b(?:akin to|the size of|matches|match|comparable to|equal to|on par with|similar to|"
              + "equivalent to|as much as)\\s+(?:the\\s+)?(?:entire\\s+)?(?:(?<o1>@O\\d+@)'s\\s+"
              + "(?:entire\\s+)?)?(?:annual\\s+|yearly\\s+)?revenue(?:\\s+of\\s+(?:[\\w\\s-]{0,25}?like\\s+)?(?<o2>@O\\d+@))?");
  static final Pattern STRONG_BEFORE =
      Pattern.compile("(?<o>@O\\d+@)(?:'s|,\\s+(?:which|that)\\s+\\w+|,\\s+with)(?:[^@;]{0,80})$");

  /** A sentence-initial company, a relative clause about it, then its own verb and figure. */
  static final Pattern MAIN_SUBJECT =
      Pattern.compile(
          "^(?<o>@O\\d+@),\\s+(?:which|that|who)\\b[^;]*?,\\s+(?:has\\s+|had\\s+|also\\s+)?(?:reported|posted|said|generated|recorded|"
              + "had|saw|expects|forecast|booked|raised)\\b[^@;]*$");

  /** "a $2 billion investment by SoftBank Group": the investor named after it owns the figure. */
  static final Pattern INVESTOR_AFTER =
      Pattern.compile(
          "^\\s*(?:[\\w-]+\\s+){0,2}?(?:investment|stake|capital injection)\\s+"
              + "(?:from|by)\\s+(?<o>@O\\d+@)");

  /** "Nvidia to invest $5 billion": a plan, as a headline writes it. */
  static final Pattern TO_VERB =
      Pattern.compile(
          "@O\\d+@\\s+to\\s+(?:invest|buy|acquire|spend|raise|pay)\\s+(?:about\\s+|up to\\s+)?$");

  /** "the startup in which Amazon has invested $8 billion": the investor owns the figure. */
  static final Pattern INVESTOR_BEFORE =
      Pattern.compile(
          "(?<o>@O\\d+@)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:already\\s+)?(?:invested|committed|pledged|poured)"
              + "\\s+(?:about\\s+|roughly\\s+|nearly\\s+|up to\\s+|more than\\s+|a total of\\s+)?$");

  static final Pattern OTHER_NOUN =
      Pattern.compile("(?i)\\b(?:revenue|run rate|sales|valuation|income|profit)\\b[^$]*,");
  static final Pattern FOR_AFTER =
      Pattern.compile("^(?:(?!\\bto\\s)[^@;]){0,40}?\\bfor\\s+(?<o>@O\\d+@|the company)");
  static final Pattern RANGE = Pattern.compile("\\s*(?:to|-|–|and)\\s*");
  static final Pattern CLAUSE =
      Pattern.compile(
          "(?i);|\\bcompared (?:with|to)\\b|\\bversus\\b|\\bup from\\b|\\bdown from\\b");

  /** Figures a company reports about itself; "Net income rose to $X" continues the last company. */
  static final java.util.Set<String> OWN_RESULTS =
      java.util.Set.of(
          "Revenue",
          "QuarterlyRevenue",
          "AnnualRevenue",
          "RevenueRunRate",
          "NetIncome",
          "QuarterlyNetIncome",
          "OperatingIncome",
          "CapitalExpenditure");

  static final Pattern ANAPHOR =
      Pattern.compile(
          "(?i)\\b(?:it|its|their|they|our(?=\\s+\\$)|the company|the firm|the group|the chipmaker|the cloud giant|"
              + "the chips business|the chip business|the business)\\b");
  static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?:while|whereas|but|and)\\s|;");

  private MeasurementPatterns() {}
}
