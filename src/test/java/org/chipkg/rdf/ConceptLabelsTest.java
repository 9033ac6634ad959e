package org.chipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.vocab.CK;
import org.junit.jupiter.api.Test;

/** Each article's RDF names the ontology concepts its facts use, so it reads on its own. */
class ConceptLabelsTest {
  @Test
  void theMeasureAndRoleOfAFactCarryTheirLabels() {
    DatasetGraph g =
        ArticleGraphs.standard()
            .of(
                new ArticleReader()
                    .read(
                        "labels",
                        "labels",
                        "Chipmaker Results\nChipmaker Nvidia reported net income of $9 billion."
                            + " Nvidia CEO Jensen Huang spoke.\n"));
    assertTrue(labelled(g, "NetIncome", "net income"), "ck:NetIncome has its label");
    assertTrue(labelled(g, "CEO", "chief executive officer"), "ck:CEO has its label");
  }

  private static boolean labelled(DatasetGraph g, String local, String label) {
    Node c = NodeFactory.createURI(CK.NS + local);
    return g.find(Node.ANY, c, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en"))
        .hasNext();
  }
}
