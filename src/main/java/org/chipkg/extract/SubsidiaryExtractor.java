package org.chipkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Corporate structure: "A, a subsidiary of B", "B's cloud unit A", "A, owned by B", "B-owned A", "B
 * acquired A".
 */
public final class SubsidiaryExtractor extends SentenceExtractor {
  private static final String UNIT =
      "(?:[\\w-]+\\s+){0,3}?(?:subsidiary|unit|division|arm|business|affiliate)";
  private static final List<Pattern> CHILD_FIRST =
      List.of(
          Pattern.compile(
              "(?<child>@O\\d+@)(?:,|\\s+(?:is|was|has been|became|becomes|remains|will\\s+(?:be|become|"
                  + "remain|operate\\s+as)|would\\s+(?:be|become)|operates\\s+as))\\s+(?:a|an|the)\\s+"
                  + UNIT
                  + "\\s+of\\s+(?<parent>@O\\d+@)"),
          Pattern.compile(
              "(?<child>@O\\d+@),?\\s+(?:which is\\s+|which was\\s+|(?:the|a|an)\\s+[^@;,]{0,40}?\\s+)?"
                  + "(?:wholly\\s+|majority-|majority\\s+)?(?:owned|acquired|"
                  + "bought)\\s+by\\s+(?:\\p{Lu}[\\w.-]*'s\\s+)?(?<parent>@O\\d+@)"));

  /** "Kunlunxin, Baidu's chip unit". */
  private static final Pattern POSSESSIVE_UNIT =
      Pattern.compile("(?<child>@O\\d+@),\\s+(?<parent>@O\\d+@)'s\\s+" + UNIT + "\\b");

  /** "Annapurna Labs, a chip designer Amazon acquired in 2015". */
  private static final Pattern ACQUIRED_APPOSITIVE =
      Pattern.compile(
          "(?<child>@O\\d+@),\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:company|startup|designer|"
              + "chipmaker|maker|firm|business)\\s+(?:that\\s+|which\\s+)?(?<parent>@O\\d+@)\\s+"
              + "(?:acquired|bought|purchased|owns)\\b");

  /** "Amazon Web Services, the company's cloud computing unit". */
  private static final Pattern OWN_UNIT =
      Pattern.compile(
          "(?<child>@O\\d+@),\\s+(?:the company's|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:unit|division|arm|"
              + "subsidiary)\\b|\\b(?:[Tt]he\\s+(?:[\\w-]+\\s+){0,2}?company's|[Ii]ts)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:unit|division|arm|subsidiary),\\s+(?<child2>@O\\d+@)");

  /** "Google parent Alphabet", "Google's parent company, Alphabet,". */
  private static final Pattern PARENT_AFTER_CHILD =
      Pattern.compile(
          "(?<child>@O\\d+@)(?:'s)?\\s+(?:corporate\\s+)?(?:parent|owner|parent company|holding company),?\\s+"
              + "(?<parent>@O\\d+@)");

  private static final List<Pattern> PARENT_FIRST =
      List.of(
          // "Alphabet, Google's parent", "Alphabet, the parent company of Google"
          Pattern.compile(
              "(?<parent>@O\\d+@),\\s+(?:(?<child>@O\\d+@)'s\\s+(?:corporate\\s+)?(?:parent|owner)|(?:the\\s+)?"
                  + "(?:corporate\\s+)?(?:parent|owner)(?:\\s+company)?\\s+of\\s+(?<child2>@O\\d+@))"),
          Pattern.compile(
              "(?<parent>@O\\d+@),?\\s+(?:which\\s+)?(?:already\\s+|also\\s+|now\\s+|still\\s+)?(?:owns|holds|controls)\\s+(?:about\\s+|roughly\\s+|nearly\\s+|"
                  + "more than\\s+|around\\s+)?(?:(?:[5-9]\\d|100)(?:\\.\\d+)?%|a majority|a controlling stake|"
                  + "a majority stake)\\s+(?:stake\\s+)?(?:of|in)\\s+(?<child>@O\\d+@)"),
          Pattern.compile("(?<parent>@O\\d+@)'s\\s+" + UNIT + ",?\\s+(?<child>@O\\d+@)"),
          Pattern.compile("(?<parent>@O\\d+@)-owned\\s+(?<child>@O\\d+@)"),
          Pattern.compile("(?<parent>@O\\d+@)'s\\s+(?<child>@O\\d+@)(?!'s)"),
          Pattern.compile(
              "(?<parent>@O\\d+@)(?:,[^@.;]{0,30},)?\\s+(?:has\\s+)?(?:agreed to\\s+|to\\s+|will\\s+)?(?:acquired|acquire|bought|buy|"
                  + "purchased|took over)\\s+(?:(?:chip|AI|chipmaking|semiconductor|software|networking|"
                  + "design)\\s+)?(?:startup|start-up|designer|company|firm|maker|rival)?\\s*(?<child>@O\\d+@)"
                  // "buy Intel common stock", "bought a stake": securities, not the company
                  + "(?!'s|\\s+(?:common\\s+|preferred\\s+)?(?:stock|shares|stakes?|equity|bonds|debt|assets|"
                  + "chips|processors|GPUs|servers|products)\\b)"));

  @Override
  public String id() {
    return "subsidiaries";
  }

  @Override
  void sentence(AnnotatedArticle a, Coreference coref, Masked m, List<Claim> out) {
    for (Pattern p : CHILD_FIRST) {
      find(a, m, p, out);
    }
    for (Pattern p : PARENT_FIRST) {
      find(a, m, p, out);
    }
    find(a, m, ACQUIRED_APPOSITIVE, out);
    find(a, m, PARENT_AFTER_CHILD, out);
    find(a, m, POSSESSIVE_UNIT, out);
    Matcher u = OWN_UNIT.matcher(m.text());
    while (u.find()) {
      Mention child = m.mention(u.group("child") != null ? u.group("child") : u.group("child2"));
      coref
          .organization(m.sentence(), m.originalOffset(u.start()))
          .filter(parent -> isOrg(child) && !parent.equals(child.entity()))
          .ifPresent(
              parent ->
                  emit(
                      a,
                      m,
                      new Relation(child.entity(), Relation.Predicate.SUBSIDIARY_OF, parent),
                      0.7,
                      List.of(child),
                      out));
    }
  }

  private void find(AnnotatedArticle a, Masked m, Pattern p, List<Claim> out) {
    Matcher x = p.matcher(m.text());
    while (x.find()) {
      String c =
          Masked.hasGroup(x, "child2") && x.group("child2") != null
              ? x.group("child2")
              : x.group("child");
      Mention child = m.mention(c);
      Mention parent = m.mention(x.group("parent"));
      if (!negated(m, x)
          && isOrg(child)
          && isOrg(parent)
          && !child.entity().equals(parent.entity())) {
        Relation r =
            new Relation(child.entity(), Relation.Predicate.SUBSIDIARY_OF, parent.entity());
        emit(a, m, r, 0.8, List.of(child, parent), out);
      }
    }
  }
}
