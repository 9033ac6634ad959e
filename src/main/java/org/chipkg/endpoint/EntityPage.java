package org.chipkg.endpoint;

import static org.chipkg.endpoint.Html.esc;
import static org.chipkg.endpoint.Html.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.chipkg.vocab.CK;

/**
 * The HTML page of an entity: its types, names and outside links (Wikidata, DBpedia), every fact in
 * and out with the articles and evidence sentences behind it (claims that state the same fact are
 * grouped), the conflicts that name its claims (any {@code ck:Conflict} linking to the entity, to
 * one of its claims, or to a resource about it), and its neighbours. Call inside a read
 * transaction.
 */
final class EntityPage {
  private final LinkedDataSite site;
  private final DatasetGraph dsg;
  private final Labels labels;
  private final ClaimView claims;

  EntityPage(LinkedDataSite site) {
    this.site = site;
    this.dsg = site.dsg();
    this.labels = new Labels(dsg, site.ontologyGraph());
    this.claims = new ClaimView(site, labels);
  }

  String render(Node e, String path) {
    StringBuilder b = new StringBuilder();
    Set<String> types = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    Set<String> same = new TreeSet<>();
    dsg.find(Node.ANY, e, Node.ANY, Node.ANY)
        .forEachRemaining(
            (Quad q) -> {
              Node p = q.getPredicate();
              Node o = q.getObject();
              if (p.equals(RDF.type.asNode()) && o.isURI() && o.getURI().startsWith(CK.NS)) {
                types.add(claims.node(o));
              } else if (p.equals(SKOS.altLabel.asNode()) && o.isLiteral()) {
                names.add(esc(o.getLiteralLexicalForm()));
              } else if (p.equals(OWL.sameAs.asNode()) && o.isURI()) {
                same.add(sameAs(o.getURI()));
              }
            });
    b.append("<table>");
    row(b, "type", String.join(", ", types));
    if (!names.isEmpty()) {
      row(b, "also named", String.join(", ", names));
    }
    if (!same.isEmpty()) {
      row(b, "same as", String.join("<br>", same));
    }
    b.append("</table>");

    List<Node> claimGraphs = claimsNaming(e);
    Map<String, List<Node>> out = new TreeMap<>();
    Map<String, List<Node>> in = new TreeMap<>();
    Set<Node> neighbours = new TreeSet<>(Comparator.comparing(labels::of));
    for (Node c : claimGraphs) {
      String key =
          claims.one(c, CK.factKey.asNode()).map(Node::getLiteralLexicalForm).orElse(c.getURI());
      (claims.isOutgoing(c, e) ? out : in).computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      for (Triple t : claims.stated(c)) {
        for (Node x : new Node[] {t.getSubject(), t.getObject()}) {
          if (claims.isEntity(x) && !x.equals(e)) {
            neighbours.add(x);
          }
        }
      }
    }
    facts(b, "Facts about " + labels.of(e), out);
    facts(b, "Facts that name " + labels.of(e), in);
    conflicts(b, e, claimGraphs);
    if (!neighbours.isEmpty()) {
      b.append("<h2>Neighbours</h2><p>");
      List<String> links = new ArrayList<>();
      neighbours.forEach(n -> links.add(claims.node(n)));
      b.append(String.join(" · ", links)).append("</p>");
    }
    return Html.page(labels.of(e), e.getURI(), path, b.toString());
  }

  private void facts(StringBuilder b, String title, Map<String, List<Node>> groups) {
    b.append("<h2>").append(esc(title)).append(" (").append(groups.size()).append(")</h2>");
    if (groups.isEmpty()) {
      b.append("<p>None.</p>");
      return;
    }
    b.append("<ul>");
    List<List<Node>> sorted = new ArrayList<>(groups.values());
    sorted.sort(Comparator.comparing((List<Node> g) -> claims.fact(g.get(0))));
    for (List<Node> group : sorted) {
      group.sort(Comparator.comparing(Node::getURI));
      b.append("<li>")
          .append(claims.fact(group.get(0)))
          .append(" <small>— stated by ")
          .append(group.size())
          .append(group.size() == 1 ? " claim" : " claims")
          .append(support(group.get(0)))
          .append("</small><ul>");
      for (Node c : group) {
        b.append("<li>").append(claims.provenance(c, true)).append("</li>");
      }
      b.append("</ul></li>");
    }
    b.append("</ul>");
  }

  /** The consolidated fact supported by the claim, with its counts, if the store holds one. */
  private String support(Node claim) {
    var it = dsg.find(Node.ANY, Node.ANY, CK.supportedBy.asNode(), claim);
    try {
      if (!it.hasNext()) {
        return "";
      }
      Node f = it.next().getSubject();
      String articles =
          claims.one(f, CK.articleCount.asNode()).map(Node::getLiteralLexicalForm).orElse("?");
      String sources =
          claims.one(f, CK.sourceCount.asNode()).map(Node::getLiteralLexicalForm).orElse("?");
      return " · "
          + claims.node(f, "consolidated fact")
          + ": "
          + esc(articles)
          + " article(s), "
          + esc(sources)
          + " independent source(s)";
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
  }

  /** Claim graphs (named {@code <base>claim/...}) with a triple that names the entity. */
  private List<Node> claimsNaming(Node e) {
    String prefix = site.base() + "claim/";
    Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
    for (var it :
        List.of(
            dsg.find(Node.ANY, e, Node.ANY, Node.ANY), dsg.find(Node.ANY, Node.ANY, Node.ANY, e))) {
      it.forEachRemaining(
          q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(prefix)) {
              out.add(q.getGraph());
            }
          });
    }
    return new ArrayList<>(out);
  }

  private void conflicts(StringBuilder b, Node e, List<Node> claimGraphs) {
    Set<Node> mine = Set.copyOf(claimGraphs);
    Map<Node, List<Triple>> found = new LinkedHashMap<>();
    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CK.Conflict.asNode())
        .forEachRemaining(
            q -> {
              Node c = q.getSubject();
              List<Triple> ts = new ArrayList<>();
              dsg.find(Node.ANY, c, Node.ANY, Node.ANY).forEachRemaining(x -> ts.add(x.asTriple()));
              if (ts.stream().anyMatch(t -> relevant(t.getObject(), e, mine))) {
                found.putIfAbsent(c, ts);
              }
            });
    if (found.isEmpty()) {
      return;
    }
    b.append("<h2>Conflicts (").append(found.size()).append(")</h2><ul>");
    for (Map.Entry<Node, List<Triple>> c : found.entrySet()) {
      b.append("<li>").append(claims.node(c.getKey(), "conflict")).append("<ul>");
      c.getValue().stream()
          .filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
          .distinct()
          .sorted(
              Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                  .thenComparing(t -> t.getObject().toString()))
          .forEach(
              t -> {
                b.append("<li><em>").append(esc(labels.of(t.getPredicate()))).append("</em> ");
                Node o = t.getObject();
                if (mine.contains(o)) {
                  b.append(claims.fact(o)).append(" — ").append(claims.provenance(o, true));
                } else {
                  b.append(claims.node(o));
                }
                b.append("</li>");
              });
      b.append("</ul></li>");
    }
    b.append("</ul>");
  }

  private boolean relevant(Node o, Node e, Set<Node> mine) {
    if (o.equals(e) || mine.contains(o)) {
      return true;
    }
    if (!o.isURI()) {
      return false;
    }
    if (dsg.contains(Node.ANY, o, Node.ANY, e)) {
      return true;
    }
    var it = dsg.find(Node.ANY, o, Node.ANY, Node.ANY);
    try {
      while (it.hasNext()) {
        if (mine.contains(it.next().getObject())) {
          return true;
        }
      }
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
    return false;
  }

  private String sameAs(String iri) {
    String text = iri;
    if (iri.startsWith("http://www.wikidata.org/entity/")) {
      text = "Wikidata " + iri.substring(iri.lastIndexOf('/') + 1);
    } else if (iri.startsWith("http://dbpedia.org/resource/")) {
      text = "DBpedia " + iri.substring(iri.lastIndexOf('/') + 1);
    }
    return link(iri, text);
  }

  private static void row(StringBuilder b, String k, String vHtml) {
    b.append("<tr><th>").append(esc(k)).append("</th><td>").append(vHtml).append("</td></tr>");
  }
}
