package org.chipkg.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipkg.export.ExportFormat;
import org.chipkg.export.ExportProfile;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.OA;
import org.chipkg.vocab.ORG;
import org.chipkg.vocab.PROV;
import org.chipkg.vocab.SCHEMA;

/**
 * The dataset described for machines: VoID with DCAT (at {@code /.well-known/void}) and the SPARQL
 * 1.1 Service Description (at the endpoint URL on GET without a query). URLs are absolute, built
 * from the request's scheme and {@code Host}.
 */
final class Descriptions {
  static final String VOID = "http://rdfs.org/ns/void#";
  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  static final String FORMATS = "http://www.w3.org/ns/formats/";

  /** The dumps served, as profile and format: each a DCAT distribution. */
  static final String[][] DUMPS = {
    {"/dump.nq", "full", "nq"},
    {"/dump/facts.nt", "facts", "nt"},
    {"/dump/wikidata.nt", "wikidata", "nt"}
  };

  private Descriptions() {}

  static String host(HttpServletRequest req) {
    String host = req.getHeader("Host");
    if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
      host = req.getServerName() + ":" + req.getServerPort();
    }
    return req.getScheme() + "://" + host;
  }

  static Graph voidGraph(String host, String sparqlPath, LinkedDataSite site, DatasetStats st) {
    Graph g = graph();
    Node ds = uri(host + "/.well-known/void#dataset");
    add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
    add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
    add(g, ds, uri(DCT + "title"), NodeFactory.createLiteralLang("ChipKG", "en"));
    add(
        g,
        ds,
        uri(DCT + "description"),
        NodeFactory.createLiteralLang(
            "Facts about companies, chips, people, foundries and figures of the AI-chip industry"
                + " extracted from news, one named graph per claim with its provenance.",
            "en"));
    add(g, ds, uri(DCT + "license"), uri("https://creativecommons.org/licenses/by/4.0/"));
    add(g, ds, uri(DCT + "modified"), dateTime(site.started()));
    add(g, ds, uri(VOID + "sparqlEndpoint"), uri(host + sparqlPath));
    add(g, ds, uri(VOID + "uriLookupEndpoint"), uri(host + "/lookup?uri="));
    add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(site.base() + "id/"));
    add(g, ds, uri(VOID + "rootResource"), uri(host + "/browse"));
    for (String v : new String[] {CK.NS, ORG.NS, PROV.NS, SCHEMA.NS, OA.NS, RDFS.getURI()}) {
      add(g, ds, uri(VOID + "vocabulary"), uri(v));
    }
    add(g, ds, uri(VOID + "triples"), integer(st.triples()));
    add(g, ds, uri(VOID + "entities"), integer(st.entities()));
    add(g, ds, uri(VOID + "classes"), integer(st.classes()));
    add(g, ds, uri(VOID + "properties"), integer(st.properties()));
    for (String[] d : DUMPS) {
      Node url = uri(host + d[0]);
      Node dist = uri(host + d[0] + "#distribution");
      ExportFormat f = ExportFormat.of(d[2]);
      add(g, dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
      add(g, dist, uri(DCAT + "downloadURL"), url);
      add(g, dist, uri(DCAT + "accessURL"), url);
      add(
          g,
          dist,
          uri(DCAT + "mediaType"),
          uri("https://www.iana.org/assignments/media-types/" + f.mediaType()));
      add(g, dist, uri(DCT + "format"), NodeFactory.createLiteralString(f.mediaType()));
      add(
          g,
          dist,
          uri(DCT + "title"),
          NodeFactory.createLiteralLang("export profile " + ExportProfile.of(d[1]).id(), "en"));
      add(g, ds, uri(DCAT + "distribution"), dist);
      if (d[1].equals("full")) {
        add(g, ds, uri(VOID + "dataDump"), url);
      }
    }
    Node service = uri(host + sparqlPath);
    add(g, service, RDF.type.asNode(), uri(DCAT + "DataService"));
    add(g, service, uri(DCAT + "endpointURL"), service);
    add(g, service, uri(DCAT + "servesDataset"), ds);
    add(g, service, uri(DCAT + "endpointDescription"), service);
    add(g, ds, uri(DCAT + "accessService"), service);
    return g;
  }

  static Graph serviceDescription(String host, String sparqlPath, DatasetStats st) {
    Graph g = graph();
    Node s = uri(host + sparqlPath);
    add(g, s, RDF.type.asNode(), uri(SD + "Service"));
    add(g, s, uri(SD + "endpoint"), s);
    add(g, s, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
    add(g, s, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
    add(g, s, uri(SD + "defaultEntailmentRegime"), uri("http://www.w3.org/ns/entailment/Simple"));
    for (String f :
        new String[] {
          "SPARQL_Results_JSON",
          "SPARQL_Results_XML",
          "SPARQL_Results_CSV",
          "SPARQL_Results_TSV",
          "Turtle",
          "N-Triples",
          "JSON-LD"
        }) {
      add(g, s, uri(SD + "resultFormat"), uri(FORMATS + f));
    }
    Node ds = uri(host + sparqlPath + "#dataset");
    Node dg = uri(host + sparqlPath + "#default-graph");
    add(g, s, uri(SD + "defaultDataset"), ds);
    add(g, ds, RDF.type.asNode(), uri(SD + "Dataset"));
    add(g, ds, uri(SD + "defaultGraph"), dg);
    add(g, dg, RDF.type.asNode(), uri(SD + "Graph"));
    add(g, dg, uri(VOID + "triples"), integer(st.triples()));
    add(
        g,
        dg,
        uri(DCT + "description"),
        NodeFactory.createLiteralLang("The union of all named graphs.", "en"));
    add(g, ds, RDFS.seeAlso.asNode(), uri(host + "/.well-known/void"));
    return g;
  }

  private static Graph graph() {
    Graph g = GraphFactory.createDefaultGraph();
    g.getPrefixMapping().setNsPrefix("void", VOID);
    g.getPrefixMapping().setNsPrefix("dcat", DCAT);
    g.getPrefixMapping().setNsPrefix("dcterms", DCT);
    g.getPrefixMapping().setNsPrefix("sd", SD);
    g.getPrefixMapping().setNsPrefix("formats", FORMATS);
    g.getPrefixMapping().setNsPrefix("ck", CK.NS);
    g.getPrefixMapping().setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    return g;
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }

  private static Node uri(String s) {
    return NodeFactory.createURI(s);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node dateTime(Instant t) {
    return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
  }
}
