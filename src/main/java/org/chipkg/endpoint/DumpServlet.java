package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.chipkg.export.ExportFormat;
import org.chipkg.export.ExportProfile;
import org.chipkg.export.Exporter;
import org.chipkg.rdf.Iris;

/**
 * Dumps at {@code /dump.nq} (profile full, sorted N-Quads) and {@code /dump/PROFILE.FORMAT} (e.g.
 * {@code /dump/facts.nt}, {@code /dump/wikidata.ttl}), the same bytes as {@code chipkg export}.
 */
final class DumpServlet extends HttpServlet {
  private final transient LinkedDataSite site;

  DumpServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    String name = path.equals("/dump.nq") ? "full.nq" : path.substring("/dump/".length());
    int dot = name.lastIndexOf('.');
    ExportFormat format;
    Exporter exporter;
    try {
      if (dot <= 0) {
        throw new IllegalArgumentException("expected /dump/PROFILE.FORMAT, got " + path);
      }
      format = ExportFormat.of(name.substring(dot + 1));
      exporter =
          Exporter.builder()
              .profile(ExportProfile.of(name.substring(0, dot)))
              .iris(new Iris(site.base()))
              .ontology(site.ontologyGraph())
              .build();
      exporter.check(format);
    } catch (IllegalArgumentException e) {
      Responses.html(
          req,
          resp,
          404,
          Html.page("No such dump", null, null, "<p>" + Html.esc(e.getMessage()) + "</p>"),
          null);
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(site.dsg(), format, out);
    Responses.send(req, resp, 200, format.mediaType(), out.toByteArray(), site.started());
  }
}
