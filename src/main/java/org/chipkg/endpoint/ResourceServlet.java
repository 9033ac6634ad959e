package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;

/**
 * Dereferences ChipKG IRIs at this server's own paths ({@code /id/…}, {@code /claim/…}, {@code
 * /article/…}, {@code /fact/…}, {@code /conflict/…}, {@code /ontology}): 200 with the
 * representation chosen by {@code ?format=} or {@code Accept} (HTML, Turtle, JSON-LD, N-Triples,
 * RDF/XML), 406 when none is acceptable, 404 with a helpful HTML page when the store knows nothing
 * of the IRI.
 */
final class ResourceServlet extends HttpServlet {
  private static final List<Representation> OFFERS = List.of(Representation.values());
  private final transient LinkedDataSite site;

  ResourceServlet(LinkedDataSite site) {
    this.site = site;
  }

  private record Answer(int status, String mediaType, byte[] body) {}

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    String iri = site.iriOf(path);
    Optional<Representation> rep =
        Representation.choose(req.getParameter("format"), req.getHeader("Accept"), OFFERS);
    Answer a =
        Txn.calculateRead(
            site.dataset(),
            () -> {
              if (iri == null) {
                return notFound(path);
              }
              if (rep.isEmpty()) {
                return new Answer(406, "text/html", notAcceptable(path));
              }
              Graph d = new Describer(site).describe(iri);
              if (d.isEmpty()) {
                return notFound(iri);
              }
              Representation r = rep.get();
              if (r != Representation.HTML) {
                return new Answer(200, r.mediaType(), Responses.rdf(d, r));
              }
              Node n = NodeFactory.createURI(iri);
              String html;
              if (path.startsWith("/id/")) {
                html = new EntityPage(site).render(n, path);
              } else if (path.startsWith("/article/")) {
                html = new ArticlePage(site).render(n, path);
              } else {
                html = new ResourcePage(site).render(n, d, path);
              }
              return new Answer(200, "text/html", html.getBytes(StandardCharsets.UTF_8));
            });
    Responses.send(req, resp, a.status(), a.mediaType(), a.body(), site.started());
  }

  private Answer notFound(String what) {
    return new Answer(
        404, "text/html", new IndexPages(site).notFound(what).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] notAcceptable(String path) {
    StringBuilder b = new StringBuilder("<p>This resource is available as ");
    String sep = "";
    for (Representation r : OFFERS) {
      b.append(sep)
          .append(Html.esc(r.mediaType()))
          .append(" (")
          .append(Html.link(path + "?format=" + r.formatName(), "?format=" + r.formatName()))
          .append(")");
      sep = ", ";
    }
    b.append(".</p>");
    return Html.page("Not acceptable", null, null, b.toString()).getBytes(StandardCharsets.UTF_8);
  }
}
