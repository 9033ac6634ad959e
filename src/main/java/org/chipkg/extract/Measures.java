package org.chipkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which measure an amount is, read from the words right around it; the nearest cue wins. */
final class Measures {
  private record Cue(Pattern pattern, String measure) {}

  private static final List<Cue> AFTER =
      List.of(
          cue("^[\\w\\s-]{0,25}?\\brun[ -]?rate", "RevenueRunRate"),
          cue("^-?\\s*(?:a|per)[- ]year\\b(?!\\s+(?:earlier|ago|before|prior))", "RevenueRunRate"),
          cue("^[\\w\\s-]{0,20}?\\bmarket opportunit", "MarketOpportunity"),
          cue("^[\\w\\s-]{0,15}?\\bmarket for\\b", "MarketOpportunity"),
          cue(
              "^\\s*(?:in\\s+)?(?:annual|yearly|full-year|fiscal[\\w\\s]{0,8})\\s+(?:revenue|sales)",
              "AnnualRevenue"),
          cue(
              "^\\s*(?:in\\s+)?(?:quarterly|second-quarter|third-quarter|fourth-quarter|first-quarter)\\s+(?:revenue|sales)",
              "QuarterlyRevenue"),
          cue("^\\s*(?:in\\s+)?(?:net income|net profit|profit)", "NetIncome"),
          cue("^\\s*(?:in\\s+)?(?:revenue|sales)\\b", "Revenue"),
          cue("^\\s*(?:pre-money\\s+|post-money\\s+)?valuation", "Valuation"),
          cue(
              "^[\\w\\s-]{0,20}?\\b(?:funding round|round of funding|in funding|seed round|financing round|"
                  // "its $48 million Series A, led by"
                  + "series [a-h]\\b)",
              "FundingRound"),
          cue("^[\\w\\s-]{0,20}?\\b(?:deal|acquisition|takeover|contract|agreement)", "DealValue"),
          cue("^[\\w\\s-]{0,20}?\\binvestment", "Investment"),
          cue("^[\\w\\s-]{0,20}?\\b(?:capital expenditures?|capex)", "CapitalExpenditure"),
          cue("^\\s*(?:revenue stream|in revenue)", "Revenue"));
  private static final List<Cue> BEFORE =
      List.of(
          cue("run[ -]?rate[\\w\\s,]{0,30}$", "RevenueRunRate"),
          cue("market opportunity[\\w\\s,]{0,25}$", "MarketOpportunity"),
          cue("(?:annuali[sz]ed) (?:revenue|sales)[\\w\\s,]{0,25}$", "RevenueRunRate"),
          cue(
              "(?:annual|yearly|full-year)(?:\\s+(?:fiscal\\s+)?20\\d\\d)? (?:revenue|sales)[\\w\\s,]{0,25}$",
              "AnnualRevenue"),
          cue(
              "(?:quarterly|(?:first|second|third|fourth)-quarter|Q[1-4]) (?:revenue|sales)[\\w\\s,%.:]{0,30}$",
              "QuarterlyRevenue"),
          cue(
              "(?:revenue|sales) for (?:the|its) (?:first|second|third|fourth|fiscal (?:first|second|third|fourth)) "
                  + "(?:fiscal )?quarter[^$;]{0,45}?\\bof\\s*$",
              "QuarterlyRevenue"),
          cue(
              "(?:revenue|sales) for the (?:[\\w-]+\\s+){0,3}quarter\\s+(?:rose|fell|grew|increased|jumped|"
                  + "climbed|declined|dropped|was|were|reached|totaled|totalled)[\\w\\s,%.]{0,20}?$",
              "QuarterlyRevenue"),
          cue("(?:operating (?:profit|income))[\\w\\s,%.]{0,30}$", "OperatingIncome"),
          // "Revenue in the fiscal fourth quarter rose 46% to $11.32 billion"
          cue(
              "^(?:total\\s+|quarterly\\s+|annual\\s+)?(?:revenue|sales)\\b[\\w\\s,%.-]{0,60}"
                  + "\\b(?:to|of|at|was|were|reached|totaled|totalled|hit)\\s*$",
              "Revenue"),
          cue("(?:net income|net profit|profit)[\\w\\s,%.]{0,30}$", "NetIncome"),
          cue("(?:market capitalization|market cap|market value)[\\w\\s,]{0,25}$", "Valuation"),
          // "Revenue: $486 million in 2025", as a fact sheet lists it
          cue("(?:revenue|sales)(?: stream)?(?:[\\w\\s,%.]{0,30}|:\\s*)$", "Revenue"),
          cue(
              "(?:valued at|valuation of|valuing it at|(?:values?|valuing) (?:the company|the startup|it|the firm) at)[\\w\\s,]{0,10}$",
              "Valuation"),
          cue("(?:raised|raises|raising|raise|funding of)[\\w\\s,]{0,15}$", "FundingRound"),
          cue("(?:invest|invests|invested|investing|investment of)[\\w\\s,]{0,15}$", "Investment"),
          cue(
              "(?:capital expenditures?|capex|spend|spending)[\\w\\s,]{0,35}$",
              "CapitalExpenditure"),
          cue(
              "(?:deal worth|deal valued at|acquire[\\w\\s@]{0,25} for|buy[\\w\\s@]{0,25} for|(?:sold|sell|sells|selling)[\\w\\s@%]{0,50} for)[\\w\\s,]{0,10}$",
              "DealValue"));

  private Measures() {}

  private static Cue cue(String rx, String measure) {
    return new Cue(Pattern.compile("(?i)" + rx), measure);
  }

  private static final Pattern YEAR =
      Pattern.compile(
          "(?i)\\b(?:(?:in|for) (?:its|the) (?:last |latest |previous |most recent )?(?:fiscal |financial )?year|"
              + "(?:in|for) (?:fiscal |financial )?(?:year )?20\\d\\d)\\b(?!-)");
  private static final Pattern LAST_YEAR =
      Pattern.compile(
          "(?i)\\brevenue\\s+(?:last year|in (?:fiscal )?20\\d\\d|last fiscal year|for (?:the|its) (?:fiscal|full|"
              + "financial|full fiscal) year)\\b");
  private static final Pattern QUARTER =
      Pattern.compile(
          "(?i)\\b(?:(?:in|for) (?:the|its) (?:(?:fiscal|financial|first|second|third|fourth|current|next|coming|same|[A-Z][a-z]+)[\\s-]+){0,2}quarter\\b(?![- ]century)|(?:last|previous|latest) quarter|quarterly|Q[1-4]\\b)");

  /**
   * "data center revenue", "its foundry business posted sales of", "AI semiconductor revenue": the
   * revenue of one segment, not the company's.
   */
  private static final Pattern SEGMENT_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:data[- ]cent(?:er|re)|gaming|automotive|foundry|cloud|networking|AI|client|PC|"
              + "memory|smartphone|mobile|server|HBM|DRAM|NAND|advertising|embedded|visualization|"
              + "infrastructure|custom[- ]chip|semiconductor|chip|accelerator|GPU|software|storage)\\s+"
              + "(?:(?:computing|solutions|semiconductor|chip)\\s+)?(?:segment\\s+|division\\s+|business\\s+|unit\\s+|group\\s+)?"
              + "|\\b(?:segment|division|business|unit)(?:'s)?\\s+(?:[\\w-]+\\s+){0,3}?)"
              + "(?:revenue|sales)\\b[^$;]{0,50}$");

  private static final Pattern SEGMENT_AFTER =
      Pattern.compile(
          "(?i)^[^.;$]{0,30}?\\b(?:revenue|sales)\\s+(?:from|at|in)\\s+(?:its|the(?: company's)?)\\s+"
              + "(?:[\\w-]+\\s+){0,3}?(?:segment|division|business|unit)\\b");

  private static final java.util.Set<String> REVENUE =
      java.util.Set.of("Revenue", "QuarterlyRevenue", "AnnualRevenue");

  /** The measure for an amount, with "in the third quarter" making revenue or income quarterly. */
  static String of(String before, String after) {
    String m = period(before, after);
    if (m != null
        && REVENUE.contains(m)
        && (SEGMENT_BEFORE.matcher(tail(before, 90)).find()
            || SEGMENT_AFTER.matcher(after).find())) {
      return "SegmentRevenue";
    }
    return m;
  }

  private static String tail(String s, int n) {
    return s.length() > n ? s.substring(s.length() - n) : s;
  }

  private static String period(String before, String after) {
    return refine(base(before, after), before, after);
  }

  /** A measure made annual or quarterly by the words around an amount ("for the quarter"). */
  static String refine(String measure, String before, String after) {
    String m = measure;
    String near = after.length() > 40 ? after.substring(0, 40) : after;
    if ("Revenue".equals(m) && YEAR.matcher(near).find()) {
      return "AnnualRevenue";
    }
    String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
    if ("Revenue".equals(m) && LAST_YEAR.matcher(tail).find()) {
      return "AnnualRevenue"; // "Intel's revenue last year was roughly $53 billion"
    }
    String clause = before.length() > 70 ? before.substring(before.length() - 70) : before;
    if (m != null
        && (QUARTER.matcher(near).find()
            || (before.length() <= 70 && QUARTER.matcher(clause).find()))) {
      return m.equals("Revenue")
          ? "QuarterlyRevenue"
          : m.equals("NetIncome") ? "QuarterlyNetIncome" : m;
    }
    return m;
  }

  /** "valued at about $2 billion in a funding round": the words right before decide. */
  private static final Pattern VALUED_AT =
      Pattern.compile(
          "(?i)(?:valued at|valuation of|valuing it at|(?:values?|valuing) (?:the company|the startup|it|the firm) at)"
              + "\\s*(?:about|roughly|nearly|around|approximately|more than|over|some)?\\s*$");

  private static String base(String before, String after) {
    if (VALUED_AT.matcher(before).find()) {
      return "Valuation";
    }
    for (Cue c : AFTER) {
      if (c.pattern().matcher(after).find()) {
        return c.measure();
      }
    }
    for (Cue c : BEFORE) {
      Matcher m = c.pattern().matcher(before);
      if (m.find()) {
        return c.measure();
      }
    }
    return null;
  }
}
