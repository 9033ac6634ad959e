package org.chipkg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.chipkg.consolidate.Consolidator;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.rdf.ArticleGraphs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store writes the consolidated graph's additions in one parallel batch per refresh ({@link
 * IndexWriter}), planned on every core when the refresh is deferred ({@link ParallelRefresh});
 * after batches, re-ingests and removals it must hold exactly the graph that the plain path (one
 * {@code add} per quad, one thread) rebuilds from the same claims.
 */
class BulkConsolidationIT {
  @TempDir Path dir;

  @ParameterizedTest(name = "deferred consolidation: {0}")
  @ValueSource(booleans = {false, true})
  void bulkWrittenConsolidationEqualsAPlainRebuild(boolean defer) {
    List<Path> files =
        ArticleSources.expand(List.of(Path.of("seeds"), Path.of("src/test/resources/articles")));
    ArticleGraphs graphs = ArticleGraphs.standard();
    try (KnowledgeStore store = KnowledgeStore.tdb2(dir.resolve("tdb"))) {
      ParallelIngestor pi =
          ParallelIngestor.builder()
              .graphs(graphs)
              .store(store)
              .chunk(4)
              .batchQuads(3000)
              .deferConsolidation(defer)
              .build();
      pi.ingest(files, false);
      pi.ingest(files.subList(0, 12), false);
      store.removeArticle(store.articleIris().iterator().next());

      Consolidator plain = Consolidator.standard();
      DatasetGraph copy = DatasetGraphFactory.createGeneral();
      Txn.executeRead(
          store.dataset(),
          () -> store.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
      Graph stored = graphOf(copy, plain);
      plain.rebuild(copy);
      Graph rebuilt = graphOf(copy, plain);
      assertTrue(rebuilt.size() > 500, "the articles give a consolidated graph: " + rebuilt.size());
      assertTrue(
          IsoMatcher.isomorphic(stored, rebuilt),
          "bulk-written consolidation differs from a plain rebuild");
    }
  }

  private static Graph graphOf(DatasetGraph dsg, Consolidator c) {
    Graph out = GraphFactory.createDefaultGraph();
    dsg.getGraph(NodeFactory.createURI(c.graphIri())).find().forEachRemaining(out::add);
    return out;
  }
}
