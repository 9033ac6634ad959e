package org.chipkg.endpoint;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The query and browse page, served from the jar: the page at {@code /}, its scripts, styles and
 * YASGUI's bundle at {@code /web/*} (built into {@code web/} on the classpath by the Maven build),
 * and the saved queries at {@code /queries/NAME.rq}.
 */
final class WebPage {
  static final String PAGE = "web/index.html";

  private WebPage() {}

  static void register(FusekiServer.Builder b) {
    b.addServlet("", ClasspathServlet.file(PAGE));
    b.addServlet("/index.html", ClasspathServlet.file(PAGE));
    b.addServlet("/web/*", ClasspathServlet.directory("web/"));
    b.addServlet("/queries/*", ClasspathServlet.directory("queries/"));
  }
}
