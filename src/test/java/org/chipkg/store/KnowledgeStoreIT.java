package org.chipkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store over TDB2, on disk and in memory: replace, idempotent re-ingest, removal, union. */
class KnowledgeStoreIT {
  @TempDir static Path dir;
  private static final ArticleGraphs GRAPHS = ArticleGraphs.standard();
  private static final ArticleReader READER = new ArticleReader();

  static Stream<Supplier<KnowledgeStore>> stores() {
    return Stream.of(
        KnowledgeStore::inMemory,
        () -> KnowledgeStore.tdb2(dir.resolve("tdb-" + System.nanoTime())));
  }

  private static Article seed(String name) {
    return READER.read(Path.of("seeds", name));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void reingestIsIdempotentAndRemovalIsClean(Supplier<KnowledgeStore> factory) {
    Article a0 = seed("000_1276a32f5affbb05.txt");
    Article a3 = seed("003_880752c7b605c35c.txt");
    try (KnowledgeStore s = factory.get()) {
      s.replaceArticle(GRAPHS.articleIri(a3), GRAPHS.of(a3));
      long only3 = s.quadCount();
      DatasetGraph snapshot = copy(s);
      s.replaceArticles(
          Map.of(GRAPHS.articleIri(a0), GRAPHS.of(a0), GRAPHS.articleIri(a3), GRAPHS.of(a3)));
      long both = s.quadCount();
      s.replaceArticle(GRAPHS.articleIri(a0), GRAPHS.of(a0));
      assertEquals(both, s.quadCount(), "re-ingest must not duplicate");
      assertTrue(s.containsArticle(GRAPHS.articleIri(a0)));
      assertEquals(2, s.articleIris().size());
      s.removeArticle(GRAPHS.articleIri(a0));
      assertFalse(s.containsArticle(GRAPHS.articleIri(a0)));
      assertEquals(only3, s.quadCount());
      assertTrue(IsoMatcher.isomorphic(snapshot, copy(s)), "removing 000 must leave 003 as it was");
      assertEquals(copy(s).stream().count(), s.quadCount(), "quadCount counts every stored quad");
      long union =
          Txn.calculateRead(
              s.dataset(),
              () -> {
                try (QueryExecution qe =
                    QueryExecution.dataset(s.dataset())
                        .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                        .build()) {
                  return qe.execSelect().next().getLiteral("n").getLong();
                }
              });
      assertTrue(union > 0, "the default graph is the union of the named graphs");
    }
  }

  @org.junit.jupiter.api.Test
  void tdb2KeepsDataAcrossReopen() {
    Path d = dir.resolve("reopen");
    Article a = seed("001_b16abcbed550b98d.txt");
    long n;
    try (KnowledgeStore s = KnowledgeStore.tdb2(d)) {
      s.replaceArticle(GRAPHS.articleIri(a), GRAPHS.of(a));
      n = s.quadCount();
    }
    try (KnowledgeStore s = KnowledgeStore.tdb2(d)) {
      assertEquals(n, s.quadCount());
      assertEquals(List.of(GRAPHS.articleIri(a)), List.copyOf(s.articleIris()));
    }
  }

  private static DatasetGraph copy(KnowledgeStore s) {
    DatasetGraph out = DatasetGraphFactory.createTxnMem();
    Txn.executeRead(
        s.dataset(), () -> s.dataset().asDatasetGraph().find().forEachRemaining(out::add));
    return out;
  }
}
