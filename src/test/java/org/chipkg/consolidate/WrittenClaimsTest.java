package org.chipkg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.model.Article;
import org.chipkg.rdf.Iris;
import org.chipkg.vocab.CK;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims remembered from the quads a writer wrote must read exactly as the store reads them: the
 * same facts with the same values and articles, the same entities.
 */
class WrittenClaimsTest {
  private static final Iris IRIS = Iris.standard();
  private static final Node CONSOLIDATED = NodeFactory.createURI(IRIS.consolidatedGraph());
  private static final Map<Node, List<Quad>> ARTICLES = new LinkedHashMap<>();

  @BeforeAll
  static void extract() {
    List<Path> files =
        ArticleSources.expand(List.of(Path.of("seeds"), Path.of("src/test/resources/articles")));
    for (Path f : files) {
      Article a = new ArticleReader().read(f);
      List<Quad> quads = new ArrayList<>();
      ConsolidationTest.GRAPHS.of(a).find().forEachRemaining(quads::add);
      ARTICLES.put(NodeFactory.createURI(ConsolidationTest.GRAPHS.articleIri(a)), quads);
    }
  }

  private static List<Quad> factKeys(DatasetGraph dsg) {
    List<Quad> out = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, CK.factKey.asNode(), Node.ANY).forEachRemaining(out::add);
    return out;
  }

  @Test
  void rememberedClaimsReadAsTheStoreReadsThem() {
    // A TDB2 dataset, which gives some literals back in a canonical form ("50" as "50.0")
    DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
    WrittenClaims written = new WrittenClaims(100_000, WrittenClaimsTest::asStored);
    Txn.executeWrite(dsg, () -> ARTICLES.values().forEach(quads -> quads.forEach(dsg::add)));
    ARTICLES.forEach(written::remember);
    Txn.executeRead(dsg, () -> sameReadings(dsg, written));
  }

  private static Node asStored(Node n) {
    NodeId id = NodeIdInline.inline(n);
    return id == null ? n : NodeIdInline.extract(id);
  }

  private static void sameReadings(DatasetGraph dsg, WrittenClaims written) {
    Reader fromStore = new Reader(dsg, IRIS, CONSOLIDATED, new HashMap<>(), new WrittenClaims());
    Reader fromWrites = new Reader(dsg, IRIS, CONSOLIDATED, new HashMap<>(), written);
    List<Quad> keys = factKeys(dsg);
    assertTrue(keys.size() > 300, "the articles give claims: " + keys.size());
    assertEquals(keys.size(), written.size(), "every claim of these articles is remembered");
    for (Quad k : keys) {
      String key = k.getObject().getLiteralLexicalForm();
      List<StatedFact> expected = fromStore.claimsOf(key);
      assertEquals(expected, fromWrites.claimsOf(key), key);
      assertEquals(fromStore.entitiesOf(k.getSubject()), fromWrites.entitiesOf(k.getSubject()));
    }
    for (Node e : List.of(NodeFactory.createURI(IRIS.base() + "id/amazon"))) {
      assertEquals(
          fromStore.factsAbout(e, java.util.Set.of()),
          fromWrites.factsAbout(e, java.util.Set.of()));
    }
  }

  @Test
  void forgettingAnArticleDropsItsClaimsAndTheLimitBoundsWhatIsHeld() {
    Map.Entry<Node, List<Quad>> first = ARTICLES.entrySet().iterator().next();
    WrittenClaims written = new WrittenClaims(100_000, n -> n);
    written.remember(first.getKey(), first.getValue());
    Node claim =
        first.getValue().stream()
            .filter(q -> q.getPredicate().equals(CK.factKey.asNode()))
            .findFirst()
            .orElseThrow()
            .getSubject();
    assertNotNull(written.get(claim));
    written.forget(first.getKey());
    assertNull(written.get(claim));
    assertEquals(0, written.size());

    WrittenClaims none = new WrittenClaims();
    none.remember(first.getKey(), first.getValue());
    assertEquals(0, none.size());
    assertThrows(IllegalArgumentException.class, () -> new WrittenClaims(-1, n -> n));
  }
}
