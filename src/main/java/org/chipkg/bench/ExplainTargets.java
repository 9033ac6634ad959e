package org.chipkg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.chipkg.store.KnowledgeStore;

/**
 * The entities the {@code explain} query is measured for at a scale: as shipped it names Trainium2,
 * which a generated corpus never mentions, so the benchmark asks it instead for a typical entity
 * (the median number of facts among entities with any) and for the busiest one (the most facts).
 */
record ExplainTargets(String typical, int typicalFacts, String busiest, int busiestFacts) {
  private static final String COUNTS =
      """
      PREFIX ck: <https://w3id.org/chipkg/ontology#>
      SELECT ?e (COUNT(?f) AS ?n) WHERE { ?f a ck:Fact ; ck:involves ?e }
      GROUP BY ?e ORDER BY ?n STR(?e)
      """;

  /** The targets in the store, or null when it has no facts. */
  static ExplainTargets of(KnowledgeStore store) {
    List<QuerySolution> rows =
        Txn.calculateRead(
            store.dataset(),
            () -> {
              List<QuerySolution> out = new ArrayList<>();
              try (QueryExecution qe =
                  QueryExecution.dataset(store.dataset()).query(COUNTS).build()) {
                qe.execSelect().forEachRemaining(out::add);
              }
              return out;
            });
    if (rows.isEmpty()) {
      return null;
    }
    QuerySolution mid = rows.get(rows.size() / 2);
    QuerySolution top = rows.get(rows.size() - 1);
    return new ExplainTargets(
        mid.getResource("e").getURI(),
        mid.getLiteral("n").getInt(),
        top.getResource("e").getURI(),
        top.getLiteral("n").getInt());
  }

  /**
   * The example queries with their first pages, {@code explain} asked for the typical entity and
   * {@code explain.busiest} (and its first page) for the busiest.
   */
  Map<String, String> queries() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : ExampleQueries.withFirstPages().entrySet()) {
      if (e.getKey().startsWith("explain")) {
        out.put(e.getKey(), about(e.getValue(), typical));
        out.put(e.getKey().replace("explain", "explain.busiest"), about(e.getValue(), busiest));
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static String about(String query, String iri) {
    String out =
        query.replaceFirst("VALUES \\?entity \\{ <[^>]*> \\}", "VALUES ?entity { <" + iri + "> }");
    if (out.equals(query) && !query.contains("<" + iri + ">")) {
      throw new IllegalStateException("explain.rq has no VALUES ?entity { <IRI> } to fill in");
    }
    return out;
  }
}
