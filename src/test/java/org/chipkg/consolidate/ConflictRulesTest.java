package org.chipkg.consolidate;

import static org.chipkg.consolidate.ConsolidationTest.conflicts;
import static org.chipkg.consolidate.ConsolidationTest.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.Entailment;
import org.chipkg.rdf.Iris;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.vocab.CK;
import org.junit.jupiter.api.Test;

/** Each conflict rule on short articles of our own, with the cases that must not conflict. */
class ConflictRulesTest {
  static Article article(String id, String dateLine, String body) {
    return new ArticleReader()
        .read(id, id, "Industry report " + id + "\n" + dateLine + "\n" + body + "\n");
  }

  static Set<String> conflictsOf(Article... articles) {
    try (KnowledgeStore s = KnowledgeStore.inMemory()) {
      for (Article a : articles) {
        put(s, a);
      }
      return conflicts(s);
    }
  }

  @Test
  void twoChiefExecutivesOfOneCompanyAtOnce() {
    assertEquals(
        Set.of("TwoHolders acme-silicon"),
        conflictsOf(
            article("h1", "June 2, 2026", "Acme Silicon CEO Jane Doe said demand is strong."),
            article("h2", "June 9, 2026", "Acme Silicon CEO John Roe said orders doubled.")));
  }

  @Test
  void chiefExecutivesYearsApartAreASuccessionNotAConflict() {
    assertEquals(
        Set.of(),
        conflictsOf(
            article("h3", "March 1, 2019", "Acme Silicon CEO John Roe said demand is strong."),
            article("h4", "March 1, 2025", "Acme Silicon CEO Jane Doe said orders doubled.")));
  }

  @Test
  void differentFiguresForOneQuarter() {
    assertEquals(
        Set.of("DifferentValues nvidia"),
        conflictsOf(
            article("m1", "May 28, 2026", "Nvidia reported quarterly revenue of $57 billion."),
            article("m2", "May 29, 2026", "Nvidia reported quarterly revenue of $44 billion.")));
  }

  @Test
  void aRoundedFigureAgreesWithTheExactOne() {
    assertEquals(
        Set.of(),
        conflictsOf(
            article("m3", "May 28, 2026", "Nvidia reported quarterly revenue of $57 billion."),
            article(
                "m4", "May 29, 2026", "Nvidia reported quarterly revenue of about $56 billion.")));
  }

  @Test
  void twoParentsForOneCompany() {
    assertEquals(
        Set.of("TwoValues annapurna-labs"),
        conflictsOf(
            article("p1", "June 2, 2026", "Annapurna Labs is a subsidiary of Amazon."),
            article("p2", "June 3, 2026", "Annapurna Labs is a subsidiary of Google.")));
  }

  @Test
  void aParentAndItsOwnParentAreNotAConflict() {
    assertEquals(
        Set.of(),
        conflictsOf(
            article(
                "p3",
                "June 2, 2026",
                "Annapurna Labs is a subsidiary of Amazon Web Services. "
                    + "Amazon Web Services is a subsidiary of Amazon."),
            article("p4", "June 3, 2026", "Annapurna Labs is a subsidiary of Amazon.")));
  }

  @Test
  void aLaterPartOfLinkClearsTheConflictIncrementally() {
    try (KnowledgeStore s = KnowledgeStore.inMemory()) {
      put(s, article("p5", "June 2, 2026", "Annapurna Labs is a subsidiary of Amazon."));
      put(
          s,
          article("p6", "June 3, 2026", "Annapurna Labs is a subsidiary of Amazon Web Services."));
      assertEquals(Set.of("TwoValues annapurna-labs"), conflicts(s));
      put(s, article("p7", "June 4, 2026", "Amazon Web Services is a subsidiary of Amazon."));
      assertEquals(Set.of(), conflicts(s));
      Graph incremental = ConsolidationTest.consolidated(s);
      s.rebuildConsolidation();
      assertTrue(
          org.apache.jena.sparql.util.IsoMatcher.isomorphic(
              incremental, ConsolidationTest.consolidated(s)));
    }
  }

  @Test
  void theRulesComeFromTheOntology() {
    Article h1 = article("h1", "June 2, 2026", "Acme Silicon CEO Jane Doe said demand is strong.");
    Article h2 = article("h2", "June 9, 2026", "Acme Silicon CEO John Roe said orders doubled.");
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (Article a : new Article[] {h1, h2}) {
      ConsolidationTest.GRAPHS.of(a).find().forEachRemaining(dsg::add);
    }
    Node graph = NodeFactory.createURI(Iris.standard().consolidatedGraph());
    Consolidator.standard().rebuild(dsg);
    assertTrue(dsg.find(graph, Node.ANY, CK.rule.asNode(), CK.TwoHolders.asNode()).hasNext());
    // The same claims under an ontology in which a company may have several CEOs.
    Graph lenient = GraphFactory.createDefaultGraph();
    Entailment.standard()
        .ontology()
        .find()
        .forEachRemaining(
            t -> {
              if (!(t.getSubject().equals(CK.term("CEO").asNode())
                  && t.getPredicate().equals(CK.singleValued.asNode()))) {
                lenient.add(t);
              }
            });
    Consolidator.builder().ontology(lenient).build().rebuild(dsg);
    assertTrue(!dsg.find(graph, Node.ANY, CK.rule.asNode(), CK.TwoHolders.asNode()).hasNext());
  }
}
