package org.chipkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Measurement;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;
import org.chipkg.text.Slug;

/**
 * The size of a market: "the global AI chip market is expected to reach $400 billion by 2030", "the
 * market for AI accelerators could exceed $500 billion by 2028". The market is an entity of its
 * own, keyed by the words that qualify it ("AI accelerator market"); the place a possessive gives
 * it is in its label ("China's AI chip market" is labelled "China AI chip market").
 */
public final class MarketSizeExtractor extends SentenceExtractor {
  private static final String QUALIFIER =
      "(?:AI|artificial intelligence|generative AI|data[- ]cent(?:er|re)|accelerators?|GPUs?|CPUs?|"
          + "chips?|semiconductors?|inference|training|HBM|memory|custom|silicon|networking|"
          + "ASICs?|processors?|compute|cloud|servers?)";

  /** "the (global) AI chip market", "the market for AI accelerators". */
  private static final Pattern MARKET =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?:(?-i:(?<place>\\p{Lu}\\p{L}+))['’]s\\s+)?"
              + "(?:global\\s+|worldwide\\s+|total\\s+|overall\\s+|entire\\s+)?"
              + "(?:(?<pre>(?:"
              + QUALIFIER
              + "[\\s-]+){1,3})(?:total\\s+)?(?:addressable\\s+)?market|market\\s+for\\s+(?<post>(?:"
              + QUALIFIER
              + "\\s+){0,2}"
              + QUALIFIER
              + "))\\b");

  /** What joins the market to its figure. */
  private static final Pattern LINK =
      Pattern.compile(
          "(?i)^\\s*(?:,[^,;]{0,40},\\s*)?(?:in\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+\\s+)?(?:is|was|could|will|would|may|might|should)?\\s*"
              + "(?:be\\s+)?(?:expected|projected|forecast|set|poised|on track|estimated|likely)?\\s*"
              + "(?:to\\s+)?(?:reach|reached|exceed|exceeded|top|topped|hit|surpass|surpassed|grow to|grew to|"
              + "be worth|worth|be valued at|valued at|total|totaled|totalled|of|at|climb to|rise to|"
              + "expand to|balloon to)\\s+(?<q>about|roughly|nearly|almost|around|approximately|more than|"
              + "over|at least|as much as|up to|some)?\\s*$");

  private static final Pattern PROJECTED =
      Pattern.compile(
          "(?i)\\b(?:could|will|would|may|might|expected|projected|forecast|set to|poised|on track|"
              + "expects?|predicts?|forecasts|estimates?|sees|anticipates?|"
              + "likely|by\\s+(?:fiscal\\s+)?20\\d\\d)\\b");

  private static final Pattern NEXT_CLAUSE = Pattern.compile("\\s+and\\s|\\s+but\\s|[,;]");

  @Override
  public String id() {
    return "market-size";
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    String t = m.text();
    Matcher mk = MARKET.matcher(t);
    while (mk.find()) {
      String name = name(mk);
      if (name == null || negated(m, mk)) {
        continue;
      }
      for (Equivalents.Figure fig : Equivalents.find(t)) {
        Money.Amount amt = fig.amount();
        if (amt.start() < mk.end() || amt.start() - mk.end() > 90) {
          continue;
        }
        Matcher link = LINK.matcher(t.substring(mk.end(), amt.start()));
        if (!link.find()) {
          continue;
        }
        String q = link.group("q") == null ? "" : link.group("q").toLowerCase(Locale.ROOT);
        String approx =
            switch (q) {
              case "more than", "over", "at least" -> "AtLeast";
              case "as much as", "up to" -> "AtMost";
              case "" -> "Exact";
              default -> "Approximately";
            };
        // "Gartner expects the AI chip market to reach": the verb before the market counts too
        // "... was worth $20 billion in 2024 and will reach ...": the next clause is no cue
        String tail = t.substring(amt.end(), Math.min(t.length(), amt.end() + 20));
        Matcher next = NEXT_CLAUSE.matcher(tail);
        String rest =
            t.substring(Math.max(0, mk.start() - 30), amt.end())
                + (next.find() ? tail.substring(0, next.start()) : tail);
        String modality = PROJECTED.matcher(rest).find() ? "Projected" : "Actual";
        String verb = t.substring(mk.end(), amt.start()).toLowerCase(Locale.ROOT);
        if (verb.contains("exceed") || verb.contains("top") || verb.contains("surpass")) {
          approx = "AtLeast";
        }
        // "China's AI chip market": labelled with its place, keyed as the kind of market
        String label = mk.group("place") == null ? name : mk.group("place") + " " + name;
        Entity market = new Entity(Slug.of(name), label, EntityType.MARKET, null);
        Measurement.Original original = null;
        if (fig.original() != null) {
          // "150 billion yuan (US$21 billion)": one figure, with the amount as first written
          original = new Measurement.Original(fig.original().value(), fig.original().currency());
          if (fig.approximate() && approx.equals("Exact")) {
            approx = "Approximately";
          }
        }
        emit(
            a,
            m,
            new Measurement(
                market,
                "MarketSize",
                amt.value(),
                amt.currency(),
                approx,
                modality,
                null,
                original),
            0.7,
            List.of(),
            out);
        break;
      }
    }
  }

  /** "AI chip market"; "market for AI accelerators" becomes "AI accelerator market". */
  private static String name(Matcher mk) {
    String words = mk.group("pre") != null ? mk.group("pre") : mk.group("post");
    if (words == null || words.contains("@")) {
      return null;
    }
    words = words.trim().replaceAll("\\s+", " ");
    if (mk.group("post") != null && words.matches(".*[a-z]s$") && !words.endsWith("ss")) {
      words = words.substring(0, words.length() - 1);
    }
    String name = words + " market";
    return Slug.of(name).isEmpty() ? null : name;
  }
}
