package org.chipkg.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.rdf.Entailment;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.vocab.CK;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dereferencing, pages and descriptions over HTTP, on port 0, over two seeds. */
class LinkedDataIT {
  private static final String BASE = "https://w3id.org/chipkg/";
  private static final String ARTICLE = "000_1276a32f5affbb05";
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static KnowledgeStore store;
  private static SparqlServer server;
  private static String claim;

  @BeforeAll
  static void start() {
    store = KnowledgeStore.inMemory();
    ArticleGraphs g = ArticleGraphs.standard();
    for (String f : new String[] {ARTICLE + ".txt", "003_880752c7b605c35c.txt"}) {
      Article a = new ArticleReader().read(Path.of("seeds", f));
      store.replaceArticle(g.articleIri(a), g.of(a));
    }
    store.replaceGraph(CK.ONTOLOGY_IRI, Entailment.standard().ontology());
    // A hostile label: every page must escape it.
    Graph evil = GraphFactory.createDefaultGraph();
    Node x = NodeFactory.createURI(BASE + "id/evil");
    evil.add(Triple.create(x, RDF.type.asNode(), CK.Company.asNode()));
    evil.add(
        Triple.create(
            x, RDFS.label.asNode(), NodeFactory.createLiteralString("<script>alert(1)</script>")));
    store.replaceGraph(BASE + "article/evil", evil);
    claim =
        org.apache.jena.system.Txn.calculateRead(
            store.dataset(),
            () -> {
              try (var qe =
                  org.apache.jena.query.QueryExecution.dataset(store.dataset())
                      .query(
                          "SELECT ?c { GRAPH ?c { ?m <http://www.w3.org/ns/org#member> <"
                              + BASE
                              + "id/andy-jassy> } } ORDER BY ?c LIMIT 1")
                      .build()) {
                return qe.execSelect().next().getResource("c").getURI();
              }
            });
    // A conflict as the consolidation (issue 4) writes them: the entity page must show it.
    Graph conflicts = GraphFactory.createDefaultGraph();
    Node k = NodeFactory.createURI(BASE + "conflict/test");
    conflicts.add(Triple.create(k, RDF.type.asNode(), CK.Conflict.asNode()));
    conflicts.add(
        Triple.create(
            k, NodeFactory.createURI(CK.NS + "conflictingClaim"), NodeFactory.createURI(claim)));
    conflicts.add(
        Triple.create(
            k,
            NodeFactory.createURI(CK.NS + "reason"),
            NodeFactory.createLiteralString("two holders of one role")));
    store.replaceGraph(BASE + "graph/test-conflicts", conflicts);
    server = SparqlServer.builder().store(store).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    try {
      server.close();
    } finally {
      store.close();
    }
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static Graph parse(HttpResponse<byte[]> r, Lang lang) {
    return RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).toGraph();
  }

  @ParameterizedTest
  @CsvSource({
    "text/turtle, TTL",
    "application/ld+json, JSONLD",
    "application/n-triples, NT",
    "application/rdf+xml, RDFXML"
  })
  void entityInEachRdfFormat(String accept, String lang) throws Exception {
    HttpResponse<byte[]> r = get("/id/amazon", "Accept", accept);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
    assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
    assertTrue(r.headers().firstValue("ETag").isPresent());
    assertTrue(r.headers().firstValue("Last-Modified").isPresent());
    Lang l =
        switch (lang) {
          case "TTL" -> Lang.TURTLE;
          case "JSONLD" -> Lang.JSONLD;
          case "NT" -> Lang.NTRIPLES;
          default -> Lang.RDFXML;
        };
    Graph g = parse(r, l);
    Node amazon = NodeFactory.createURI(BASE + "id/amazon");
    assertTrue(g.contains(amazon, RDFS.label.asNode(), NodeFactory.createLiteralString("Amazon")));
    assertTrue(
        g.contains(
            amazon,
            OWL.sameAs.asNode(),
            NodeFactory.createURI("http://www.wikidata.org/entity/Q3884")));
  }

  @Test
  void formatParameterWinsOverAccept() throws Exception {
    HttpResponse<byte[]> r = get("/id/amazon?format=nt", "Accept", BROWSER);
    assertEquals(200, r.statusCode());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    assertFalse(parse(r, Lang.NTRIPLES).isEmpty());
    assertEquals(200, get("/id/amazon", "Accept", "*/*").statusCode());
    assertTrue(
        get("/id/amazon", "Accept", "*/*")
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("text/turtle"));
    assertEquals(406, get("/id/amazon", "Accept", "image/png").statusCode());
  }

  @Test
  void browserGetsTheEntityPage() throws Exception {
    HttpResponse<byte[]> r = get("/id/andy-jassy", "Accept", BROWSER);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String html = text(r);
    assertTrue(html.contains("<h1>Andy Jassy</h1>"), html);
    assertTrue(html.contains("href=\"/id/amazon\""), "links to a neighbour");
    assertTrue(html.contains("href=\"/article/" + ARTICLE + "\""), "links to the article");
    assertTrue(html.contains("<mark>"), "evidence sentences");
    assertTrue(html.contains("Conflicts ("), "the conflicts naming its claims");
    assertTrue(html.contains("two holders of one role"));
    assertFalse(html.contains("<script"), "no script on pages");
    java.util.regex.Matcher fact =
        java.util.regex.Pattern.compile("href=\"(/fact/[0-9a-f]+)\">consolidated fact")
            .matcher(html);
    assertTrue(fact.find(), "links to the consolidated fact with its support");
    HttpResponse<byte[]> f = get(fact.group(1), "Accept", "text/turtle");
    assertEquals(200, f.statusCode());
    assertTrue(parse(f, Lang.TURTLE).contains(Node.ANY, CK.supportedBy.asNode(), Node.ANY));
    String amazon = text(get("/id/amazon", "Accept", BROWSER));
    assertTrue(amazon.contains("href=\"http://www.wikidata.org/entity/Q3884\""), "Wikidata link");
    assertTrue(
        amazon.contains("href=\"http://dbpedia.org/resource/Amazon_(company)\""), "DBpedia link");
  }

  @Test
  void pagesEscapeWhatTheyShow() throws Exception {
    String html = text(get("/id/evil", "Accept", "text/html"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(text(get("/browse", "Accept", "text/html")).contains("<script>alert"));
    assertFalse(text(get("/id/%3Cscript%3E", "Accept", "text/html")).contains("<script>"));
  }

  @Test
  void conditionalGetsAnswer304() throws Exception {
    HttpResponse<byte[]> r = get("/id/amazon", "Accept", "text/turtle");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304, get("/id/amazon", "Accept", "text/turtle", "If-None-Match", etag).statusCode());
    assertEquals(
        200,
        get("/id/amazon", "Accept", "application/n-triples", "If-None-Match", etag).statusCode());
    String lm = r.headers().firstValue("Last-Modified").orElseThrow();
    assertEquals(
        304, get("/id/amazon", "Accept", "text/turtle", "If-Modified-Since", lm).statusCode());
  }

  @Test
  void unknownIriIs404WithAHelpfulPage() throws Exception {
    HttpResponse<byte[]> r = get("/id/amazn", "Accept", "text/turtle");
    assertEquals(404, r.statusCode());
    String html = text(r);
    assertTrue(html.contains("Nothing is known here"), html);
    assertEquals(404, get("/claim/0000000000000000").statusCode());
    assertTrue(
        text(get("/id/amazon-web", "Accept", BROWSER))
            .contains("href=\"/id/amazon-web-services\""));
  }

  @Test
  void articlePageAndRdf() throws Exception {
    String html = text(get("/article/" + ARTICLE, "Accept", "text/html"));
    assertTrue(html.contains("Claims ("), html);
    assertTrue(html.contains("<mark>"), "evidence marked in its context");
    Graph g = parse(get("/article/" + ARTICLE, "Accept", "text/turtle"), Lang.TURTLE);
    assertTrue(
        g.contains(
            NodeFactory.createURI(BASE + "article/" + ARTICLE),
            RDF.type.asNode(),
            NodeFactory.createURI("https://schema.org/NewsArticle")));
  }

  @Test
  void claimDereferencesWithItsFactAndProvenance() throws Exception {
    String path = claim.substring(BASE.length() - 1);
    Graph g = parse(get(path, "Accept", "application/ld+json"), Lang.JSONLD);
    Node c = NodeFactory.createURI(claim);
    assertTrue(g.contains(c, RDF.type.asNode(), CK.Claim.asNode()));
    assertTrue(
        g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/org#member"), Node.ANY));
    String html = text(get(path, "Accept", "text/html"));
    assertTrue(html.contains("<h2>Fact</h2>"), html);
  }

  @Test
  void ontologyIsServedAtItsIri() throws Exception {
    Graph g = parse(get("/ontology", "Accept", "text/turtle"), Lang.TURTLE);
    assertTrue(
        g.contains(NodeFactory.createURI(CK.ONTOLOGY_IRI), OWL.versionInfo.asNode(), Node.ANY));
    assertTrue(text(get("/ontology", "Accept", "text/html")).contains("id=\"CEO\""));
  }

  @Test
  void serviceDescriptionAtTheEndpoint() throws Exception {
    HttpResponse<byte[]> r = get("/kg/sparql", "Accept", "text/turtle");
    assertEquals(200, r.statusCode());
    Graph g = parse(r, Lang.TURTLE);
    Node sd = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#Service");
    assertTrue(g.contains(NodeFactory.createURI(server.sparqlUrl()), RDF.type.asNode(), sd));
    HttpResponse<byte[]> q =
        get("/kg/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
    assertEquals(200, q.statusCode());
  }

  @Test
  void voidDescribesTheDatasetAndItsDump() throws Exception {
    Graph g = parse(get("/.well-known/void", "Accept", "text/turtle"), Lang.TURTLE);
    String v = "http://rdfs.org/ns/void#";
    Node ds = NodeFactory.createURI(server.baseUrl() + "/.well-known/void#dataset");
    for (String p : new String[] {"triples", "entities", "classes", "properties"}) {
      Node n = g.find(ds, NodeFactory.createURI(v + p), Node.ANY).next().getObject();
      assertTrue(Long.parseLong(n.getLiteralLexicalForm()) > 0, p);
    }
    assertTrue(
        g.contains(
            ds,
            NodeFactory.createURI(v + "sparqlEndpoint"),
            NodeFactory.createURI(server.sparqlUrl())));
    assertTrue(g.contains(ds, NodeFactory.createURI(v + "uriLookupEndpoint"), Node.ANY));
    Node dump = g.find(ds, NodeFactory.createURI(v + "dataDump"), Node.ANY).next().getObject();
    assertTrue(
        g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#downloadURL"), dump));
    HttpResponse<byte[]> d = get(URI.create(dump.getURI()).getPath());
    assertEquals(200, d.statusCode());
    DatasetGraph back = DatasetGraphFactory.createTxnMem();
    RDFParser.source(new ByteArrayInputStream(d.body())).lang(Lang.NQUADS).parse(back);
    assertTrue(back.stream().count() > 100);
    HttpResponse<byte[]> facts = get("/dump/wikidata.ttl");
    assertEquals(200, facts.statusCode());
    assertFalse(parse(facts, Lang.TURTLE).isEmpty());
    assertEquals(404, get("/dump/full.ttl").statusCode());
  }

  @Test
  void contextAndLookup() throws Exception {
    HttpResponse<byte[]> c = get("/context.jsonld");
    assertEquals(200, c.statusCode());
    assertTrue(text(c).contains("\"ckr\": \"https://w3id.org/chipkg/id/\""));
    HttpResponse<byte[]> l =
        get(
            "/lookup?uri="
                + java.net.URLEncoder.encode(BASE + "id/amazon", StandardCharsets.UTF_8));
    assertEquals(303, l.statusCode());
    assertEquals("/id/amazon", l.headers().firstValue("Location").orElse(""));
    String home = text(get("/browse", "Accept", "text/html"));
    assertTrue(home.contains("href=\"/id/amazon\""), home);
  }
}
