package org.chipkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.consolidate.Consolidator;
import org.chipkg.vocab.PROV;
import org.chipkg.vocab.SCHEMA;

/** {@link KnowledgeStore} over Apache Jena TDB2, on disk or in memory. */
final class TdbKnowledgeStore implements KnowledgeStore {
  private final Dataset dataset;
  private final String where;
  private final Consolidator consolidator =
      Consolidator.builder().bulkAdd(IndexWriter::add).build();

  private TdbKnowledgeStore(Dataset dataset, String where) {
    this.dataset = dataset;
    this.where = where;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    if (Txn.calculateRead(dataset, () -> consolidator.stale(dataset.asDatasetGraph()))) {
      // Written before consolidation existed, or a load that deferred it did not finish.
      rebuildConsolidation();
    }
  }

  static TdbKnowledgeStore open(Path dir) {
    try {
      Files.createDirectories(dir);
      return new TdbKnowledgeStore(TDB2Factory.connectDataset(dir.toString()), dir.toString());
    } catch (Exception e) {
      throw new StoreException("cannot open TDB2 store at " + dir + ": " + e.getMessage(), e);
    }
  }

  static TdbKnowledgeStore inMemory() {
    return new TdbKnowledgeStore(TDB2Factory.createDataset(), "memory");
  }

  @Override
  public void replaceArticles(Map<String, DatasetGraph> batch) {
    try {
      Txn.executeWrite(
          dataset,
          () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Consolidator.Touched touched = new Consolidator.Touched(Set.of(), Set.of());
            for (Map.Entry<String, DatasetGraph> e : batch.entrySet()) {
              Node article = NodeFactory.createURI(e.getKey());
              touched = touched.plus(consolidator.touched(dsg, article));
              remove(dsg, article);
              e.getValue()
                  .find()
                  .forEachRemaining(
                      q -> {
                        if (!q.isDefaultGraph()) {
                          dsg.add(q);
                        }
                      });
              touched = touched.plus(consolidator.touched(dsg, article));
            }
            consolidator.refresh(dsg, touched);
          });
    } catch (RuntimeException e) {
      throw new StoreException("write to store " + where + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void removeArticle(String articleIri) {
    Txn.executeWrite(
        dataset,
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          Node article = NodeFactory.createURI(articleIri);
          Consolidator.Touched touched = consolidator.touched(dsg, article);
          remove(dsg, article);
          consolidator.refresh(dsg, touched);
        });
  }

  @Override
  public void rebuildConsolidation() {
    Txn.executeWrite(dataset, () -> consolidator.rebuild(dataset.asDatasetGraph()));
  }

  /**
   * Removes an article's graph and the claim graphs its provenance lists (inside the caller's write
   * transaction); also the write path of {@link BatchWriter}.
   */
  static void remove(DatasetGraph dsg, Node article) {
    if (!dsg.containsGraph(article)) {
      return;
    }
    List<Node> claims = new ArrayList<>();
    dsg.find(article, Node.ANY, PROV.wasDerivedFrom.asNode(), article)
        .forEachRemaining(q -> claims.add(q.getSubject()));
    claims.forEach(dsg::removeGraph);
    dsg.removeGraph(article);
  }

  @Override
  public boolean containsArticle(String articleIri) {
    Node a = NodeFactory.createURI(articleIri);
    return Txn.calculateRead(
        dataset,
        () ->
            dataset
                .asDatasetGraph()
                .contains(a, a, RDF.type.asNode(), SCHEMA.NewsArticle.asNode()));
  }

  @Override
  public Set<String> articleIris() {
    return Txn.calculateRead(
        dataset,
        () -> {
          Set<String> out = new LinkedHashSet<>();
          dataset
              .asDatasetGraph()
              .find(Node.ANY, Node.ANY, RDF.type.asNode(), SCHEMA.NewsArticle.asNode())
              .forEachRemaining(
                  (Quad q) -> {
                    if (q.getGraph().equals(q.getSubject())) {
                      out.add(q.getSubject().getURI());
                    }
                  });
          return out;
        });
  }

  @Override
  public void replaceGraph(String graphIri, Graph graph) {
    Node g = NodeFactory.createURI(graphIri);
    Txn.executeWrite(
        dataset,
        () -> {
          DatasetGraph dsg = dataset.asDatasetGraph();
          dsg.removeGraph(g);
          graph
              .find()
              .forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
  }

  @Override
  public long quadCount() {
    // Counted on the TDB2 indexes (node ids only): decoding every term, as find() does, took
    // seconds per million quads.
    return Txn.calculateRead(
        dataset,
        () -> {
          DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
          return tdb.getQuadTable().getNodeTupleTable().getTupleTable().size()
              + tdb.getTripleTable().getNodeTupleTable().getTupleTable().size();
        });
  }

  @Override
  public long dataVersion() {
    return Txn.calculateRead(
        dataset,
        () -> {
          DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
          // The storage object changes with a compaction, the version with every write commit.
          long storage = System.identityHashCode(tdb);
          return (storage << 32) ^ tdb.getTxnSystem().getThreadTransaction().getDataVersion();
        });
  }

  @Override
  public void compact() {
    if (where.equals("memory")) {
      return;
    }
    try {
      DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    } catch (RuntimeException e) {
      throw new StoreException("cannot compact the store at " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void close() {
    dataset.close();
    if (!where.equals("memory")) {
      // Release the directory so the same JVM can open it again (TDB2 caches it otherwise).
      TDBInternal.expel(dataset.asDatasetGraph());
    }
  }
}
