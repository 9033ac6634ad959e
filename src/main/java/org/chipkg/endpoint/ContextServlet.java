package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.chipkg.export.JsonLd;

/** The JSON-LD context every ChipKG JSON-LD document uses, at {@code /context.jsonld}. */
final class ContextServlet extends HttpServlet {
  private final transient Instant started;

  ContextServlet(Instant started) {
    this.started = started;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Responses.send(req, resp, 200, "application/ld+json", JsonLd.context(), started);
  }
}
