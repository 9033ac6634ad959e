package org.chipkg.endpoint;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/**
 * Counts for VoID and the service description, from SPARQL over the named graphs.
 *
 * @param triples distinct triples in the union of all graphs (the default graph of queries)
 * @param quads triples counted once per named graph
 * @param graphs named graphs
 * @param entities distinct typed resources under {@code <base>id/}
 * @param classes distinct classes used
 * @param properties distinct properties used
 */
record DatasetStats(
    long triples, long quads, long graphs, long entities, long classes, long properties) {

  static DatasetStats of(Dataset ds, String base) {
    return Txn.calculateRead(
        ds,
        () ->
            new DatasetStats(
                count(
                    ds,
                    "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"),
                count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                count(
                    ds,
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?t }"
                        + " FILTER(STRSTARTS(STR(?s), \""
                        + base.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "id/\")) }"),
                count(ds, "SELECT (COUNT(DISTINCT ?t) AS ?n) { GRAPH ?g { ?s a ?t } }"),
                count(ds, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
  }

  private static long count(Dataset ds, String query) {
    try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
      var rs = qe.execSelect();
      if (!rs.hasNext()) {
        return 0;
      }
      QuerySolution s = rs.next();
      return s.getLiteral("n").getLong();
    }
  }
}
