package org.chipkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentence patterns {@link SubsidiaryExtractor} reads corporate structure with; groups "child"
 * (or "child2") and "parent" hold organization slots.
 */
final class SubsidiaryPatterns {
  private static final String UNIT =
      "(?:[\\w.-]+\\s+){0,3}?(?:subsidiary|unit|division|arm|business|affiliate)";

  /** "Japan Advanced Semiconductor Manufacturing (JASM),": a short name in brackets. */
  private static final String PAREN = "(?:\\s+\\((?:[^()@]{1,20}|@O\\d+@)\\))?";

  /** "last year", "in 2019", "in March": when a deal happened, between its subject and verb. */
  private static final String WHEN =
      "(?:\\s+(?:(?:late\\s+|early\\s+|earlier\\s+)?(?:last|this)\\s+(?:year|month|week|quarter|spring|"
          + "summer|autumn|fall|winter)|in\\s+(?:(?:early|late|mid-)\\s*)?(?:\\p{Lu}[a-z]+\\s+)?(?:19|20)\\d\\d|"
          + "in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
          + "December)))?";

  /** A share that makes an owner the parent: "90%", "wholly", "majority-". */
  private static final String SHARE =
      "(?:(?:about|roughly|nearly|almost|around|more than|over)\\s+)?"
          + "(?:wholly[\\s-]+|majority[\\s-]+|fully\\s+|(?:[5-9]\\d|100)(?:\\.\\d+)?%[\\s-]+)?";

  /** "the Abu Dhabi sovereign fund", "the investment firm": what an owner is, before its name. */
  private static final String DESCRIBED = "(?:the\\s+(?:[\\w-]+\\s+){1,4}?)?";

  static final List<Pattern> CHILD_FIRST =
      List.of(
          // "X is now a wholly owned subsidiary of Y", "X, a licensing company based in Texas, and
          // a subsidiary of the investment firm Y"
          Pattern.compile(
              "(?<child>@O\\d+@)(?:,(?:\\s+[^@;]{1,60}?,?\\s+and)?|\\s+(?:is|was|has been|became|becomes|"
                  + "remains|will\\s+(?:be|become|remain|operate\\s+as)|would\\s+(?:be|become)|operates\\s+as)"
                  + "(?:\\s+now|\\s+also|\\s+still)?)\\s+(?:a|an|the)\\s+"
                  + UNIT
                  + "\\s+of\\s+"
                  + DESCRIBED
                  + "(?<parent>@O\\d+@)"),
          // "X is about 90% owned by Y", "the British chip startup, now owned by SoftBank"
          Pattern.compile(
              "(?<child>@O\\d+@)"
                  + PAREN
                  + ",?\\s+(?:which is\\s+|which was\\s+|(?:is|was|has been|remains)\\s+|"
                  + "(?:the|a|an)\\s+[^@;,]{0,40}?(?:,\\s+|\\s+))?(?:now\\s+|also\\s+|still\\s+)?"
                  + SHARE
                  + "(?:owned|acquired|bought|controlled)\\s+by\\s+(?:\\p{Lu}[\\w.-]*'s\\s+)?"
                  + DESCRIBED
                  + "(?<parent>@O\\d+@)"),
          // "Wiwynn, a Wistron subsidiary,"
          Pattern.compile(
              "(?<child>@O\\d+@)"
                  + PAREN
                  + ",\\s+(?:a|an|the)\\s+(?:wholly[\\s-]+owned\\s+|majority[\\s-]+owned\\s+)?"
                  + "(?<parent>@O\\d+@)\\s+(?:subsidiary|unit|division|affiliate)\\b"));

  /** "Kunlunxin, Baidu's chip unit". */
  static final Pattern POSSESSIVE_UNIT =
      Pattern.compile(
          "(?<child>@O\\d+@)" + PAREN + ",\\s+(?<parent>@O\\d+@)'s?\\s+" + UNIT + "\\b");

  /** "Annapurna Labs, a chip designer Amazon acquired in 2015". */
  static final Pattern ACQUIRED_APPOSITIVE =
      Pattern.compile(
          "(?<child>@O\\d+@),\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:company|startup|designer|"
              + "chipmaker|maker|firm|business)\\s+(?:that\\s+|which\\s+)?(?<parent>@O\\d+@)\\s+"
              + "(?:acquired|bought|purchased|owns)\\b");

  /**
   * "Amazon Web Services, the company's cloud computing unit", "TSMC Arizona, the foundry's U.S.
   * unit", "Tessary is now a wholly owned subsidiary": the parent is what the anaphor (or the
   * sentence's context) refers to.
   */
  static final Pattern OWN_UNIT =
      Pattern.compile(
          "(?<child>@O\\d+@)"
              + PAREN
              + ",\\s+(?:the\\s+(?:company|group|foundry|chipmaker|firm|startup|conglomerate)'s|its)\\s+"
              + "(?:[\\w.-]+\\s+){0,3}?(?:unit|division|arm|subsidiary)\\b"
              + "|\\b(?:[Tt]he\\s+(?:[\\w-]+\\s+){0,2}?company's|[Ii]ts)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:unit|division|arm|subsidiary),\\s+(?<child2>@O\\d+@)"
              + "|(?<child3>@O\\d+@)(?:,\\s+|\\s+(?:is|was|has been|became|will be)\\s+)(?:now\\s+)?(?:a|an)\\s+"
              + "(?:wholly|majority|fully)[\\s-]+owned\\s+(?:[\\w-]+\\s+)?(?:subsidiary|unit)\\b"
              + "(?!\\s+(?:of|to)\\b)"
              // "developed by its Annapurna Labs subsidiary"
              + "|\\b[Ii]ts\\s+(?<child4>@O\\d+@)\\s+(?:subsidiary|unit|division)\\b");

  /** "Google parent Alphabet", "Google's parent company, Alphabet,". */
  static final Pattern PARENT_AFTER_CHILD =
      Pattern.compile(
          "(?<child>@O\\d+@)(?:'s)?\\s+(?:corporate\\s+)?(?:parent|owner|parent company|holding company),?\\s+"
              + "(?<parent>@O\\d+@)");

  static final List<Pattern> PARENT_FIRST =
      List.of(
          // "Alphabet, Google's parent", "Alphabet, the parent company of Google"
          Pattern.compile(
              "(?<parent>@O\\d+@),\\s+(?:(?<child>@O\\d+@)'s\\s+(?:corporate\\s+)?(?:parent|owner)|(?:the\\s+)?"
                  + "(?:corporate\\s+)?(?:parent|owner)(?:\\s+company)?\\s+of\\s+(?<child2>@O\\d+@))"),
          Pattern.compile(
              "(?<parent>@O\\d+@),?\\s+(?:which\\s+)?(?:already\\s+|also\\s+|now\\s+|still\\s+)?(?:owns|holds|controls)\\s+(?:about\\s+|roughly\\s+|nearly\\s+|"
                  + "more than\\s+|around\\s+)?(?:(?:[5-9]\\d|100)(?:\\.\\d+)?%|a majority|a controlling stake|"
                  + "a majority stake)\\s+(?:stake\\s+)?(?:of|in)\\s+(?<child>@O\\d+@)"),
          Pattern.compile("(?<parent>@O\\d+@)'s?\\s+" + UNIT + ",?\\s+(?<child>@O\\d+@)"),
          // "SMIC and its subsidiary SMNC were added to the list"
          Pattern.compile(
              "(?<parent>@O\\d+@)\\s+and\\s+its\\s+(?:[\\w-]+\\s+){0,2}?(?:subsidiary|unit|affiliate)\\s+"
                  + "(?<child>@O\\d+@)"),
          Pattern.compile("(?<parent>@O\\d+@)-owned\\s+(?<child>@O\\d+@)"),
          // "Reliance Industries' Jio Platforms"
          Pattern.compile("(?<parent>@O\\d+@)'s?\\s+(?<child>@O\\d+@)(?!'s)"),
          // "SoftBank already controls Arm"
          Pattern.compile(
              "(?<parent>@O\\d+@),?\\s+(?:which\\s+)?(?:already\\s+|also\\s+|now\\s+|still\\s+|effectively\\s+)?"
                  + "(?:owns|controls)\\s+(?<child>@O\\d+@)(?!'s|\\s+(?:shares|stock|stakes?|equity)\\b)"),
          // "SoftBank closed its $6.5 billion purchase of Ampere", "AMD's acquisition of ZT
          // Systems"
          Pattern.compile(
              "(?<parent>@O\\d+@)(?:'s?\\s+|\\s+(?:has\\s+|had\\s+|did\\s+)?(?:closed|completed|finalized|"
                  + "finalised|close|complete|finalize|closes|completes|finalizes)\\s+(?:its|the)\\s+)"
                  + "(?:\\$[\\d.,]+\\s+(?:million|billion|trillion)?\\s*|[\\w-]+\\s+){0,3}?"
                  + "(?:purchase|acquisition|takeover|buyout)\\s+of\\s+(?:(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?"
                  + "(?:startup|start-up|designer|company|firm|maker|developer|platform|business)\\s+)?"
                  + "(?<child>@O\\d+@)(?!'s)"),
          Pattern.compile(
              "(?<parent>@O\\d+@)(?:,[^@.;]{0,30},)?"
                  + WHEN
                  + "\\s+(?:has\\s+|also\\s+)?(?:agreed to\\s+|to\\s+|will\\s+)?(?:acquired|acquire|acquires|bought|buy|"
                  + "buys|purchased|purchases|took over|takes over)\\s+(?:(?:chip|AI|chipmaking|semiconductor|"
                  + "software|networking|design)\\s+)?(?:startup|start-up|designer|company|firm|maker|rival)?"
                  + "\\s*(?<child>@O\\d+@)"
                  // "buy Intel common stock", "bought a stake": securities, not the company
                  + "(?!'s|\\s+(?:common\\s+|preferred\\s+)?(?:stock|shares|stakes?|equity|bonds|debt|assets|"
                  + "chips|processors|GPUs|servers|products)\\b)"),
          // "Nvidia also acquired a small compiler company in Zurich, Tessel Labs, in January" (an
          // appositive that closes: not "buys a photonics startup, Hailo ships ...")
          Pattern.compile(
              "(?<parent>@O\\d+@)\\s+(?:has\\s+|also\\s+|has also\\s+)?(?:acquired|bought|purchased)\\s+"
                  + "(?:a|an)\\s+[^@;.,]{0,50}?(?:startup|start-up|designer|company|firm|maker)"
                  + "(?:\\s+(?:in|from|based in)\\s+[^@;.,]{1,30})?,\\s+(?<child>@O\\d+@)"
                  + "(?=\\s*(?:[,.;]|$|\\s+(?:in|for|last|this|earlier|from)\\b))"));

  /**
   * "In July 2024 it acquired Graphcore", "The company bought Tessel Labs last year": the acquirer
   * is what the pronoun (group "it") refers to.
   */
  static final Pattern IT_ACQUIRED =
      Pattern.compile(
          "(?:^\\W*|[,;]\\s+|\\b(?:and|then)\\s+|^(?:In|in)\\s+[^@,;]{1,25}?,?\\s+)"
              + "(?<it>[Ii]t|[Tt]he (?:company|group|chipmaker|firm|startup))"
              + WHEN
              + "\\s+(?:has\\s+|also\\s+)?(?:acquired|bought|purchased|took over)\\s+(?:(?:chip|AI|chipmaking|"
              + "semiconductor|software|networking|design|compiler)\\s+)?(?:startup|start-up|designer|company|"
              + "firm|maker|rival)?\\s*(?<child>@O\\d+@)"
              + "(?!'s|\\s+(?:common\\s+|preferred\\s+)?(?:stock|shares|stakes?|equity|bonds|debt|assets|"
              + "chips|processors|GPUs|servers|products)\\b)"
              // "X is now part of Y", "X became part of Y"
              // "Quill, which we acquired last year and which is now part of Halcyon"
              + "|(?<child2>@O\\d+@),?\\s+(?:which\\s+(?:[^@;]{1,40}?\\s+and\\s+which\\s+)?)?"
              + "(?:is|has been|became|has become)\\s+(?:now\\s+)?part of\\s+"
              + "(?<parent>@O\\d+@)(?!'s)");

  /** "AMD's proposed acquisition of", "its failed bid": a deal that did not (yet) happen. */
  static final Pattern UNDONE =
      Pattern.compile(
          "(?i)\\b(?:proposed|planned|pending|failed|abandoned|attempted|rumou?red|potential|possible|"
              + "blocked|scrapped|aborted|collapsed|mooted)\\s+(?:[\\w$.,-]+\\s+){0,3}?"
              + "(?:purchase|acquisition|takeover|buyout|deal|bid)\\b");

  private SubsidiaryPatterns() {}
}
