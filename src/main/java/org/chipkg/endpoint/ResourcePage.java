package org.chipkg.endpoint;

import static org.chipkg.endpoint.Html.esc;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.vocab.CK;

/**
 * The HTML page of any other resource (a claim, a consolidated fact, a conflict, the ontology): a
 * claim shows its fact and provenance first; every page lists the resource's triples out and in,
 * each subject with an anchor so that {@code /ontology#CEO} lands on the term. Call inside a read
 * transaction.
 */
final class ResourcePage {
  private final LinkedDataSite site;
  private final Labels labels;
  private final ClaimView claims;

  ResourcePage(LinkedDataSite site) {
    this.site = site;
    this.labels = new Labels(site.dsg(), site.ontologyGraph());
    this.claims = new ClaimView(site, labels);
  }

  String render(Node n, Graph description, String path) {
    StringBuilder b = new StringBuilder();
    boolean isClaim = description.contains(n, RDF.type.asNode(), CK.Claim.asNode());
    if (isClaim) {
      b.append("<h2>Fact</h2><p>")
          .append(claims.fact(n))
          .append("</p><h2>Source</h2><p>")
          .append(claims.provenance(n, true))
          .append("</p>");
    }
    List<Node> subjects =
        description.find().toList().stream()
            .map(Triple::getSubject)
            .distinct()
            .sorted(
                Comparator.comparing((Node s) -> !s.equals(n))
                    .thenComparing((Node x) -> x.toString()))
            .toList();
    b.append("<h2>Statements</h2>");
    for (Node s : subjects) {
      String anchor = anchor(s);
      b.append("<h3")
          .append(anchor.isEmpty() ? "" : " id=\"" + esc(anchor) + "\"")
          .append(">")
          .append(claims.node(s))
          .append("</h3><table>");
      description.find(s, Node.ANY, Node.ANY).toList().stream()
          .sorted(
              Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                  .thenComparing(t -> t.getObject().toString()))
          .forEach(
              t ->
                  b.append("<tr><th>")
                      .append(claims.node(t.getPredicate()))
                      .append("</th><td>")
                      .append(claims.node(t.getObject()))
                      .append("</td></tr>"));
      b.append("</table>");
    }
    String title = n.getURI().equals(CK.ONTOLOGY_IRI) ? "ChipKG ontology" : labels.of(n);
    return Html.page(isClaim ? "Claim " + title : title, n.getURI(), path, b.toString());
  }

  private String anchor(Node s) {
    if (s.isURI() && s.getURI().startsWith(CK.NS)) {
      return s.getURI().substring(CK.NS.length());
    }
    if (s.isURI() && s.getURI().contains("#")) {
      return s.getURI().substring(s.getURI().indexOf('#') + 1);
    }
    return "";
  }
}
