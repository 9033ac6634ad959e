package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.system.Txn;

/** The index at {@code /browse}: what the server offers, every entity and article. */
final class IndexServlet extends HttpServlet {
  private final transient LinkedDataSite site;

  IndexServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String html = Txn.calculateRead(site.dataset(), () -> new IndexPages(site).home());
    Responses.html(req, resp, 200, html, site.started());
  }
}
