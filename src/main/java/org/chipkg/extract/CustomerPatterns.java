package org.chipkg.extract;

import java.util.regex.Pattern;

/** The sentence patterns {@link CustomerExtractor} reads customers and chip users with. */
final class CustomerPatterns {
  static final String ADJ = "(?:(?:[\\w-]+|@C\\d+@)\\s+){0,2}";

  /** The point of "$9.7 billion", which ends no sentence. */
  private static final String DECIMAL_POINT = "(?<=\\d)\\.(?=\\d)";

  /** A character of the clause: no slot or sentence stop, but the point of "$9.7 billion". */
  static final String WORD_CHAR = "(?:[^@.;]|" + DECIMAL_POINT + ")";

  /** ", a Norwegian cloud provider,": an appositive after a name. */
  private static final String APPOSITION = ",\\s+(?:a|an|the)\\s+(?:[^@,;.]|@[OC]\\d+@){1,60}?,";

  /** "Nordlys Cloud, a Norwegian cloud provider, will deploy": an appositive after a subject. */
  static final String APPOSITIVE_AFTER = "(?:,\\s+which|" + APPOSITION + ")?";

  static final Pattern OF_SUPPLIER =
      Pattern.compile(
          "\\b(?:become|became|becomes|is|was|remains|remained|as|now)\\s+(?:both\\s+|also\\s+|still\\s+)?"
              + "(?:the\\s+|a\\s+|an\\s+|one of\\s+)?(?<sup>@O\\d+@)'s\\s+"
              + ADJ
              + "(?:customers?|clients?|buyers?)\\b"
              + "|\\b(?:is|was|became|as)\\s+(?:also\\s+|still\\s+)?(?:a|an|the)\\s+"
              + ADJ
              + "customer\\s+of\\s+(?<sup2>@O\\d+@)");
  static final Pattern APPOSITIVE =
      Pattern.compile(
          "(?<cust>@O\\d+@),\\s+(?:a\\s+|an\\s+|one of\\s+|the\\s+)?(?<sup>@O\\d+@)'s\\s+(?:[\\w-]+\\s+){0,2}customers?\\b");

  /** "Oracle, one of its biggest customers, uses AmpereOne chips". */
  static final Pattern ITS_APPOSITIVE =
      Pattern.compile(
          "(?<cust>@O\\d+@),\\s+(?:one of\\s+|a\\s+|an\\s+)?(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:customers?|clients?)\\s*,");

  static final Pattern SAID_BY = Pattern.compile(",\\s+(?<o>@O\\d+@)\\s+(?:said|says)\\b[^@]*$");

  static final Pattern LIST =
      Pattern.compile(
          "(?i)(?:(?<sup>@O\\d+@)'s\\s+)?(?:customers|clients|buyers|licensees)"
              // "Customers named in the prospectus include", "Named customers in the filing
              // include"
              + "(?:\\s+(?:named|listed|cited|disclosed|identified)\\s+in\\s+[^@,;.]{1,30}?|\\s+in\\s+the\\s+"
              + "(?:filing|prospectus|report|document)s?)?(?:,?\\s+(?:such as|including)|\\s+(?:like|include|includes|included)"
              // "the list of customers is long: A, B and C"
              + "|(?:\\s+(?:is|are|was|were)\\s+(?:long|many|varied|diverse))?:(?=\\s+@O\\d+@(?:,|\\s+and\\s)))\\s+"
              // "include the Polish retail analytics company Skalar Vision"
              + "(?:(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,4}?)?"
              + OrgRelations.ORGS);
  static final Pattern USES =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:uses|use|used|relies on|deploys|deployed|buys|bought|ordered|"
              + "will use|adopted|runs on|is using|has used|trains on|trained on)\\s+"
              + "(?:the\\s+|its\\s+)?"
              + SentenceExtractor.CHIPS);
  static final Pattern BUYS =
      Pattern.compile(
          "(?<user>@O\\d+@)"
              + APPOSITIVE_AFTER
              + "\\s+(?:[\\w-]+\\s+){0,5}?(?:buy|buys|bought|purchase|purchases|purchased|use|uses|using|"
              + "deploy|deploys|deployed|order|ordered|rent|rents|rented)\\s+"
              + "(?!(?:the\\s+|its\\s+|new\\s+)?(?:funds|money|proceeds|cash|capital|financing)\\b)(?:(?!,\\s+and\\s)[^@.;]|@O\\d+@){0,60}?"
              + "(?:(?<maker>@O\\d+@)'s?\\s+|(?<maker2>@O\\d+@)\\s)?"
              + SentenceExtractor.CHIPS);

  /** "OpenAI has agreed to deploy six gigawatts of AMD chips": a maker's chips, unnamed. */
  static final Pattern BUYS_MAKERS =
      Pattern.compile(
          "(?<user>@O\\d+@)(?:,[^;@.]{0,40}?,)?,?\\s+(?:[\\w-]+\\s+){0,5}?(?:buy|buys|bought|purchase|purchases|"
              + "purchased|use|uses|using|"
              + "deploy|deploys|deployed|order|orders|ordered|rent|rents|rented|adopt|adopts|adopted|"
              + "spend|spends|spent)\\s+"
              + "[^@.;]{0,50}?(?<maker>@O\\d+@)(?:'s|-based)?\\s+(?:(?:AI|custom|[\\w-]+-based|latest|newest|processor|chip)\\s+)?"
              + "(?:chips|GPUs|accelerators|processors|silicon|servers|architecture|platform|systems|hardware|"
              + "designs|technology|capacity)\\b");

  /** "SK Hynix, the biggest supplier of high-bandwidth memory to Nvidia". */
  static final Pattern SUPPLIER_TO =
      Pattern.compile(
          "(?<sup>@O\\d+@|"
              + OrgRelations.PRONOUN
              + "),?\\s+(?:is\\s+|was\\s+|remains\\s+|became\\s+)?(?:also\\s+)?(?:a|an|the|one of the)\\s+"
              + "(?:[\\w-]+\\s+){0,3}?(?:supplier|suppliers|provider|providers|vendor|vendors|ODM|ODMs|"
              + "assembler|assemblers|foundry|foundries)\\s+"
              + "(?:of\\s+[^@.;]{1,40}?\\s+)?(?:to|for)\\s+"
              + OrgRelations.ORGS);

  /** "TSMC is the sole manufacturer of Nvidia's most advanced GPUs". */
  static final Pattern MAKER_OF =
      Pattern.compile(
          "(?<sup>@O\\d+@),?\\s+(?:is|was|remains|has become|became)\\s+(?:the|a|an|one of the)\\s+"
              + "(?:[\\w-]+\\s+){0,2}?(?:manufacturers?|makers?|suppliers?|producers?|foundry|assemblers?|builders?|ODMs?)\\s+(?:of|for)\\s+"
              + OrgRelations.ORGS
              + "'s");

  /** "Humain would be its first customer". */
  static final Pattern ITS_CUSTOMER =
      Pattern.compile(
          "(?<cust>@O\\d+@)\\s+(?:would be|will be|is|was|became|has become|remains)\\s+"
              + "(?:its|their|the company's)\\s+(?:[\\w-]+\\s+){0,2}?customer\\b");

  /** "the company would buy chips from several suppliers, including Nvidia, AMD and Broadcom". */
  static final Pattern BUYS_FROM =
      Pattern.compile(
          // "It won orders from Google": the orders are received, Google buys
          "(?<user>@O\\d+@|[Tt]he company|\\b[Ii]t)\\s+(?:(?!(?:won|wins|win|winning|received|receives|"
              + "secured|secures|landed|lands|booked|books|got|gets)\\b)[\\w-]+\\s+){0,3}?(?:buy|buys|bought|buying|purchase|"
              + "purchases|purchased|purchasing|source|sources|sourced|sourcing|order|orders|ordered|ordering|"
              + "procure|procures|rent|rents|rented|renting|lease|leases|leased|leasing)\\s+"
              + "(?:[^@.;]|"
              + DECIMAL_POINT
              + "|@O\\d+@){0,40}?\\bfrom\\s+(?:[^@.;]{0,30}?\\b(?:including|such as|like)\\s+)?"
              + OrgRelations.ORGS);

  /** "Anthropic, ..., is the largest user of Trainium chips". */
  static final Pattern USER_OF =
      Pattern.compile(
          "(?<user>@O\\d+@)(?:,[^;.]{0,80}?,)?\\s+(?:is|was|remains|became|has become)\\s+(?:the|a|an|one of the)\\s+"
              + "(?:[\\w-]+\\s+){0,2}?(?:user|users|buyer|buyers|customer|customers)\\s+of\\s+(?:@O\\d+@'s\\s+)?"
              + SentenceExtractor.CHIPS);

  /** "rents ... to customers": lends what it has; "uses ... to serve" is no lending. */
  static final Pattern RENTS = Pattern.compile("\\b(?:rent|rents|rented)\\b");

  static final Pattern OUT_TO =
      Pattern.compile("\\s+(?:[\\w-]+\\s+){0,2}?(?:to|out to)\\s+(?!train|run|power|build|help)");

  /** "Broadcom, led by CEO Hock Tan, counts Google and Meta among its custom-chip customers". */
  static final Pattern COUNTS_AMONG =
      Pattern.compile(
          "(?<sup>@O\\d+@|"
              + OrgRelations.PRONOUN
              + ")(?:,[^;.]{0,60}?,|,\\s+which|(?:,\\s+which)?\\s+(?:[^;.@]|"
              + DECIMAL_POINT
              + "|@[CO]\\d+@){0,120}?\\s+and)?"
              + "\\s+(?:counts|lists|names|numbers)\\s+"
              + OrgRelations.ORGS
              + "\\s+(?:among|as)\\s+(?:its|their|a|an|one of its)\\s+(?:[\\w-]+\\s+){0,2}?(?:customers|clients|buyers|customer|client)\\b");

  static final Pattern SUPPLIES =
      Pattern.compile(
          "(?<sup>@O\\d+@)(?:"
              + APPOSITION
              + ")?,?\\s+(?:which\\s+|that\\s+)?"
              + "(?:already\\s+|also\\s+|now\\s+|will\\s+(?:also\\s+)?)?"
              // "has begun shipping HBM4 for Nvidia's Rubin GPUs"
              + "(?:(?:has|have)\\s+)?(?:(?:begun|began|started|starts|start)\\s+)?"
              + "(?:designs|makes|builds|supplies|provides|manufactures|produces|design|make|build|supply|"
              + "provide|designed|built|made|supplied|provided|manufactured|produced|ships|shipping|shipped|"
              + "delivers|delivering|delivered)\\s+(?:[^@.;]|@C\\d+@){0,40}?"
              + "\\bfor\\s+"
              + OrgRelations.ORGS);

  /** "Samsung has signed a $16.5 billion contract to make chips for Tesla". */
  static final Pattern CONTRACT_FOR =
      Pattern.compile(
          "(?<sup>@O\\d+@)\\s+(?:has\\s+|have\\s+)?(?:signed|won|wins|secured|landed|struck|clinched)\\s+"
              + "[^@;]{0,50}?\\b(?:contract|deal|agreement|order)\\s+to\\s+(?:make|supply|produce|"
              + "manufacture|build|fabricate|provide|design|develop)\\s+[^@.;]{0,40}?\\bfor\\s+"
              + OrgRelations.ORGS);

  static final Pattern SELLS_TO =
      Pattern.compile(
          "(?<sup>@O\\d+@|[Tt]he company|[Ii]t)\\s+(?:[\\w-]+\\s+){0,5}?(?:supplies|supplying|sells|selling|"
              + "ships|shipping|provides|providing|supply|sell|ship|provide)\\s+(?:[^@.;]|@C\\d+@){0,50}?\\bto\\s+"
              // "ships to its first customer, the GPU cloud Crusoe"
              + "(?:its\\s+(?:[\\w-]+\\s+){0,2}?customers?,\\s+)?"
              + OrgRelations.DESCRIBED
              + OrgRelations.ORGS);
  static final Pattern TRAINS_ON =
      Pattern.compile(
          "(?<user>@O\\d+@)(?:,[^;.]{0,60}?,|,\\s+which)?\\s+(?:is\\s+|are\\s+|has been\\s+|will\\s+|(?:plans|aims) to\\s+|"
              + "has (?:also )?said (?:that )?it\\s+)?"
              + "(?:training|trains|trained|train|running|runs|ran|run|serving|serves|serve)\\s+[^@.;]{0,50}?"
              + "\\bon\\s+(?:[^@.;]|@O\\d+@(?:'s)?\\s){0,40}?"
              + SentenceExtractor.CHIPS);

  /** "Its largest customer is G42", "Nvidia's biggest customers are Microsoft and Meta". */
  static final Pattern OWNERS_CUSTOMER_IS =
      Pattern.compile(
          "(?:(?<sup>@O\\d+@)'s|(?<its>\\b[Ii]ts|\\b[Tt]he company's|\\b[Tt]heir|\\b[Oo]ur))\\s+(?:[\\w-]+\\s+){0,3}?"
              + "(?:customers?|clients?|buyers?)\\s+(?:is|are|was|were|remains|remain)\\s+"
              + OrgRelations.ORGS);

  /** "Anthropic will use Amazon Web Services as its primary cloud provider". */
  static final Pattern USES_AS =
      Pattern.compile(
          "(?<objs>@O\\d+@)\\s+(?:[\\w-]+\\s+){0,3}?(?:use|uses|using|used|chose|chosen|picked|selected|"
              + "tapped|named)\\s+(?<sup>@O\\d+@)\\s+as\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:provider|"
              + "supplier|partner|vendor|foundry|manufacturer)\\b");

  /**
   * "Sony and Denso are also JASM's main customers", "OpenAI and Anthropic are newer customers" (of
   * the company the paragraph is about); not "prospective" ones.
   */
  static final Pattern ARE_CUSTOMERS =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:are|were|remain)\\s+(?:also\\s+|still\\s+|now\\s+|both\\s+)?"
              + "(?:(?<sup>@O\\d+@)'s\\s+|(?:its|their)\\s+)?"
              + "(?!(?:[\\w-]+\\s+)*?(?:prospective|potential|possible|would-be|target|former|past)\\b)"
              + "(?:[\\w-]+\\s+){0,2}?(?:customers|clients)\\b(?!\\s+(?:of|for|in|at)\\b)");

  /** "OpenAI has signed chip deals with AMD and Broadcom": the signer buys from them. */
  static final Pattern DEALS_WITH =
      Pattern.compile(
          "(?<user>@O\\d+@)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:signed|struck|inked|agreed)\\s+"
              + "(?:[\\w$.,-]+\\s+){0,4}?(?:chip|compute|computing|capacity|supply|GPU|cloud)\\s+"
              + "(?:deals?|contracts?|agreements?)\\s+with\\s+"
              + OrgRelations.ORGS);

  static final Pattern COMPETES_FOR =
      Pattern.compile(
          "(?i)\\b(?:compete|competes|competing|competed|vie|vies|vying|battle|battles|fight|fights)\\b"
              + "[^;.]{0,40}?\\bfor\\s+(?:[\\w-]+\\s+)?$");

  /**
   * "Google's TPUs ... are used by Apple and Anthropic", "Atlas-9 is deployed by Solstice Cloud".
   */
  static final Pattern USED_BY =
      Pattern.compile(
          SentenceExtractor.CHIPS
              // "Gaudi 3, the third-generation Gaudi accelerator, is now deployed by": the subject
              + "(?:"
              + APPOSITION
              + ")?"
              + "(?:\\s+(?:chips?|accelerators?|processors?))?,?\\s+(?:[^@.;]{0,40}?\\s)?(?:are|is|were|was|have been|has been)"
              + "\\s+(?:now\\s+|also\\s+|mainly\\s+|already\\s+|widely\\s+|only\\s+|primarily\\s+|exclusively\\s+)?"
              + "(?:used|deployed|adopted|installed)\\s+(?:only\\s+)?by\\s+"
              + OrgRelations.ORGS
              + "(?!'s)");

  static final Pattern THE_CHIPS = Pattern.compile("(?i)\\bthe (?:chips?|accelerators?)\\b");

  /** "Meta is in talks to use Google's TPUs": a possible purchase, not a customer yet. */
  static final Pattern TALKS =
      Pattern.compile(
          "(?i)\\b(?:in talks|in discussions|in negotiations|(?:is|are|was|were) (?:considering|weighing|"
              + "exploring|evaluating)|(?:could|may|might) (?:use|buy|adopt|deploy|order|rent)"
              // "Talks with Cariad about using Kranich were ended"
              + "|(?:talks|discussions|negotiations)\\s+(?:with|about|over|on)|evaluation of)\\b");

  /** The patterns read as "customers of", each with the words one of which its matches hold. */
  static final Cued SUPPLIER_TO_CUED =
      Cued.of(SUPPLIER_TO, "supplier", "provider", "vendor", "ODM", "assembler", "foundr");

  static final Cued COUNTS_AMONG_CUED =
      Cued.of(COUNTS_AMONG, "counts", "lists", "names", "numbers");
  static final Cued CONTRACT_FOR_CUED =
      Cued.of(CONTRACT_FOR, "contract", "deal", "agreement", "order");
  static final Cued SUPPLIES_CUED = Cued.of(SUPPLIES, "for");
  static final Cued MAKER_OF_CUED =
      Cued.of(
          MAKER_OF,
          "manufacturer",
          "maker",
          "supplier",
          "producer",
          "foundry",
          "assembler",
          "builder",
          "ODM");
  static final Cued OWNERS_CUSTOMER_IS_CUED =
      Cued.of(OWNERS_CUSTOMER_IS, "customer", "client", "buyer");
  static final Cued USES_AS_CUED = Cued.of(USES_AS, "as");

  private CustomerPatterns() {}
}
