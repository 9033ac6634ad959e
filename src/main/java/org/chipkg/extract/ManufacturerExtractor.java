package org.chipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Which foundry fabricates a chip: "Trainium chips are produced by TSMC", "TSMC manufactures the
 * H100", "X taps Samsung to make its Y chip", "built on TSMC's 3nm process".
 */
public final class ManufacturerExtractor extends SentenceExtractor {
  private static final String MAKE = "(?:produced|manufactured|made|fabricated|fabbed|built)";

  /** "Samsung Electronics' contract chipmaking arm will manufacture": the company's arm. */
  private static final String ARM =
      "(?<arm>'s?\\s+(?:[\\w-]+\\s+){0,3}?(?:arm|unit|division|business|subsidiary))?";

  /** "made by China's top contract chipmaker SMIC": words that describe the foundry first. */
  private static final String DESCRIBED =
      "(?:(?:\\p{Lu}[\\w-]*'s\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:chipmaker|chip maker|foundry|manufacturer|"
          + "partner|supplier)\\s+)?";

  /** "will be produced first by TSMC". */
  private static final String FIRST =
      "(?:\\s+(?:first|initially|mainly|primarily|exclusively|solely|entirely))?";

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(
              CHIPS
                  + GAP
                  + "{0,140}?\\b(?:are|is|were|was|will be|would be|being|to be)\\s+(?:(?:mostly|all|also|now|currently|still|largely|both)\\s+)?"
                  + MAKE
                  + FIRST
                  + "\\s+(?:by|at)\\s+"
                  + DESCRIBED
                  + "(?<fab>@O\\d+@)"),
          Pattern.compile(
              CHIPS
                  // "The Vanta chip, built by Samsung's foundry,": an aside after the chip's kind
                  + "(?:\\s+(?:AI\\s+)?(?:chips?|accelerators?|processors?))?,?\\s+"
                  + "(?:(?:are|is|were|was|will be|would be|being|to be)\\s+)?(?:(?:mostly|all|also|now|currently|still|largely|both)\\s+)?"
                  + MAKE
                  + "\\s+(?:by|at)\\s+"
                  + DESCRIBED
                  + "(?<fab>@O\\d+@)"),
          Pattern.compile(
              CHIPS
                  + "\\s+(?:is|are|was|were)\\s+(?:developed|designed)\\s+by\\s+[^.;]{0,60}?\\band\\s+(?:later\\s+)?"
                  + MAKE
                  + "\\s+(?:by|at)\\s+(?<fab>@O\\d+@)"),
          Pattern.compile(
              "(?<fab>@O\\d+@)"
                  + ARM
                  + "(?:,\\s+which)?\\s+(?:(?:said|says|announced|confirmed)\\s+(?:that\\s+)?it\\s+)?"
                  + "(?:also\\s+|currently\\s+|already\\s+)?"
                  + "(?:will\\s+|would\\s+|plans to\\s+|agreed to\\s+|is set to\\s+)?(?:also\\s+)?(?:makes|manufactures|"
                  + "produces|fabricates|make|manufacture|produce|fabricate)\\s+"
                  + "(?:the\\s+|its\\s+|some(?: of the)?\\s+|@O\\d+@'s\\s+)?"
                  + "(?:(?:next-generation|new|latest|custom|AI|upcoming)\\s+)*"
                  + CHIPS),
          Pattern.compile(
              "(?:tapped|taps|chose|picked|uses|relies on|selected)\\s+(?<fab>@O\\d+@)\\s+to\\s+"
                  + "(?:make|manufacture|produce|fabricate|build)\\s+(?:its\\s+|the\\s+)?"
                  + CHIPS),
          Pattern.compile(
              CHIPS
                  + GAP
                  + "{0,80}?\\b(?:on|using)\\s+(?<fab>@O\\d+@)'s\\s+\\d+(?:\\s?nm|-nanometer|\\s+nanometer)"),
          // "Its Rubin GPUs use TSMC's N3P", "are made on TSMC's N2": a foundry's process node
          Pattern.compile(
              CHIPS
                  + GAP
                  + "{0,80}?\\b(?:use|uses|will use|used|are made on|is made on|are built on|is built on|"
                  + "are manufactured on|is manufactured on|are produced on|is produced on)\\s+(?<fab>@O\\d+@)'s\\s+"
                  + "(?:[\\w-]+\\s+)?(?:[NA]\\d{1,2}[A-Z]?|SF\\d[A-Z]?|\\d{1,2}(?:\\s?nm|-nanometer))\\b"),
          // "produced on TSMC's 4NP process", "built on TSMC's N3P node" (not its packaging)
          Pattern.compile(
              CHIPS
                  + GAP
                  + "{0,80}?\\b(?:on|using|in)\\s+(?<fab>@O\\d+@)'s\\s+(?:(?!packag)[\\w-]+\\s+){0,3}?"
                  + "(?:process|node|process technology|manufacturing technology)\\b"),
          Pattern.compile(
              CHIPS
                  + GAP
                  + "{0,80}?\\b(?:on|using)\\s+(?:a|an|the|its)?\\s*(?:\\d+|N\\d+)(?:\\s?nm|-nanometer|\\s+nanometer)?"
                  + "\\s+(?:process|node|technology)\\s+(?:at|from|by|of)\\s+(?<fab>@O\\d+@)"),
          // "Vale-1 taped out at GlobalFoundries", "has taped out on TSMC's N4P process"
          Pattern.compile(
              CHIPS
                  + GAP
                  + "{0,60}?\\b(?:has\\s+|have\\s+|was\\s+|were\\s+)?(?:taped|tapes|tape)[\\s-]out\\s+(?:at|on|with)\\s+"
                  + "(?<fab>@O\\d+@)"),
          // "taped out its first chip, Vale-1, at GlobalFoundries"
          Pattern.compile(
              "\\b(?:taped|tapes|tape)\\s+out\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:chips?|accelerators?|"
                  + "processors?),\\s+"
                  + CHIPS
                  + ",\\s+(?:at|on|with)\\s+(?<fab>@O\\d+@)"));

  /** "The company makes Nvidia's Blackwell chips and AMD's Instinct MI350 accelerators". */
  private static final Pattern FOUNDRY_MAKES =
      Pattern.compile(
          "(?<fab>@O\\d+@|\\b[Tt]he company|\\b[Ii]t)(?:,\\s+which)?\\s+(?:also\\s+|currently\\s+|already\\s+)?"
              + "(?:makes|manufactures|produces|fabricates|builds)\\s+(?<obj>[^;]{0,160})");

  private static final Pattern OBJECT_END =
      Pattern.compile("(?i),?\\s+(?:while|but|whereas|as well as|although|which|who)\\b");

  /**
   * "by GlobalFoundries and Samsung": a list that ends in "and" ("by TSMC, Nvidia said" is none).
   */
  private static final Pattern MORE_FABS =
      Pattern.compile("(?<objs>(?:,\\s*@O\\d+@)*,?\\s+and\\s+@O\\d+@)(?!'s)");

  private static final Pattern THE_CHIPS_MADE =
      Pattern.compile(
          "(?:\\b[Tt]he (?:chips?|accelerators?|processors?)\\b|^It\\b)(?:,[^;]{0,80}?,)?\\s+(?:(?:are|is|were|was|will be)\\s+(?:being\\s+)?"
              + "(?:all\\s+|mostly\\s+|both\\s+|also\\s+)?"
              + MAKE
              + "|(?:has\\s+|have\\s+)?taped\\s+out)\\s+(?:by|at|on|using)\\s+(?<fab>@O\\d+@)"
              // "Built by TSMC on its 7-nanometer process, it found a niche": fronted
              + "|^(?:Built|Made|Manufactured|Produced|Fabricated)\\s+(?:by|at)\\s+(?<fab2>@O\\d+@)[^;@]{0,60}?,\\s+"
              + "(?:it|the (?:chips?|accelerators?|processors?))\\b");

  @Override
  public String id() {
    return "manufacturing";
  }

  /** Every reading cites a chip the sentence names. */
  @Override
  String slots() {
    return "C";
  }

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    List<Claim> out = super.extract(a);
    Coreference coref = new Coreference(a);
    for (org.chipkg.text.Sentence s : a.sentences()) {
      if (!readable(s, "O")) {
        continue; // the maker is a foundry the sentence names
      }
      Masked m = new Masked(s);
      Matcher x = THE_CHIPS_MADE.matcher(m.text());
      while (x.find() && !negated(m, x)) {
        Mention fab = m.mention(x.group("fab") != null ? x.group("fab") : x.group("fab2"));
        coref
            .salientChip(s)
            .filter(c -> isOrg(fab))
            .ifPresent(
                chip ->
                    emit(
                        a,
                        m,
                        new Relation(chip, Relation.Predicate.MANUFACTURED_BY, fab.entity()),
                        0.65,
                        List.of(fab),
                        out));
      }
    }
    return out;
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    Matcher fm = FOUNDRY_MAKES.matcher(m.text());
    while (fm.find()) {
      String fab = fm.group("fab");
      Optional<Entity> foundry =
          fab.startsWith("@")
              ? Optional.of(m.mention(fab).entity())
              : coref.organization(m.sentence(), m.originalOffset(fm.start()));
      String obj = fm.group("obj");
      Matcher end = OBJECT_END.matcher(obj);
      if (end.find()) {
        obj = obj.substring(0, end.start());
      }
      if (negated(m, fm) || foundry.filter(f -> f.type() == EntityType.FOUNDRY).isEmpty()) {
        continue;
      }
      for (Mention chip : m.mentionsIn(obj)) {
        if (isChip(chip.entity())) {
          emit(
              a,
              m,
              new Relation(chip.entity(), Relation.Predicate.MANUFACTURED_BY, foundry.get()),
              0.75,
              List.of(chip),
              out);
        }
      }
    }
    for (Pattern p : PATTERNS) {
      Matcher x = p.matcher(m.text());
      while (x.find()) {
        Mention fab = m.mention(x.group("fab"));
        boolean active = !x.group().startsWith("@C");
        boolean makes = x.group().matches("(?s).*\\bmakes?\\b.*");
        boolean foundryArm =
            Masked.hasGroup(x, "arm")
                && x.group("arm") != null
                && x.group("arm")
                    .matches("(?s).*\\b(?:foundry|contract|chipmaking|manufacturing).*");
        if (negated(m, x)
            || !isOrg(fab)
            || (active && makes && fab.entity().type() != EntityType.FOUNDRY && !foundryArm)) {
          continue;
        }
        List<Mention> fabs = new ArrayList<>(List.of(fab));
        Matcher more = MORE_FABS.matcher(m.text().substring(x.end()));
        if (!active && more.lookingAt()) {
          fabs.addAll(OrgRelations.orgs(m, more.group("objs"))); // "by GlobalFoundries and Samsung"
        }
        // "Maia 200 succeeds the Maia 100 and is built on TSMC's process": the subject's fab
        for (Mention chip : subjectChips(m, x)) {
          for (Mention f : fabs) {
            if (isChip(chip.entity())) {
              Relation r =
                  new Relation(chip.entity(), Relation.Predicate.MANUFACTURED_BY, f.entity());
              emit(a, m, r, 0.85, List.of(chip, f), out);
            }
          }
        }
      }
    }
  }
}
