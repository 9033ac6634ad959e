package org.chipkg.consolidate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.SCHEMA;

/**
 * What consolidation needs to know of an article: when it was published (to the precision given),
 * who published it, which outlets it cites, and its text signature.
 *
 * @param iri the article IRI
 * @param id its short id (schema:identifier)
 * @param date its schema:datePublished literal, or null
 * @param from first day the publication date allows, or null when undated
 * @param to last day the publication date allows, or null when undated
 * @param publisher the publishing outlet, or null
 * @param cited outlets it says it draws on
 * @param signature its {@link org.chipkg.text.TextSignature}, or ""
 */
record ArticleInfo(
    Node iri,
    String id,
    Node date,
    LocalDate from,
    LocalDate to,
    Node publisher,
    Set<Node> cited,
    String signature) {

  static ArticleInfo read(DatasetGraph dsg, Node article) {
    LocalDate from = null;
    LocalDate to = null;
    Node date = first(dsg, article, SCHEMA.datePublished.asNode());
    if (date != null && date.isLiteral()) {
      String lex = date.getLiteralLexicalForm();
      try {
        if (lex.matches("\\d{4}")) {
          from = LocalDate.of(Integer.parseInt(lex), 1, 1);
          to = LocalDate.of(Integer.parseInt(lex), 12, 31);
        } else if (lex.matches("\\d{4}-\\d{2}")) {
          YearMonth ym = YearMonth.parse(lex);
          from = ym.atDay(1);
          to = ym.atEndOfMonth();
        } else {
          from = LocalDate.parse(lex.substring(0, 10));
          to = from;
        }
      } catch (RuntimeException e) {
        from = null;
        to = null;
      }
    }
    Set<Node> cited = new HashSet<>();
    dsg.find(article, article, CK.citesSource.asNode(), Node.ANY)
        .forEachRemaining(q -> cited.add(q.getObject()));
    Node id = first(dsg, article, SCHEMA.identifier.asNode());
    Node sig = first(dsg, article, CK.textSignature.asNode());
    return new ArticleInfo(
        article,
        id == null ? article.getURI() : id.getLiteralLexicalForm(),
        date,
        from,
        to,
        first(dsg, article, SCHEMA.publisher.asNode()),
        Set.copyOf(cited),
        sig == null ? "" : sig.getLiteralLexicalForm());
  }

  boolean dated() {
    return from != null;
  }

  /** True when the two articles may have been published within {@code days} of each other. */
  boolean within(ArticleInfo other, int days) {
    if (!dated() || !other.dated()) {
      return true; // undated: assume they report the same moment
    }
    return !from.isAfter(other.to.plusDays(days)) && !other.from.isAfter(to.plusDays(days));
  }

  private static Node first(DatasetGraph dsg, Node article, Node p) {
    var it = dsg.find(article, article, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject() : null;
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
  }
}
