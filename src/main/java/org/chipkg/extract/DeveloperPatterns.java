package org.chipkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/** The sentence patterns {@link DeveloperExtractor} reads developers and designers with. */
final class DeveloperPatterns {
  static final String ADJ =
      "(?:(?:own|custom|homegrown|in-house|proprietary|new|newest|latest|next|next-generation|advanced|"
          + "most advanced|powerful|most powerful|top-end|high-end|@O\\d+@-based|[\\w]+-based|[\\w]+-specific|"
          + "flagship|upcoming|AI|first|second|third|current|[\\w]+-built|self-developed|[\\w]+-generation|"
          + "internally developed)\\s+){0,3}";
  static final String KIND =
      "(?:AI\\s+)?(?:chips?|silicon|accelerators?|processors?|GPUs?|CPUs?|NPUs?|ASICs?|chiplets?|"
          + "processing units?)";
  static final String OWNER =
      "(?<owner>@O\\d+@'s?|[Ii]ts|[Tt]heir|[Tt]he company's|@O\\d+@ with its)";

  /** "its self-developed silicon, such as the Trainium and Inferentia series". */
  static final Pattern OWN_KIND_SUCH_AS =
      Pattern.compile(
          "(?<owner>@O\\d+@'s|its|their|the company's)?[^@.;]{0,60}?"
              + "(?:self-developed|in-house|homegrown|custom|proprietary|own)\\s+"
              + KIND
              + ",?\\s+(?:such as|including|like)\\s+(?:the\\s+)?"
              + SentenceExtractor.CHIPS);

  /**
   * The words {@link #OWN_KIND_SUCH_AS} needs, found in one linear scan: its leading run of any
   * words is tried at every position, so it only runs where these occur.
   */
  static final Pattern OWN_KIND_CUE =
      Pattern.compile(
          "(?:self-developed|in-house|homegrown|custom|proprietary|own)\\s+"
              + KIND
              + ",?\\s+(?:such as|including|like)\\s");

  static final List<Pattern> DEVELOPED =
      List.of(
          Pattern.compile(OWNER + "\\s+" + ADJ + SentenceExtractor.CHIPS),
          Pattern.compile("(?<owner>@O\\d+@)\\s" + SentenceExtractor.CHIPS),
          // "Cerebras, which filed for an IPO last year, makes the WSE-3" (a foundry's is skipped)
          Pattern.compile(
              "(?<owner>@O\\d+@)(?:,(?:[^;@]|@[OP]\\d+@){0,80}?,|,\\s+which)?\\s+(?:also\\s+|now\\s+)?(?<verb>makes)\\s+(?:the\\s+|its\\s+)?"
                  + SentenceExtractor.CHIPS),
          // "Microsoft's first AI chip, the Maia 100, was unveiled", "Its first product, the
          // BR100, was", "Axelera's first product, the Metis AI processing unit (AIPU), is"
          Pattern.compile(
              OWNER
                  + "\\s+"
                  + ADJ
                  + "(?:[\\w-]+\\s+){0,2}?"
                  + "(?:"
                  + KIND
                  + "|products?)"
                  + ",\\s+(?:the\\s+)?"
                  + SentenceExtractor.CHIPS
                  + "(?:\\s+"
                  + KIND
                  + ")?(?:\\s+\\([^()]{1,20}\\))?(?:[,.;]|$)"),
          // a company writing of itself: "Our current chip, Ember 2,", "we design Ember"
          Pattern.compile(
              "(?<owner>\\b[Oo]ur)\\s+"
                  + ADJ
                  + "(?:[\\w-]+\\s+){0,2}?(?:"
                  + KIND
                  + "|products?),\\s+(?:the\\s+)?"
                  + SentenceExtractor.CHIPS
                  + "(?=\\s*[,.;(]|$)"),
          Pattern.compile(
              "(?<owner>\\b[Ww]e)\\s+(?:also\\s+|now\\s+)?(?<verb>design|develop|build|designed|developed|built)\\s+"
                  + "(?:the\\s+)?"
                  + SentenceExtractor.CHIPS
                  + "(?!\\s+(?:servers?|systems?|racks?|clusters?|capacity|instances?|data))"),
          // "REBEL, its next-generation inference chip"
          Pattern.compile(
              SentenceExtractor.CHIPS
                  + ",\\s+(?<owner>its|their|@O\\d+@'s)\\s+"
                  + ADJ
                  + "(?:[\\w-]+\\s+){0,2}?"
                  + KIND
                  + "\\b"),
          // "Cambricon Technologies, whose Siyuan chips are used by ByteDance"
          Pattern.compile(
              "(?<owner>@O\\d+@),\\s+whose\\s+(?:[\\w-]+\\s+){0,2}?" + SentenceExtractor.CHIPS),
          Pattern.compile(
              OWNER
                  + "\\s+"
                  + ADJ
                  + "(?:[\\w-]+\\s+|@C\\d+@\\s+){0,2}?"
                  + KIND
                  + ",?\\s+(?:called|known as|named|dubbed|code-named|codenamed)\\s+(?:the\\s+)?"
                  + SentenceExtractor.CHIPS),
          OWN_KIND_SUCH_AS,
          Pattern.compile(
              SentenceExtractor.CHIPS
                  + "(?:\\s+"
                  + KIND
                  + ")?,?\\s+(?:(?:is|was|are|were|has been)\\s+)?(?:a|an|the)?\\s*"
                  + ADJ
                  + "(?:"
                  + KIND
                  + "\\s+)?"
                  + "(?<verb>developed|designed|created|built|made)\\s+by\\s+(?:its\\s+|their\\s+|@O\\d+@'s\\s+)?"
                  // "built by Samsung's foundry": made there, not developed
                  + "(?<owner>@O\\d+@)(?!'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:foundry|fabs?|plants?|factory)\\b)"),
          Pattern.compile(
              "(?<owner>@O\\d+@),?\\s+(?:which|that)\\s+(?<verb>designs|develops|makes|builds|designed|"
                  + "developed|built)\\s+[^@.;]{0,50}?(?:called|named|dubbed|known as)\\s+"
                  + SentenceExtractor.CHIPS),
          // "The startup, which competes with Nvidia, designs the WSE-3", "It is developing Gaudi
          // 3"
          Pattern.compile(
              "(?<owner>@O\\d+@|\\b[Tt]he (?:[\\w-]+\\s+){0,2}?(?:company|startup|chipmaker|firm)|"
                  + "\\b[Tt]heir company|(?<!which\\s)\\b[Ii]t)"
                  + "(?:,(?:[^;.@]|@[OP]\\d+@){0,80}?,|,\\s+which)?"
                  + "\\s+(?:[\\w-]+\\s+){0,3}?(?:has\\s+|have\\s+)?(?<verb>develops|developed|designs|designed|"
                  + "developing|designing|building|sells|makes|taped out|tapes out|"
                  + "builds|built|launched|launches|unveiled|unveils|introduced|introduces|"
                  + "announced|announces|released|releases|debuted)\\s+(?:its\\s+|the\\s+|a\\s+)?"
                  + ADJ
                  + "(?:"
                  + KIND
                  + ",?\\s+)?(?:called\\s+|named\\s+)?"
                  + SentenceExtractor.CHIPS
                  // "sells H100 servers": a seller of systems built on another's chip
                  + "(?!\\s+(?:servers?|systems?|racks?|capacity|instances?|clusters?|boards?|cards?|"
                  + "PCs?|computers?|laptops?))"));
  static final Pattern CO_DEVELOP =
      Pattern.compile(
          OrgRelations.ORGS
              + "\\s+(?:will\\s+|plan to\\s+|plans to\\s+|agreed to\\s+)?(?:co-develop|co-design|"
              + "jointly develop|jointly design|co-developed|co-designed|develop|design|developed|designed)\\s+"
              + "[^@.;]{0,50}?(?:called|named|dubbed|known as)\\s+"
              + SentenceExtractor.CHIPS);

  /**
   * "The processor, which OpenAI calls Titan internally": the company names its own chip; "MTIA v2
   * ... was designed with help from Broadcom": the helper designs it too.
   */
  static final List<Pattern> NAMES_OR_HELPS =
      List.of(
          Pattern.compile(
              "(?<owner>@O\\d+@)\\s+(?:internally\\s+)?calls\\s+(?:it\\s+)?"
                  + SentenceExtractor.CHIPS),
          Pattern.compile(
              SentenceExtractor.CHIPS
                  + SentenceExtractor.GAP
                  + "{0,100}?\\b(?:was|were|is|are|been)\\s+(?<verb>designed|developed)\\s+with\\s+(?:the\\s+)?"
                  + "(?:help|assistance|support)\\s+(?:of|from)\\s+(?:@O\\d+@'s\\s+|\\p{Lu}[\\w.-]*'s\\s+)?(?<owner>@O\\d+@)"));

  /**
   * "Marvell worked on the design of Trainium2", "GUC has worked on Microsoft's Maia accelerators":
   * design work on another's chip.
   */
  static final Pattern WORKED_ON =
      Pattern.compile(
          "(?<owner>@O\\d+@)\\s+(?:has\\s+|had\\s+|also\\s+)?worked\\s+on\\s+(?:the\\s+design\\s+of\\s+)?"
              + "(?:the\\s+|@O\\d+@'s\\s+)?"
              + SentenceExtractor.CHIPS);

  /** "alongside Google, for which it designs the TPU": Google's chip, designed by the subject. */
  static final Pattern FOR_WHICH =
      Pattern.compile(
          "(?<client>@O\\d+@),\\s+for\\s+which\\s+it\\s+(?:also\\s+)?(?<verb>co-designs|co-designed|designs|"
              + "designed|develops|developed|builds|built|makes|made)\\s+(?:the\\s+|its\\s+)?"
              + SentenceExtractor.CHIPS);

  /** "Trainium 3, which AWS unveiled in December, is designed by Annapurna Labs". */
  static final Pattern PASSIVE_LATER =
      Pattern.compile(
          SentenceExtractor.CHIPS
              + ",\\s+(?:which|that)\\s+"
              + SentenceExtractor.GAP
              + "{0,60}?,\\s+(?:is|was|are|were)\\s+(?<verb>designed|developed)\\s+by\\s+(?<owner>@O\\d+@)");

  /** "OpenAI will work with Broadcom to develop its first in-house processors, known as Titan". */
  static final Pattern WORKS_WITH =
      Pattern.compile(
          "(?<a>@O\\d+@)\\s+(?:said\\s+(?:on\\s+\\w+\\s+)?(?:that\\s+)?it\\s+)?(?:will\\s+|would\\s+|plans to\\s+|has agreed to\\s+)?"
              + "(?:work|works|worked|partner|partners|partnered|team up|teamed up|collaborate|collaborates)\\s+"
              + "with\\s+(?<b>@O\\d+@)\\s+to\\s+(?:co-)?(?:develop|design|build|create)\\b[^.;@]{0,80}?"
              + SentenceExtractor.CHIPS);

  /** "Trainium3, co-developed with Alchip and Marvell". */
  static final Pattern CO_DEVELOPED_WITH =
      Pattern.compile(
          SentenceExtractor.CHIPS
              + ",?\\s+(?:which was\\s+|was\\s+|were\\s+|is\\s+|being\\s+)?(?:co-developed|co-designed|"
              + "jointly developed|jointly designed|developed together|designed together|designed|developed)"
              + "\\s+with\\s+"
              + OrgRelations.ORGS
              + "(?!'s)");

  /** "Broadcom, which helps Google design the TPUs": both design it. */
  static final Pattern HELPS_DESIGN =
      Pattern.compile(
          "(?<helper>@O\\d+@),?\\s+(?:which\\s+|that\\s+)?(?:helps|helped|is helping|has helped)\\s+"
              + "(?<owner>@O\\d+@)\\s+(?:to\\s+)?(?:design|develop|build|co-design)\\s+"
              + "(?:the\\s+|its\\s+|their\\s+)?"
              + ADJ
              + SentenceExtractor.CHIPS);

  /** "Marvell designs custom AI chips for Amazon Web Services, including the Trainium2". */
  static final Pattern DESIGNS_INCLUDING =
      Pattern.compile(
          "(?<owner>@O\\d+@)\\s+(?:also\\s+)?(?<verb>designs|develops|designed|developed|co-designs|co-designed)\\s+"
              + "[^@.;]{0,40}?\\b(?:chips?|accelerators?|processors?|silicon)\\b[^.;]{0,40}?"
              + "\\b(?:including|such as|like)\\s+(?:the\\s+)?"
              + SentenceExtractor.CHIPS);

  /** "Google's seventh-generation TPU, called Ironwood". */
  static final Pattern NAMED_MEMBER =
      Pattern.compile(
          OWNER
              + "\\s+"
              + ADJ
              + "(?:[\\w-]+-generation\\s+)?@C\\d+@,?\\s+(?:called|named|dubbed|known as)\\s+"
              + SentenceExtractor.CHIPS);

  /**
   * "The MI450, which AMD designed for both training and inference", "the H20, a chip Nvidia
   * designed".
   */
  static final Pattern RELATIVE_MAKER =
      Pattern.compile(
          SentenceExtractor.CHIPS
              + ",\\s+(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:chips?|accelerators?|processors?|GPUs?)\\s+"
              + "(?:that\\s+|which\\s+)?|which\\s+|that\\s+)(?<owner>@O\\d+@)\\s+(?:has\\s+|had\\s+)?"
              + "(?:also\\s+|originally\\s+|first\\s+)?(?<verb>designed|developed|created)\\b");

  static final Pattern THE_CHIPS_BY =
      Pattern.compile(
          "\\b[Tt]he (?:chips?|accelerators?|processors?)\\b,?\\s+(?:which are\\s+|are\\s+|were\\s+|is\\s+|was\\s+)?"
              + "(?<verb>designed|developed|built)\\s+by\\s+(?:@O\\d+@'s\\s+)?(?<owner>@O\\d+@)");
  static final Pattern DESIGNED_CHIPS =
      Pattern.compile("(?<owner>@O\\d+@)-(?<verb>designed|developed|built)\\s+" + KIND);

  static final Pattern PROGRAM =
      Pattern.compile(
          "(?<owner>@O\\d+@)\\s+(?:\\w+\\s+){0,2}?(?:developing|designing|building|develops|designs|"
              + "builds|developed|designed|built)\\s+(?:its|their)\\s+own\\s+"
              + KIND);

  /**
   * "Meta signed a deal with Nvidia to deploy millions of its GPUs": the chips of the partner the
   * deal is with, not of the buyer that signs it.
   */
  static final Pattern DEAL_PARTNER =
      Pattern.compile(
          "\\bwith\\s+(?<partner>@O\\d+@)\\s+to\\s+(?:[\\w-]+\\s+){0,2}?(?:deploy|buy|use|rent|"
              + "purchase|install|acquire)\\b[^@.;]{0,40}$");

  private DeveloperPatterns() {}
}
