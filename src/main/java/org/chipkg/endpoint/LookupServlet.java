package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.system.Txn;

/**
 * The VoID URI lookup endpoint, {@code /lookup?uri=IRI}: 303 See Other to where this server serves
 * the IRI, or 404 with the helpful page when the IRI is not one of ours.
 */
final class LookupServlet extends HttpServlet {
  private final transient LinkedDataSite site;

  LookupServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String uri = req.getParameter("uri");
    if (uri != null && site.isOurs(uri)) {
      String path = site.pathOf(uri);
      resp.setStatus(303);
      resp.setHeader("Location", path);
      resp.setHeader("Vary", "Accept");
      return;
    }
    String what = uri == null ? "(no ?uri= given)" : uri;
    String html = Txn.calculateRead(site.dataset(), () -> new IndexPages(site).notFound(what));
    Responses.html(req, resp, uri == null ? 400 : 404, html, site.started());
  }
}
