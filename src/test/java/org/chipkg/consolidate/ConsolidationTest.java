package org.chipkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.rdf.Iris;
import org.chipkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/** Support and conflicts over the seeds: counts, the three known conflicts, removal, re-ingest. */
class ConsolidationTest {
  static final ArticleGraphs GRAPHS = ArticleGraphs.standard();
  static final List<String> SEEDS =
      List.of(
          "000_1276a32f5affbb05",
          "001_b16abcbed550b98d",
          "002_2e6012a47161ce1a",
          "003_880752c7b605c35c",
          "004_84b5b7fb35bf9942");

  static Article seed(String id) {
    return new ArticleReader().read(Path.of("seeds", id + ".txt"));
  }

  static void put(KnowledgeStore s, Article a) {
    s.replaceArticle(GRAPHS.articleIri(a), GRAPHS.of(a));
  }

  static KnowledgeStore seeds() {
    KnowledgeStore s = KnowledgeStore.inMemory();
    SEEDS.forEach(id -> put(s, seed(id)));
    return s;
  }

  /** "Rule focus" for every conflict, e.g. "TwoOrganizations andy-jassy". */
  static Set<String> conflicts(KnowledgeStore s) {
    return strings(
        s,
        "SELECT ?x WHERE { ?c a ck:Conflict ; ck:rule ?r ; ck:involves ?e ."
            + " BIND(CONCAT(STRAFTER(STR(?r), '#'), ' ', STRAFTER(STR(?e), '/id/')) AS ?x) }");
  }

  /** "fact-key article-id" for every claim behind the conflict about {@code focus}. */
  static Set<String> sides(KnowledgeStore s, String focus) {
    return strings(
        s,
        "SELECT ?x WHERE { ?c a ck:Conflict ; ck:involves <https://w3id.org/chipkg/id/"
            + focus
            + "> ; ck:conflictingFact ?f ; ck:conflictingClaim ?claim . ?f ck:factKey ?k ;"
            + " ck:supportedBy ?claim . ?claim prov:wasDerivedFrom ?a ; ck:evidence/ck:sentence ?s ."
            + " BIND(CONCAT(?k, ' ', SUBSTR(STRAFTER(STR(?a), '/article/'), 1, 3)) AS ?x) }");
  }

  /** "articles sources" of the fact with this key, or "" when there is no such fact. */
  static String support(KnowledgeStore s, String key) {
    Set<String> r =
        strings(
            s,
            "SELECT ?x WHERE { ?f a ck:Fact ; ck:factKey \""
                + key
                + "\" ; ck:articleCount ?n ; ck:sourceCount ?m . BIND(CONCAT(STR(?n), ' ', STR(?m)) AS ?x) }");
    return r.isEmpty() ? "" : r.iterator().next();
  }

  static Set<String> strings(KnowledgeStore s, String select) {
    String q =
        "PREFIX ck: <https://w3id.org/chipkg/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
            + select;
    return Txn.calculateRead(
        s.dataset(),
        () -> {
          Set<String> out = new TreeSet<>();
          try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> out.add(r.get("x").toString()));
          }
          return out;
        });
  }

  static Graph consolidated(KnowledgeStore s) {
    return Txn.calculateRead(
        s.dataset(),
        () -> {
          Graph g = GraphFactory.createDefaultGraph();
          s.dataset()
              .asDatasetGraph()
              .getGraph(NodeFactory.createURI(Iris.standard().consolidatedGraph()))
              .find()
              .forEachRemaining(g::add);
          return g;
        });
  }

  @Test
  void theSeedsGiveExactlyTheThreeKnownConflicts() {
    try (KnowledgeStore s = seeds()) {
      assertEquals(
          Set.of(
              "TwoOrganizations andy-jassy",
              "IncompatibleStatus trainium2",
              "AvailabilityDates trainium4"),
          conflicts(s));
      assertEquals(
          Set.of(
              "andy-jassy CEO amazon CURRENT 000",
              "andy-jassy CEO amazon CURRENT 003",
              "andy-jassy CEO amazon CURRENT 004",
              "andy-jassy CEO amazon-web-services CURRENT 001",
              "andy-jassy CEO amazon-web-services CURRENT 002"),
          sides(s, "andy-jassy"));
      assertEquals(
          Set.of("trainium2 status NotYetAvailable 000", "trainium2 status SoldOut 003"),
          sides(s, "trainium2"));
      Set<String> t4 = sides(s, "trainium4");
      assertTrue(t4.contains("trainium4 status Expected 2026 002"), t4::toString);
      assertTrue(t4.contains("trainium4 status NotYetAvailable 004"), t4::toString);
      // Trainium4's "sold out" capacity is stated next to its launch date in both articles.
      assertFalse(t4.stream().anyMatch(x -> x.contains("SoldOut")), t4::toString);
    }
  }

  @Test
  void supportCountsArticlesAndIndependentSources() {
    try (KnowledgeStore s = seeds()) {
      // 000, 003 (citing Bloomberg) and 004 (citing TechCrunch): three origins.
      assertEquals("3 3", support(s, "andy-jassy CEO amazon CURRENT"));
      // 001 and 004 both retell the TechCrunch report: they count once.
      assertEquals("3 2", support(s, "amazon competesWith nvidia"));
      assertEquals(
          Set.of("\"2026-06-19\"^^http://www.w3.org/2001/XMLSchema#date 2026-06-22"),
          strings(
              s,
              "SELECT ?x WHERE { ?f ck:factKey \"trainium developedBy amazon-web-services\" ;"
                  + " ck:firstReported ?a ; ck:lastReported ?b ."
                  + " BIND(CONCAT('\"', STR(?a), '\"^^', STR(DATATYPE(?a)), ' ', STR(?b)) AS ?x) }"));
    }
  }

  @Test
  void aSyndicatedCopyIsOneSource() throws Exception {
    try (KnowledgeStore s = seeds()) {
      assertEquals("2 2", support(s, "andy-jassy CEO amazon-web-services CURRENT"));
      String text = Files.readString(Path.of("seeds", "002_2e6012a47161ce1a.txt"));
      put(
          s,
          new ArticleReader().read("copy-of-002", "syndicated", text.replace("Mag-Info", "Wire")));
      // Stated by 001 and 002; the copy of 002 adds an article but no source.
      assertEquals("3 2", support(s, "andy-jassy CEO amazon-web-services CURRENT"));
    }
  }

  @Test
  void removalAndReingestUpdateSupportAndConflicts() {
    try (KnowledgeStore s = seeds()) {
      Graph before = consolidated(s);
      Article a3 = seed("003_880752c7b605c35c");
      s.removeArticle(GRAPHS.articleIri(a3));
      assertEquals(
          Set.of("TwoOrganizations andy-jassy", "AvailabilityDates trainium4"), conflicts(s));
      assertEquals("2 2", support(s, "andy-jassy CEO amazon CURRENT"));
      assertEquals("", support(s, "trainium2 status SoldOut"));
      put(s, a3);
      assertTrue(IsoMatcher.isomorphic(before, consolidated(s)), "re-ingest restores the view");
      put(s, a3);
      assertTrue(IsoMatcher.isomorphic(before, consolidated(s)), "re-ingest is idempotent");
    }
  }

  @Test
  void incrementalUpdatesEqualARebuild() {
    try (KnowledgeStore s = seeds()) {
      s.removeArticle(GRAPHS.articleIri(seed("000_1276a32f5affbb05")));
      put(s, seed("000_1276a32f5affbb05"));
      s.removeArticle(GRAPHS.articleIri(seed("001_b16abcbed550b98d")));
      Graph incremental = consolidated(s);
      s.rebuildConsolidation();
      assertTrue(IsoMatcher.isomorphic(incremental, consolidated(s)));
      assertFalse(incremental.isEmpty());
    }
  }
}
