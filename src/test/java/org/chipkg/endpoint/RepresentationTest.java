package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Content negotiation and escaping, without a server. */
class RepresentationTest {
  private static final List<Representation> ALL = List.of(Representation.values());

  private static Optional<Representation> choose(String format, String accept) {
    return Representation.choose(format, accept, ALL);
  }

  @Test
  void acceptHeaderWithQValues() {
    assertEquals(Representation.TURTLE, choose(null, null).orElseThrow());
    assertEquals(Representation.TURTLE, choose(null, "*/*").orElseThrow());
    assertEquals(
        Representation.HTML,
        choose(null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .orElseThrow());
    assertEquals(
        Representation.JSONLD,
        choose(null, "text/turtle;q=0.5, application/ld+json").orElseThrow());
    assertEquals(
        Representation.NTRIPLES, choose(null, "application/n-triples, text/*;q=0.2").orElseThrow());
    assertEquals(Representation.RDFXML, choose(null, "application/rdf+xml").orElseThrow());
    assertTrue(choose(null, "image/png").isEmpty());
    assertTrue(choose(null, "text/turtle;q=0").isEmpty());
  }

  @Test
  void formatParameterWins() {
    assertEquals(Representation.NTRIPLES, choose("nt", "text/html").orElseThrow());
    assertEquals(Representation.JSONLD, choose("jsonld", null).orElseThrow());
    assertEquals(Representation.TURTLE, choose("text/turtle", null).orElseThrow());
    assertEquals(Representation.RDFXML, choose("RDF", null).orElseThrow());
    assertTrue(choose("csv", "*/*").isEmpty());
  }

  @Test
  void htmlEscapesEverything() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.esc("<a href=\"x\">&'"));
    assertEquals("", Html.esc(null));
    assertEquals("<a href=\"/id/a&amp;b\">&lt;b&gt;</a>", Html.link("/id/a&b", "<b>"));
  }
}
