package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.vocab.CK;

/**
 * Describes one {@code ck:Fact} node: the claims and articles behind the fact, how many articles
 * and independent sources state it, and when it was first and last reported.
 */
final class Support {
  private Support() {}

  /** The quads of the fact node, in {@code graph}. */
  static List<Quad> quads(
      Node graph, Node fact, String key, List<StatedFact> claims, Set<Node> involves) {
    List<Quad> out = new ArrayList<>();
    Set<ArticleInfo> articles = new LinkedHashSet<>();
    claims.forEach(c -> articles.add(c.article()));
    out.add(Quad.create(graph, fact, RDF.type.asNode(), CK.Fact.asNode()));
    out.add(Quad.create(graph, fact, CK.factKey.asNode(), NodeFactory.createLiteralString(key)));
    for (StatedFact c : claims) {
      out.add(Quad.create(graph, fact, CK.supportedBy.asNode(), c.claim()));
    }
    for (ArticleInfo a : articles) {
      out.add(Quad.create(graph, fact, CK.statedIn.asNode(), a.iri()));
    }
    for (Node e : involves) {
      out.add(Quad.create(graph, fact, CK.involves.asNode(), e));
    }
    out.add(Quad.create(graph, fact, CK.articleCount.asNode(), integer(articles.size())));
    out.add(
        Quad.create(
            graph,
            fact,
            CK.sourceCount.asNode(),
            integer(Origins.independent(new ArrayList<>(articles)))));
    List<ArticleInfo> dated = articles.stream().filter(ArticleInfo::dated).toList();
    dated.stream()
        .min(Comparator.comparing(ArticleInfo::from))
        .ifPresent(a -> out.add(Quad.create(graph, fact, CK.firstReported.asNode(), a.date())));
    dated.stream()
        .max(Comparator.comparing(ArticleInfo::to))
        .ifPresent(a -> out.add(Quad.create(graph, fact, CK.lastReported.asNode(), a.date())));
    return out;
  }

  static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }
}
