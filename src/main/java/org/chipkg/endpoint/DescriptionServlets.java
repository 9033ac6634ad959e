package org.chipkg.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;

/** The servlets and the filter that answer with {@link Descriptions}. */
final class DescriptionServlets {
  private static final List<Representation> RDF =
      List.of(
          Representation.TURTLE,
          Representation.JSONLD,
          Representation.NTRIPLES,
          Representation.RDFXML);

  private DescriptionServlets() {}

  /** Sends an RDF graph, content negotiated among the RDF formats (Turtle when none matches). */
  static void sendRdf(
      HttpServletRequest req, HttpServletResponse resp, Graph g, LinkedDataSite site)
      throws IOException {
    Representation r =
        Representation.choose(req.getParameter("format"), req.getHeader("Accept"), RDF)
            .orElse(Representation.TURTLE);
    Responses.send(req, resp, 200, r.mediaType(), Responses.rdf(g, r), site.started());
  }

  /** VoID and DCAT at {@code /.well-known/void}. */
  static final class VoidServlet extends HttpServlet {
    private final transient LinkedDataSite site;
    private final String sparqlPath;

    VoidServlet(LinkedDataSite site, String sparqlPath) {
      this.site = site;
      this.sparqlPath = sparqlPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      DatasetStats st = DatasetStats.of(site.dataset(), site.base());
      sendRdf(
          req, resp, Descriptions.voidGraph(Descriptions.host(req), sparqlPath, site, st), site);
    }
  }

  /**
   * The SPARQL 1.1 Service Description: a GET of the query endpoint with no parameters (Fuseki
   * answers such a request 404; every other request goes on to Fuseki).
   */
  static final class ServiceDescriptionFilter implements Filter {
    private final LinkedDataSite site;
    private final String sparqlPath;

    ServiceDescriptionFilter(LinkedDataSite site, String sparqlPath) {
      this.site = site;
      this.sparqlPath = sparqlPath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if (request instanceof HttpServletRequest req
          && response instanceof HttpServletResponse resp
          && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
          && (req.getQueryString() == null
              || req.getQueryString().isEmpty()
              || req.getQueryString().startsWith("format="))) {
        DatasetStats st = DatasetStats.of(site.dataset(), site.base());
        sendRdf(
            req,
            resp,
            Descriptions.serviceDescription(Descriptions.host(req), sparqlPath, st),
            site);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
