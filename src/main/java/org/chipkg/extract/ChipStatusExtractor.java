package org.chipkg.extract;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.ChipStatus;
import org.chipkg.model.Claim;
import org.chipkg.model.Mention;
import org.chipkg.model.PartialDate;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Availability of a chip: sold out, fully reserved or allocated, expected at a date, not available
 * for a while, in development. The chip is the one named last before the status words.
 */
public final class ChipStatusExtractor extends SentenceExtractor {
  private record Rule(Pattern pattern, String status) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile("(?i)\\b(?:sold out|sells out|selling out|sell out)\\b"), "SoldOut"),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:fully|nearly fully|entirely|over) ?(?:reserved|allocated|booked|subscribed)\\b|\\bfull allocation\\b"),
              "FullyAllocated"),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:will\\s+)?not (?:even )?(?:be available|hit the market|ship|arrive|launch)[\\w\\s]{0,20}?"
                      + "\\bfor (?:more than|over|at least) (?<n>an?|one|two|three|four|\\d{1,2}) "
                      + "(?<unit>years?|months?)\\b|\\bwill not be available for\\b"),
              "NotYetAvailable"),
          new Rule(
              Pattern.compile(
                  "(?i)\\bexpected (?:later |early |by |in |to (?:launch|ship|arrive) )[\\w\\s]{0,15}?(?<year>20\\d\\d)\\b|"
                      + "\\b(?<months>months) from general availability\\b"),
              "Expected"),
          new Rule(Pattern.compile("(?i)\\b(?:currently )?in development\\b"), "InDevelopment"),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:is|are)\\s+(?:now\\s+)?(?:generally available|widely available|shipping to customers|"
                      + "available to (?:customers|all customers|the public|developers))\\b|"
                      + "\\b(?:began|begun|started|begins|starts) shipping\\b|"
                      + "\\b(?:became|has become|is now|went) (?:generally |widely )?available\\b"),
              "Available"),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?:in|holding|entered|entering)\\s+(?:early-stage\\s+|early\\s+|preliminary\\s+|"
                      + "advanced\\s+)?(?:talks|discussions|negotiations)\\b[^.;]{0,60}?\\bto\\s+sell\\b"),
              "InSalesTalks"));

  /** A chip, then an appositive between commas, then the status verb. */
  private static final Pattern APPOSITION =
      Pattern.compile(
          "(?s)^(?<head>.*@C\\d+@[^,@]*?),[^,;]+,\\s*(?:(?:is|are|was|were|has|have|had|will|would)\\s+)?"
              + "(?:now\\s+|also\\s+|already\\s+)?$");

  @Override
  public String id() {
    return "chip-status";
  }

  /** Every status belongs to a chip the sentence names. */
  @Override
  String slots() {
    return "C";
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    for (Rule r : RULES) {
      Matcher x = r.pattern().matcher(m.text());
      while (x.find()) {
        List<Mention> chips =
            m.mentionsIn(m.text().substring(0, x.start())).stream()
                .filter(c -> isChip(c.entity()))
                .toList();
        if (chips.isEmpty() && r.status().equals("InSalesTalks")) {
          // "in talks to sell its custom AI chip, called Trainium": the chip comes after.
          chips =
              m.mentionsIn(m.text().substring(x.end())).stream()
                  .filter(c -> isChip(c.entity()))
                  .limit(1)
                  .toList();
        }
        if (chips.isEmpty()) {
          continue;
        }
        Matcher apposition = APPOSITION.matcher(m.text().substring(0, x.start()));
        if (apposition.find()) {
          // "Trainium3, the third generation of Amazon's Trainium chip, is now available"
          List<Mention> head =
              m.mentionsIn(apposition.group("head")).stream()
                  .filter(c -> isChip(c.entity()))
                  .toList();
          chips = head.isEmpty() ? chips : head;
        }
        Mention chip = chips.get(chips.size() - 1);
        PartialDate when = null;
        if (r.status().equals("Expected") && x.group("year") != null) {
          when = new PartialDate(Integer.parseInt(x.group("year")), 0, 0);
        }
        String phrase = x.group().toLowerCase(Locale.ROOT);
        Period notBefore = null;
        Period notAfter = null;
        if (r.status().equals("NotYetAvailable") && x.group("n") != null) {
          notBefore = period(x.group("n"), x.group("unit"));
        } else if (r.status().equals("Expected") && x.group("months") != null) {
          notAfter = Period.ofYears(1); // "months from availability": within the year
        }
        ChipStatus fact =
            new ChipStatus(chip.entity(), r.status(), when, phrase, notBefore, notAfter);
        emit(a, m, fact, 0.7, List.of(chip), out);
      }
    }
  }

  /** "a year" is P1Y, "18 months" P18M. */
  static Period period(String n, String unit) {
    int k =
        switch (n.toLowerCase(Locale.ROOT)) {
          case "a", "an", "one" -> 1;
          case "two" -> 2;
          case "three" -> 3;
          case "four" -> 4;
          default -> Integer.parseInt(n);
        };
    return unit.toLowerCase(Locale.ROOT).startsWith("year")
        ? Period.ofYears(k)
        : Period.ofMonths(k);
  }
}
