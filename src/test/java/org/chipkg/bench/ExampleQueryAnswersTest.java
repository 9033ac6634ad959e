package org.chipkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.store.ParallelIngestor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped example queries are written for speed (their patterns ordered and scoped so that TDB2
 * reads less); on the seeds and a generated corpus they must answer exactly what their plain
 * formulation answers.
 */
class ExampleQueryAnswersTest {
  private static final String PREFIXES =
      """
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX ck: <https://w3id.org/chipkg/ontology#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private static final String WHO_RUNS_WHAT_PLAIN =
      PREFIXES
          + """
          SELECT ?person ?role ?organization (COUNT(DISTINCT ?article) AS ?articles)
          WHERE {
            GRAPH ?claim { ?m org:member ?p ; org:organization ?o ; org:role ?r ;
                              ck:tense ck:Current . }
            ?claim prov:wasDerivedFrom ?article .
            ?p rdfs:label ?person . ?o rdfs:label ?organization .
            BIND(STRAFTER(STR(?r), "#") AS ?role)
          }
          GROUP BY ?person ?role ?organization
          """;

  private static final String WELL_SUPPORTED_PLAIN =
      PREFIXES
          + """
          SELECT ?fact ?articles ?sources ?first ?last
          WHERE {
            ?f a ck:Fact ; ck:factKey ?fact ; ck:articleCount ?articles ; ck:sourceCount ?sources .
            OPTIONAL { ?f ck:firstReported ?first }
            OPTIONAL { ?f ck:lastReported ?last }
            FILTER(?articles >= 3)
          }
          """;

  private static KnowledgeStore store;

  @BeforeAll
  static void ingest(@TempDir Path dir) {
    CorpusGenerator.builder().articles(80).seed(7).build().write(dir);
    List<Path> files = new ArrayList<>(ArticleSources.expand(List.of(Path.of("seeds"))));
    files.addAll(ArticleSources.expand(List.of(dir)));
    store = KnowledgeStore.inMemory();
    ParallelIngestor.Report r =
        ParallelIngestor.builder()
            .graphs(ArticleGraphs.standard())
            .store(store)
            .build()
            .ingest(files, false);
    assertEquals(85, r.stored(), r.failures()::toString);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void whoRunsWhatAnswersAsItsPlainForm() throws IOException {
    ResultSetRewindable shipped = select(shipped("who-runs-what"));
    assertTrue(shipped.size() > 20, "rows: " + shipped.size());
    assertTrue(same(shipped, select(WHO_RUNS_WHAT_PLAIN)));
  }

  @Test
  void wellSupportedFactsAnswersAsItsPlainForm() throws IOException {
    ResultSetRewindable shipped = select(shipped("well-supported-facts"));
    assertTrue(shipped.size() > 3, "rows: " + shipped.size());
    assertTrue(same(shipped, select(WELL_SUPPORTED_PLAIN)));
  }

  @Test
  void whoRunsWhatOnTheSeeds() throws IOException {
    ResultSetRewindable rows = select(shipped("who-runs-what"));
    List<String> lines = new ArrayList<>();
    rows.forEachRemaining(
        b ->
            lines.add(
                b.getLiteral("person").getString()
                    + " | "
                    + b.getLiteral("role").getString()
                    + " | "
                    + b.getLiteral("organization").getString()
                    + " | "
                    + b.getLiteral("articles").getInt()));
    assertTrue(lines.contains("Andy Jassy | CEO | Amazon | 3"), lines::toString);
    assertTrue(lines.contains("Andy Jassy | CEO | Amazon Web Services | 2"), lines::toString);
  }

  @Test
  void explainIsMeasuredForATypicalAndTheBusiestEntity() {
    ExplainTargets t = ExplainTargets.of(store);
    assertTrue(t.busiestFacts() > t.typicalFacts() && t.typicalFacts() >= 1, t::toString);
    var queries = t.queries();
    assertTrue(queries.get("explain").contains("<" + t.typical() + ">"));
    assertTrue(queries.get("explain.busiest.page100").contains("<" + t.busiest() + ">"));
    assertEquals(ExampleQueries.withFirstPages().size() + 2, queries.size());
    assertTrue(select(queries.get("explain.busiest")).size() >= t.busiestFacts(), t::toString);
  }

  private static boolean same(ResultSetRewindable a, ResultSetRewindable b) {
    a.reset();
    return ResultSetCompare.equalsByTerm(a, b);
  }

  private static String shipped(String name) throws IOException {
    try (InputStream in =
        ExampleQueryAnswersTest.class.getResourceAsStream("/queries/" + name + ".rq")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ResultSetRewindable select(String query) {
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
            return ResultSetFactory.makeRewindable(qe.execSelect());
          }
        });
  }
}
