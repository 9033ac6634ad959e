package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.vocab.CK;

/**
 * Writes one {@code ck:Fact} node: the claims and articles behind the fact, how many articles and
 * independent sources state it, and when it was first and last reported.
 */
final class Support {
  private Support() {}

  static void write(
      DatasetGraph dsg,
      Node graph,
      Node fact,
      String key,
      List<StatedFact> claims,
      Set<Node> involves) {
    Set<ArticleInfo> articles = new LinkedHashSet<>();
    claims.forEach(c -> articles.add(c.article()));
    add(dsg, graph, fact, RDF.type.asNode(), CK.Fact.asNode());
    add(dsg, graph, fact, CK.factKey.asNode(), NodeFactory.createLiteralString(key));
    for (StatedFact c : claims) {
      add(dsg, graph, fact, CK.supportedBy.asNode(), c.claim());
    }
    for (ArticleInfo a : articles) {
      add(dsg, graph, fact, CK.statedIn.asNode(), a.iri());
    }
    for (Node e : involves) {
      add(dsg, graph, fact, CK.involves.asNode(), e);
    }
    add(dsg, graph, fact, CK.articleCount.asNode(), integer(articles.size()));
    add(
        dsg,
        graph,
        fact,
        CK.sourceCount.asNode(),
        integer(Origins.independent(new ArrayList<>(articles))));
    List<ArticleInfo> dated = articles.stream().filter(ArticleInfo::dated).toList();
    dated.stream()
        .min(Comparator.comparing(ArticleInfo::from))
        .ifPresent(a -> add(dsg, graph, fact, CK.firstReported.asNode(), a.date()));
    dated.stream()
        .max(Comparator.comparing(ArticleInfo::to))
        .ifPresent(a -> add(dsg, graph, fact, CK.lastReported.asNode(), a.date()));
  }

  static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }

  static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
    dsg.add(g, s, p, o);
  }
}
