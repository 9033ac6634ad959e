package org.chipkg.endpoint;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Registers the linked-data routes on a Fuseki server builder:
 *
 * <table>
 *   <caption>routes</caption>
 *   <tr><td>{@code /browse}</td><td>every entity and article ({@code /} is {@link WebPage})</td></tr>
 *   <tr><td>{@code /id/*}, {@code /claim/*}, {@code /article/*}, {@code /fact/*},
 *       {@code /conflict/*}, {@code /ontology}</td><td>dereferencing with content negotiation</td></tr>
 *   <tr><td>{@code /lookup?uri=}</td><td>303 to where an IRI is served</td></tr>
 *   <tr><td>{@code /.well-known/void}</td><td>VoID and DCAT</td></tr>
 *   <tr><td>{@code /dump.nq}, {@code /dump/*}</td><td>export profiles</td></tr>
 *   <tr><td>{@code /context.jsonld}</td><td>the JSON-LD context</td></tr>
 *   <tr><td>{@code <dataset>/sparql} (GET, no query)</td><td>SPARQL Service Description</td></tr>
 * </table>
 */
final class LinkedDataRoutes {
  private LinkedDataRoutes() {}

  static void register(FusekiServer.Builder b, LinkedDataSite site, String datasetPath) {
    ResourceServlet resources = new ResourceServlet(site);
    for (String space : LinkedDataSite.SPACES) {
      b.addServlet("/" + space + "*", resources);
    }
    b.addServlet("/ontology", resources);
    b.addServlet("/browse", new IndexServlet(site));
    b.addServlet("/lookup", new LookupServlet(site));
    b.addServlet(
        "/.well-known/void", new DescriptionServlets.VoidServlet(site, datasetPath + "/sparql"));
    DumpServlet dumps = new DumpServlet(site);
    b.addServlet("/dump.nq", dumps);
    b.addServlet("/dump/*", dumps);
    b.addServlet("/context.jsonld", new ContextServlet(site.started()));
    b.addFilter(
        datasetPath + "/sparql",
        new DescriptionServlets.ServiceDescriptionFilter(site, datasetPath + "/sparql"));
  }
}
