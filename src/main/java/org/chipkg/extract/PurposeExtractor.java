package org.chipkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.ChipPurpose;
import org.chipkg.model.ChipPurpose.Workload;
import org.chipkg.model.Claim;
import org.chipkg.model.Mention;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;
import org.chipkg.text.Sentence;

/**
 * What a chip is built for: "optimized for training deep learning models", "designed for inference
 * tasks", "purpose-built AI training chip", "designed for running models rather than training them"
 * (inference; the contrasted workload is not read as a purpose).
 */
public final class PurposeExtractor extends SentenceExtractor {
  private static final Pattern DESIGNED_FOR =
      Pattern.compile(
          CHIPS
              + GAP
              + "{0,120}?\\b(?:optimi[sz]ed|designed|built|purpose-built|tailored|focused|"
              + "geared|intended|aimed|(?:is|are|was|were|will be)\\s+(?:mainly\\s+|mostly\\s+|now\\s+)?used)(?:,[^,;@]{1,40},)?\\s+(?:specifically\\s+|primarily\\s+|mainly\\s+|"
              + "largely\\s+|only\\s+|solely\\s+|exclusively\\s+)?(?:(?:for|on|at)\\s+(?<what>(?:[\\w-]+\\s+){0,4}?(?:training|inference|"
              + "inferencing|running|serving|deploying))\\b|to\\s+(?:[\\w-]+\\s+)?(?<what2>run|serve|train)\\s+"
              + "(?:@O\\d+@'s\\s+|its\\s+|their\\s+)?(?:[\\w'-]+\\s+){0,4}?models?\\b)");
  private static final Pattern NOUN =
      Pattern.compile(
          CHIPS
              + "(?:,|\\s+(?:is|are|was|were)|\\s+(?:families|family|lines?|series)\\s+of)\\s+"
              + GAP
              + "{0,50}?\\b(?<what>training|inference)(?:-focused|-optimized|-oriented|-only)?"
              + "\\s+(?:chips?|accelerators?|processors?|GPUs?|NPUs?)\\b");

  /** "the Orca inference chip", "Aster, an inference-focused accelerator". */
  private static final Pattern NOUN_AFTER =
      Pattern.compile(
          CHIPS
              + "(?:,\\s+(?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,2}?|\\s+)(?<what>training|inference)"
              + "(?:-focused|-optimized|-oriented|-only)?\\s+(?:chips?|accelerators?|processors?|GPUs?|NPUs?)\\b");

  /** "Pico-7, a low-power chip for inference", "an accelerator for running AI models". */
  private static final Pattern KIND_FOR =
      Pattern.compile(
          CHIPS
              + ",\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:chips?|accelerators?|processors?|GPUs?|NPUs?)\\s+"
              + "(?:for|aimed at|built for|designed for|meant for)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?<what>training|inference|running|serving)\\b");

  /**
   * "BR104 and BR106, smaller variants of the BR100 series for inference", "Modalix, the second
   * generation of its MLSoC line of chips for edge AI inference": what the line is for.
   */
  private static final Pattern MEMBER_FOR =
      Pattern.compile(
          CHIPS
              + ",\\s+(?:(?:a|an|the|its)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:generations?|versions?|variants?|members?)\\s+of\\s+"
              + "(?:the\\s+|its\\s+|@O\\d+@'s\\s+)?@C\\d+@\\s+(?:series|line|family|lineup)(?:\\s+of\\s+"
              + "(?:[\\w-]+\\s+)?(?:chips|accelerators|processors))?\\s+(?:for|aimed at|built for|designed for)\\s+"
              + "(?:[\\w-]+\\s+){0,3}?(?<what>training|inference)\\b");

  /** "Designed from the ground up for inference, Fjord-3 serves ...": the purpose comes first. */
  private static final Pattern FRONTED =
      Pattern.compile(
          "^(?:Designed|Built|Optimi[sz]ed|Purpose-built|Tailored|Aimed)\\s+(?:[^,;@]{0,40}?\\s)?(?:for|at)\\s+"
              + "(?:[\\w-]+\\s+){0,2}?(?<what>training|inference)\\b[^,;@]{0,40},\\s+(?:the\\s+)?"
              + CHIPS);

  /** "It is used mainly for inference": the chip the paragraph last named. */
  private static final Pattern IT_IS_FOR =
      Pattern.compile(
          "^(?:It|The (?:new\\s+)?(?:chip|processor|accelerator|GPU)|(?<both>Both (?:chips|processors|accelerators)))"
              + "\\s+(?:is|was|will be|are|were)\\s+(?:used|designed|optimi[sz]ed|built|intended|aimed|targeted)\\s+"
              + "(?:mainly\\s+|mostly\\s+|primarily\\s+|largely\\s+|specifically\\s+|only\\s+|solely\\s+)?"
              + "(?:for|at)\\s+(?<what>training|inference)\\b");

  private static final Pattern TARGETS =
      Pattern.compile(
          CHIPS
              + "(?:\\s+(?:chips?|accelerators?|processors?|GPUs?))?(?:,(?:[^,;@]|@[OC]\\d+@){1,60},)?\\s+"
              // "Europa, Axelera's second-generation AIPU, which targets generative AI inference"
              + "(?:which\\s+)?(?:targets|is targeted at|is aimed at|"
              + "for|aimed at)\\s+(?:[\\w-]+\\s+){0,3}?(?<what>training|inference)\\b");

  private static final List<Pattern> CHIP_PATTERNS =
      List.of(DESIGNED_FOR, NOUN, NOUN_AFTER, KIND_FOR, TARGETS, FRONTED, MEMBER_FOR);

  /** "Both chips are aimed at training": the two chips the sentence before names. */
  private static List<org.chipkg.model.Entity> bothChips(AnnotatedArticle a, Sentence s) {
    if (s.index() == 0) {
      return List.of();
    }
    Sentence prev = a.sentences().get(s.index() - 1);
    List<org.chipkg.model.Entity> chips =
        prev.mentions().stream()
            .map(Mention::entity)
            .filter(SentenceExtractor::isChip)
            .distinct()
            .toList();
    return prev.paragraph() == s.paragraph() && chips.size() == 2 ? chips : List.of();
  }

  @Override
  public String id() {
    return "chip-purpose";
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Matcher it = IT_IS_FOR.matcher(m.text());
    if (it.find() && !negated(m, it)) {
      Workload w = it.group("what").equals("training") ? Workload.TRAINING : Workload.INFERENCE;
      if (it.group("both") != null) {
        bothChips(a, m.sentence())
            .forEach(c -> emit(a, m, new ChipPurpose(c, w), 0.6, List.of(), out));
      } else if (!m.text().startsWith("It")) {
        // "The chip is designed only for inference": the chip the article is about here
        coref
            .salientChip(m.sentence())
            .ifPresent(c -> emit(a, m, new ChipPurpose(c, w), 0.6, List.of(), out));
      } else {
        coref
            .chip(m.sentence(), m.sentence().span().begin())
            .ifPresent(c -> emit(a, m, new ChipPurpose(c, w), 0.65, List.of(), out));
      }
    }
    if (!m.has("C")) {
      return; // the rest cite chips the sentence names
    }
    for (Pattern p : CHIP_PATTERNS) {
      Matcher x = p.matcher(m.text());
      while (x.find()) {
        String what =
            Masked.hasGroup(x, "what2") && x.group("what2") != null
                ? (x.group("what2").equals("train") ? "training" : "running")
                : x.group("what");
        Workload w = what.endsWith("training") ? Workload.TRAINING : Workload.INFERENCE;
        String rest = m.text().substring(x.end(), Math.min(m.text().length(), x.end() + 20));
        java.util.regex.Matcher both =
            java.util.regex.Pattern.compile("^\\s+(?:and|&)\\s+(training|inference)\\b")
                .matcher(rest);
        if (both.find()) {
          Workload w2 = both.group(1).equals("training") ? Workload.TRAINING : Workload.INFERENCE;
          for (Mention chip : subjectChips(m, x)) {
            if (isChip(chip.entity()) && w2 != w) {
              emit(a, m, new ChipPurpose(chip.entity(), w2), 0.8, List.of(chip), out);
            }
          }
        }
        List<Mention> chips = subjectChips(m, x);
        for (Mention chip : chips) {
          if (isChip(chip.entity())) {
            emit(a, m, new ChipPurpose(chip.entity(), w), 0.8, List.of(chip), out);
          }
        }
      }
    }
  }
}
