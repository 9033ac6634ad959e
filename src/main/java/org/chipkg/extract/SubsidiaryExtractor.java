package org.chipkg.extract;

import static org.chipkg.extract.SubsidiaryPatterns.ACQUIRED_APPOSITIVE;
import static org.chipkg.extract.SubsidiaryPatterns.CHILD_FIRST;
import static org.chipkg.extract.SubsidiaryPatterns.IT_ACQUIRED;
import static org.chipkg.extract.SubsidiaryPatterns.OWN_UNIT;
import static org.chipkg.extract.SubsidiaryPatterns.PARENT_AFTER_CHILD;
import static org.chipkg.extract.SubsidiaryPatterns.PARENT_FIRST;
import static org.chipkg.extract.SubsidiaryPatterns.POSSESSIVE_UNIT;
import static org.chipkg.extract.SubsidiaryPatterns.UNDONE;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.Relation;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;

/**
 * Corporate structure: "A, a subsidiary of B", "B's cloud unit A", "A, owned by B", "B-owned A", "B
 * acquired A", "B closed its purchase of A", "A, a B subsidiary", "A is 90% owned by B"; the
 * patterns are in {@link SubsidiaryPatterns}.
 */
public final class SubsidiaryExtractor extends SentenceExtractor {
  @Override
  public String id() {
    return "subsidiaries";
  }

  /** Every subsidiary is an organization the sentence names. */
  @Override
  String slots() {
    return "O";
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
    Matcher it = IT_ACQUIRED.matcher(m.text());
    while (it.find()) {
      if (it.group("it") == null) {
        emitChild(
            a, m, it, m.mention(it.group("child2")), m.mention(it.group("parent")).entity(), out);
      } else {
        coref
            .organization(m.sentence(), m.originalOffset(it.start("it")))
            .ifPresent(p -> emitChild(a, m, it, m.mention(it.group("child")), p, out));
      }
    }
    Matcher u = OWN_UNIT.matcher(m.text());
    while (u.find()) {
      String c = u.group("child");
      for (String g : List.of("child2", "child3", "child4")) {
        c = c != null ? c : u.group(g);
      }
      Mention child = m.mention(c);
      if (negated(m, u)) {
        continue;
      }
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

  private void emitChild(
      AnnotatedArticle a, Masked m, Matcher x, Mention child, Entity parent, List<Claim> out) {
    if (!negated(m, x)
        && !UNDONE.matcher(m.text().substring(Math.max(0, x.start() - 40), x.end())).find()
        && isOrg(child)
        && parent.type().isOrganization()
        && !child.entity().equals(parent)) {
      Relation r = new Relation(child.entity(), Relation.Predicate.SUBSIDIARY_OF, parent);
      emit(a, m, r, 0.7, List.of(child), out);
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
          && !UNDONE.matcher(m.text().substring(Math.max(0, x.start() - 40), x.end())).find()
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
