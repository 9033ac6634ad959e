package org.chipkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.rdf.ArticleGraphs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parallel, batched write path stores exactly what the store's own one-article-at-a-time path
 * ({@link KnowledgeStore#replaceArticles}) stores.
 */
class ParallelIngestorIT {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"TRANSACTIONS,false", "BULK_LOADER,false", "TRANSACTIONS,true"})
  void sameQuadsAsTheSequentialIngestorAndReingestReplaces(BatchWriter.Mode mode, boolean defer)
      throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Path p : ArticleSources.expand(List.of(Path.of("seeds")))) {
      Files.copy(p, in.resolve(p.getFileName()));
    }
    Files.write(in.resolve("bad.txt"), new byte[] {0, 1, 2, 0});
    List<Path> files = ArticleSources.expand(List.of(in));
    ArticleGraphs graphs = ArticleGraphs.standard();
    try (KnowledgeStore seq = KnowledgeStore.inMemory();
        KnowledgeStore par = KnowledgeStore.tdb2(dir.resolve("tdb"))) {
      // The reference: each article on its own through the store's standard write path.
      ArticleReader reader = new ArticleReader();
      for (Path f : files) {
        if (!f.getFileName().toString().equals("bad.txt")) {
          var a = reader.read(f);
          seq.replaceArticles(Map.of(graphs.articleIri(a), graphs.of(a)));
        }
      }
      ParallelIngestor pi =
          ParallelIngestor.builder()
              .graphs(graphs)
              .store(par)
              .chunk(2)
              .batchQuads(500)
              .mode(mode)
              .deferConsolidation(defer)
              .build();
      ParallelIngestor.Report r = pi.ingest(files, false);
      assertEquals(5, r.stored());
      assertEquals(1, r.failures().size());
      assertEquals(seq.quadCount(), par.quadCount(), "claims, provenance and consolidation");
      assertTrue(r.quads() > 0 && r.quads() < par.quadCount(), "quads written: " + r.quads());
      assertTrue(IsoMatcher.isomorphic(copy(seq), copy(par)), "parallel and sequential differ");
      long before = par.quadCount();
      assertEquals(5, pi.ingest(files, true).skipped());
      pi.ingest(files, false);
      assertEquals(before, par.quadCount(), "re-ingest must replace, not duplicate");
    }
  }

  private static DatasetGraph copy(KnowledgeStore s) {
    DatasetGraph out = DatasetGraphFactory.createGeneral();
    Txn.executeRead(
        s.dataset(), () -> s.dataset().asDatasetGraph().find().forEachRemaining(out::add));
    return out;
  }
}
