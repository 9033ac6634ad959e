package org.chipkg.extract;

import java.util.regex.Pattern;

/**
 * Customers that news names as a group or through what they pay and buy, read by {@link
 * SupplyDealExtractor}: "A and B are newer customers", "AWS became a Wiwynn customer", "agreed to
 * pay Nebius $3 billion", "agreed to provide Microsoft with GPU capacity", "signed a contract with
 * IREN for access to GPU systems".
 */
final class BuyerPatterns {
  private static final String WHO = "(?:@O\\d+@|" + OrgRelations.PRONOUN + ")";

  /** Words that make a customer only hoped for or past: "potential customers". */
  private static final String NOT_YET =
      "(?!(?:potential|prospective|possible|would-be|target|targeted|former|ex)\\b)";

  /**
   * "OpenAI and Anthropic are newer customers", "Microsoft and Meta remain its two largest
   * customers", "Apple and AMD are also TSMC's main customers": each of group "objs" is a customer
   * of group "sup", else of the company the sentence refers to.
   */
  static final Pattern GROUP_ARE_CUSTOMERS =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:are|were|remain|remained|became|have become|will be|is|was|remains|has become)\\s+"
              + "(?:also\\s+|both\\s+|now\\s+|still\\s+|all\\s+|already\\s+)?"
              + "(?:(?<sup>@O\\d+@)'s\\s+|(?:its|their|the company's|one of its|among its)\\s+)"
              + NOT_YET
              + "(?:(?!customers?\\b|clients?\\b)"
              + NOT_YET
              + "[\\w-]+\\s+){0,3}?(?:customers?|clients?|buyers?)\\b(?!\\s+(?:of|for|in|at)\\b)");

  /** "AWS became a Wiwynn customer", "is itself a CoreWeave customer": the subject buys. */
  static final Pattern A_SUPPLIER_CUSTOMER =
      Pattern.compile(
          "\\b(?:is|was|became|becomes|remains|has become|had become)\\s+(?:itself\\s+|also\\s+|now\\s+|"
              + "already\\s+|still\\s+)?(?:a|an)\\s+(?:(?:big|major|large|key|longtime|long-time|paying|"
              + "direct|early|significant)\\s+)?(?<sup>@O\\d+@)\\s+(?:customer|client)\\b");

  /** "Nebius agreed to provide Microsoft with GPU capacity": group "objs" buys from "sup". */
  static final Pattern PROVIDE_WITH =
      Pattern.compile(
          "(?<sup>"
              + WHO
              + ")\\s+(?:(?:has|have|also|agreed|agrees|will|is|are|to|set)\\s+){0,3}"
              + "(?:provide|provides|provided|providing|supply|supplies|supplied|supplying)\\s+"
              + OrgRelations.ORGS
              + "\\s+with\\b");

  /** "It agreed this month to pay Nebius $3 billion": group "user" buys from "sup". */
  static final Pattern PAYS =
      Pattern.compile(
          "(?<user>"
              + WHO
              + ")\\s+(?:(?:has|have|also|agreed|agrees|will|is|to|[a-z]+)\\s+){0,4}?(?:pay|pays|paid|paying)\\s+"
              + "(?<sup>@O\\d+@)\\s+(?:about\\s+|roughly\\s+|nearly\\s+|more than\\s+|up to\\s+)?"
              + "(?:\\$|US\\$|€|£)");

  /** "signed a $9.7 billion contract with IREN for access to GPU systems": a purchase. */
  static final Pattern CONTRACT_FOR_ACCESS =
      Pattern.compile(
          "(?<user>"
              + WHO
              + ")\\s+(?:has\\s+|also\\s+)*(?:signed|struck|reached|inked)\\s+"
              + CustomerPatterns.WORD_CHAR
              + "{0,50}?\\b(?:agreement|deal|contract|pact)\\s+with\\s+(?<sup>@O\\d+@)(?:\\s+[^@;.]{0,30}?)?\\s+(?:for\\s+(?:access to|"
              + "the use of|(?:[\\w-]+\\s+){0,2}?(?:capacity|compute|computing power|GPUs|chips|servers|cloud "
              + "services))|to\\s+(?:access|rent|lease|buy|use))\\b");

  /** "Nvidia supplier SK Hynix", "Apple's biggest supplier, TSMC,": "user" buys from "sup". */
  static final Pattern SUPPLIER_NAMED =
      Pattern.compile(
          "(?<user>@O\\d+@)(?:'s)?\\s+(?:(?!and\\b|or\\b)[\\w-]+\\s+){0,2}?(?:supplier|vendor|assembler)"
              + ",?\\s+(?<sup>@O\\d+@)(?!'s)");

  /** "Core Scientific will remain an independent company and a CoreWeave supplier". */
  static final Pattern A_CUSTOMERS_SUPPLIER =
      Pattern.compile(
          "(?<sup>@O\\d+@)\\s+(?:is|was|remains|will remain|became|has become|will be)\\s+(?:also\\s+|still\\s+)?"
              + "(?:[^@;.]{0,40}?\\s+and\\s+)?(?:a|an)\\s+(?:(?:key|major|main|big|longtime|long-time|"
              + "important|primary)\\s+)?(?<user>@O\\d+@)\\s+(?:supplier|vendor)\\b");

  /**
   * "Lambda, the GPU cloud, will deploy Nvidia GPUs for Microsoft", "hosts the servers for OpenAI":
   * each of group "objs" buys from "sup".
   */
  static final Pattern DEPLOYS_FOR =
      Pattern.compile(
          "(?<sup>@O\\d+@)"
              + CustomerPatterns.APPOSITIVE_AFTER
              + "\\s+(?:[\\w-]+\\s+){0,4}?(?:deploy|deploys|deployed|deploying|install|installs|installed|"
              + "host|hosts|hosted|operate|operates)\\s+(?:[^@.;]|@[OC]\\d+@){0,60}?\\b(?:GPUs|chips|"
              + "accelerators|servers|systems|capacity|clusters?|racks|supercomputers?)\\s+for\\s+"
              + OrgRelations.ORGS
              + "(?!'s)");

  /** "Arm unveils Calder, its first server chip, with Meta as launch customer". */
  static final Pattern WITH_AS_CUSTOMER =
      Pattern.compile(
          "(?<sup>@O\\d+@)\\s+(?:[^@;.]|@C\\d+@){0,80}?\\bwith\\s+"
              + OrgRelations.ORGS
              + "\\s+as\\s+(?:its\\s+|a\\s+|the\\s+)?(?:first|launch|anchor|lead|initial|debut)\\s+"
              + "customers?\\b");

  /**
   * "Nordlys Cloud and Telvanti named as launch customers": of the company the article is about.
   */
  static final Pattern NAMED_CUSTOMERS =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:(?:was|were|are|is|have been|has been)\\s+)?named\\s+(?:as\\s+)?(?:its\\s+|the\\s+)?"
              + "(?:first|launch|anchor|lead|initial)\\s+customers?\\b");

  /** "Its suppliers include SK Hynix and Micron": group "user" (or what "its" is) buys. */
  static final Pattern SUPPLIERS_INCLUDE =
      Pattern.compile(
          "(?<user>@O\\d+@(?='s)|\\b[Ii]ts(?=\\s)|\\b[Tt]heir(?=\\s))(?:'s)?\\s+(?:[\\w-]+\\s+){0,2}?"
              + "suppliers\\s+(?:include|included|including|such as|are|were)\\s+(?:the\\s+)?"
              + OrgRelations.ORGS);

  private BuyerPatterns() {}
}
