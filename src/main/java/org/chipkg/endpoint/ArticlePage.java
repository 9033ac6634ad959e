package org.chipkg.endpoint;

import static org.chipkg.endpoint.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.PROV;
import org.chipkg.vocab.SCHEMA;

/**
 * The HTML page of an article: its metadata and every claim drawn from it, in text order, with the
 * evidence sentence marked inside the quote selector's surrounding text. The store keeps the
 * sentences and their context, not the whole article text, so that is what the page shows. Call
 * inside a read transaction.
 */
final class ArticlePage {
  private final LinkedDataSite site;
  private final DatasetGraph dsg;
  private final Labels labels;
  private final ClaimView claims;

  ArticlePage(LinkedDataSite site) {
    this.site = site;
    this.dsg = site.dsg();
    this.labels = new Labels(dsg, site.ontologyGraph());
    this.claims = new ClaimView(site, labels);
  }

  String render(Node a, String path) {
    StringBuilder b = new StringBuilder("<table>");
    meta(b, a, "identifier", SCHEMA.identifier.asNode());
    meta(b, a, "published", SCHEMA.datePublished.asNode());
    meta(b, a, "publisher", SCHEMA.publisher.asNode());
    meta(b, a, "cites", CK.citesSource.asNode());
    b.append("</table>");

    List<Node> cs = new ArrayList<>();
    dsg.find(a, Node.ANY, PROV.wasDerivedFrom.asNode(), a)
        .forEachRemaining(q -> cs.add(q.getSubject()));
    cs.sort(
        Comparator.comparingLong(
                (Node c) ->
                    claims.evidences(c).stream()
                        .mapToLong(claims::begin)
                        .min()
                        .orElse(Long.MAX_VALUE))
            .thenComparing(Node::getURI));
    b.append("<h2>Claims (").append(cs.size()).append(")</h2>");
    if (cs.isEmpty()) {
      b.append("<p>No fact was extracted from this article.</p>");
    } else {
      b.append("<ol>");
      for (Node c : cs) {
        b.append("<li>")
            .append(claims.fact(c))
            .append("<br><small>")
            .append(claims.provenance(c, false))
            .append("</small></li>");
      }
      b.append("</ol>");
    }
    Set<Node> named = new TreeSet<>(Comparator.comparing(labels::of));
    dsg.find(a, Node.ANY, RDFS.label.asNode(), Node.ANY)
        .forEachRemaining(
            q -> {
              if (claims.isEntity(q.getSubject())) {
                named.add(q.getSubject());
              }
            });
    if (!named.isEmpty()) {
      List<String> links = new ArrayList<>();
      named.forEach(n -> links.add(claims.node(n)));
      b.append("<h2>Named in this article</h2><p>")
          .append(String.join(" · ", links))
          .append("</p>");
    }
    String title =
        claims
            .one(a, SCHEMA.headline.asNode())
            .map(Node::getLiteralLexicalForm)
            .orElse(labels.of(a));
    return Html.page(title, a.getURI(), path, b.toString());
  }

  private void meta(StringBuilder b, Node a, String name, Node p) {
    List<String> values = new ArrayList<>();
    dsg.find(a, a, p, Node.ANY).forEachRemaining(q -> values.add(claims.node(q.getObject())));
    if (!values.isEmpty()) {
      b.append("<tr><th>")
          .append(esc(name))
          .append("</th><td>")
          .append(String.join(", ", values.stream().sorted().toList()))
          .append("</td></tr>");
    }
  }
}
