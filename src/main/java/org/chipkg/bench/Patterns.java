package org.chipkg.bench;

import java.util.List;

/**
 * Sentence patterns in news language, by what they state. Slots in braces are filled from the
 * article's {@link Cast} and fresh figures: {company} {rival} {partner} {ceo} {ceoLast} {exec}
 * {chip} {chip2} {foundry} {sub} {money} {money2} {pct} {quarter} {month} {year}.
 */
final class Patterns {
  private Patterns() {}

  static final List<String> HEADLINES =
      List.of(
          "{company} Unveils {chip} Chip to Take On {rival}",
          "{company} Posts Record Quarter as {chip} Demand Soars",
          "{company} Bets on Custom Silicon With {chip}",
          "Can {company}'s {chip} Break {rival}'s Grip on AI Chips?",
          "{company} Names {ceo} Chief Executive",
          "{company} Raises {money} for AI Chips",
          "{foundry} to Build {company}'s Next AI Accelerator",
          "Inside {company}'s Plan to Rival {rival}");

  static final List<String> ROLES =
      List.of(
          "{company} chief executive {ceo} said demand for the {chip} remained strong.",
          "{ceo}, {company}'s chief executive, said the company would double capacity.",
          "{company} CEO {ceo} told analysts that orders had outpaced supply.",
          "{company} named {exec} as chief financial officer in {month}.",
          "{exec}, president of {company}, said the firm was hiring engineers.",
          "{company} has hired {exec} as president.",
          "{company} co-founder {exec} said the startup was not looking for a buyer.",
          "{company} spokesperson {exec} declined to comment.",
          "{exec}, chief technology officer of {company}, spoke at the event.",
          "Chief financial officer {exec} said margins would improve next year.");

  static final List<String> DEVELOPS =
      List.of(
          "{company} unveiled the {chip}, a chip designed for training large AI models.",
          "{company} is developing a custom AI accelerator called {chip}.",
          "The {chip} chip was designed by {company}.",
          "{company}'s {chip} accelerator is aimed at data centers.",
          "{company} launched its {chip2} processor in {month}.",
          "{sub}, a subsidiary of {company}, designs the {chip} chips.",
          "{company} and {partner} will co-develop a custom AI accelerator called {chip2}.");

  static final List<String> MANUFACTURES =
      List.of(
          "The {chip} is manufactured by {foundry}.",
          "{company}'s {chip} chip will be produced by {foundry}, the company said.",
          "{company} said the {chip2} chips are made by {foundry} on a 3nm process.",
          "{ceo} said the {chip} is manufactured by {foundry}.");

  static final List<String> PURPOSE =
      List.of(
          "The {chip} is designed for inference.",
          "The {chip2} chip, designed specifically for running models rather than training them, is cheaper to operate.",
          "{company} said the {chip} targets training of large language models.",
          "The result was the {chip}, a custom accelerator optimized for training deep learning models.");

  static final List<String> CUSTOMERS =
      List.of(
          "{partner} is among the largest customers of {company}.",
          "{partner} said it plans to use up to one million {company} chips.",
          "{partner} uses {company}'s {chip} chips to train its models.",
          "{company} recently overtook {rival} to become {foundry}'s biggest customer.",
          "{company} supplies high-bandwidth memory to {partner}.");

  static final List<String> COMPETITION =
      List.of(
          "{company} is positioning itself as a more direct competitor to {rival}.",
          "{company} rivals {rival} in inference chips.",
          "The move puts {company} on a collision course with {rival}.",
          "{company} competes with {rival} for the same hyperscale buyers.");

  static final List<String> FIGURES =
      List.of(
          "{company} reported {quarter} revenue of {money}, up {pct} from a year earlier.",
          "{company} raised {money} in a funding round that values the company at {money2}.",
          "{company} was valued at {money} after raising {money2}.",
          "Net income rose to {money}.",
          "{ceo} estimated that the chip business could reach an annual run rate of {money}.",
          "{company} said its data center revenue reached {money} in the quarter.",
          "Analysts expect {company}'s annual revenue of {money} to grow {pct} next year.");

  static final List<String> STATUS =
      List.of(
          "The {chip} sold out almost immediately after launch.",
          "Supply of the {chip} is fully allocated through next year.",
          "The {chip2} is expected to ship in the second half of {year}.",
          "The {chip2} is not yet available to customers.",
          "{company} is in talks to sell its {chip} chips to other data center operators.");

  static final List<String> QUOTES =
      List.of(
          "\"Demand is off the charts,\" {ceoLast} said.",
          "\"We are only at the beginning of this build-out,\" {ceoLast} told reporters.",
          "{ceoLast} said the company would spend more on software.",
          "\"Customers want a second source,\" {ceoLast} added.");

  static final List<String> FILLER =
      List.of(
          "The shift marks a change in how data centers are built.",
          "Analysts say the market for AI accelerators is growing faster than expected.",
          "Power and cooling have become the main limits on new capacity.",
          "Software support remains the hardest part of winning developers.",
          "Memory bandwidth, not raw compute, often decides how fast a model runs.",
          "Several cloud providers have said they want to reduce reliance on a single vendor.",
          "The announcement came as shares of chip stocks rose on Tuesday.",
          "Lead times for high-end servers have stretched to several months.",
          "Developers will need new compilers and libraries to move their models.",
          "The deal is expected to close in the first quarter, subject to regulatory approval.",
          "Industry watchers expect more announcements at the next trade show.",
          "Prices for high-bandwidth memory have climbed all year.",
          "The company did not disclose the terms of the agreement.",
          "Supply chains for advanced packaging remain tight.",
          "Much of the spending is driven by the race to train larger models.",
          "Inference workloads now account for a growing share of data center demand.");

  static final List<String> SUBHEADS =
      List.of(
          "Background",
          "The Competition",
          "Manufacturing and Supply",
          "What Comes Next",
          "Outlook",
          "The Numbers");

  static final List<String> ADS =
      List.of(
          "Advertisement",
          "Sponsored · Get 50% off your first year of cloud storage.",
          "ADVERTISEMENT",
          "Sponsored content · Try our AI assistant free for 30 days.");

  static final List<String> RELATED_HEADINGS =
      List.of("Related Articles", "More in Technology", "Recommended for you", "Read more:");

  static final List<String> RELATED_TITLES =
      List.of(
          "{rival} Shares Jump on Data Center Sales",
          "Why {partner} Is Building Its Own Chips",
          "{foundry} Expands Capacity in Arizona",
          "The AI Chip Race, Explained",
          "{exec} on the Future of Inference");
}
