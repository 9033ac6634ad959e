package org.chipkg.endpoint;

import static org.chipkg.endpoint.Html.esc;
import static org.chipkg.endpoint.Html.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.SCHEMA;

/** The home page (entities and articles) and the helpful 404 page. Call inside a read txn. */
final class IndexPages {
  private static final int SUGGESTIONS = 10;
  private final LinkedDataSite site;
  private final DatasetGraph dsg;

  IndexPages(LinkedDataSite site) {
    this.site = site;
    this.dsg = site.dsg();
  }

  /** Entity label (lower case) to IRI, for every labelled entity. */
  private Map<String, Node> entities() {
    Map<String, Node> out = new TreeMap<>();
    dsg.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY)
        .forEachRemaining(
            q -> {
              Node s = q.getSubject();
              if (s.isURI()
                  && s.getURI().startsWith(site.base() + "id/")
                  && q.getObject().isLiteral()) {
                out.putIfAbsent(q.getObject().getLiteralLexicalForm() + "\u0000" + s.getURI(), s);
              }
            });
    return out;
  }

  String home() {
    StringBuilder b = new StringBuilder();
    b.append("<p>Facts about the AI-chip industry extracted from news, each with its article and")
        .append(" evidence sentence. Query them at ")
        .append(link("/kg/sparql", "/kg/sparql"))
        .append(" (SPARQL 1.1); the dataset is described at ")
        .append(link("/.well-known/void", "/.well-known/void"))
        .append(" and dumped at ")
        .append(link("/dump.nq", "/dump.nq"))
        .append(". Every IRI under ")
        .append("<code>")
        .append(esc(site.base()))
        .append("</code> is served at the same path here.</p>");
    b.append("<h2>Entities</h2><ul>");
    Map<String, List<String>> byType = new TreeMap<>();
    Labels labels = new Labels(dsg, site.ontologyGraph());
    for (Node e : entities().values()) {
      String type = "other";
      var it = dsg.find(Node.ANY, e, RDF.type.asNode(), Node.ANY);
      while (it.hasNext()) {
        Node t = it.next().getObject();
        if (t.isURI() && t.getURI().startsWith(CK.NS)) {
          type = labels.of(t);
          if (!t.equals(CK.Organization.asNode())) {
            break;
          }
        }
      }
      byType
          .computeIfAbsent(type, k -> new ArrayList<>())
          .add(link(site.pathOf(e.getURI()), labels.of(e)));
    }
    byType.forEach(
        (t, ls) ->
            b.append("<li><strong>")
                .append(esc(t))
                .append("</strong>: ")
                .append(String.join(" · ", ls))
                .append("</li>"));
    b.append("</ul><h2>Articles</h2><ul>");
    List<String> articles = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), SCHEMA.NewsArticle.asNode())
        .forEachRemaining(
            q -> {
              if (q.getGraph().equals(q.getSubject())) {
                Node a = q.getSubject();
                String title = labels.of(a);
                var h = dsg.find(a, a, SCHEMA.headline.asNode(), Node.ANY);
                if (h.hasNext()) {
                  title = h.next().getObject().getLiteralLexicalForm();
                }
                articles.add("<li>" + link(site.pathOf(a.getURI()), title) + "</li>");
              }
            });
    articles.stream().sorted().forEach(b::append);
    b.append("</ul>");
    return Html.page("ChipKG", null, null, b.toString());
  }

  String notFound(String what) {
    StringBuilder b = new StringBuilder();
    b.append("<p>Nothing is known here about <code>")
        .append(esc(what))
        .append("</code>.</p><p>Entities live at <code>/id/&lt;name&gt;</code>, articles at")
        .append(
            " <code>/article/&lt;id&gt;</code>, claims at <code>/claim/&lt;hash&gt;</code>, the")
        .append(" ontology at ")
        .append(link("/ontology", "/ontology"))
        .append("; ")
        .append(link("/browse", "/browse"))
        .append(" lists every entity and article.</p>");
    String last = what.substring(what.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    List<String> near = new ArrayList<>();
    if (!last.isBlank()) {
      Labels labels = new Labels(dsg, site.ontologyGraph());
      for (Node e : entities().values()) {
        String slug = e.getURI().substring(e.getURI().lastIndexOf('/') + 1);
        String l = labels.of(e).toLowerCase(Locale.ROOT);
        if (near.size() < SUGGESTIONS
            && (slug.contains(last) || last.contains(slug) || l.contains(last.replace('-', ' ')))) {
          near.add(link(site.pathOf(e.getURI()), labels.of(e)));
        }
      }
    }
    if (!near.isEmpty()) {
      b.append("<p>Did you mean: ").append(String.join(" · ", near)).append("?</p>");
    }
    String q =
        "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label"
            + " FILTER(CONTAINS(LCASE(?label), \""
            + last.replaceAll("[^a-z0-9 ]", " ").strip()
            + "\")) } LIMIT 50";
    b.append("<p>Or search the labels with SPARQL: ")
        .append(
            link("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "this query"))
        .append(".</p>");
    return Html.page("Not found", null, null, b.toString());
  }
}
