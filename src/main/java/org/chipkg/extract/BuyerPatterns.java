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
              + ")\\s+(?:has\\s+|also\\s+)*(?:signed|struck|reached|inked)\\s+[^@;.]{0,50}?\\b(?:agreement|deal|"
              + "contract|pact)\\s+with\\s+(?<sup>@O\\d+@)(?:\\s+[^@;.]{0,30}?)?\\s+(?:for\\s+(?:access to|"
              + "the use of|(?:[\\w-]+\\s+){0,2}?(?:capacity|compute|computing power|GPUs|chips|servers|cloud "
              + "services))|to\\s+(?:access|rent|lease|buy|use))\\b");

  private BuyerPatterns() {}
}
