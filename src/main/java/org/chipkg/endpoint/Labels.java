package org.chipkg.endpoint;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Human names for nodes on a page: {@code rdfs:label} in any graph, else the ontology's label or
 * {@code skos:prefLabel}, else the IRI's last segment. Call inside a read transaction.
 */
final class Labels {
  private final DatasetGraph dsg;
  private final Graph ontology;
  private final Map<Node, String> cache = new HashMap<>();

  Labels(DatasetGraph dsg, Graph ontology) {
    this.dsg = dsg;
    this.ontology = ontology;
  }

  String of(Node n) {
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    if (!n.isURI()) {
      return n.toString();
    }
    return cache.computeIfAbsent(n, this::find);
  }

  private String find(Node n) {
    var it = dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY);
    try {
      while (it.hasNext()) {
        Node o = it.next().getObject();
        if (o.isLiteral()) {
          return o.getLiteralLexicalForm();
        }
      }
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
    for (Node p : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode()}) {
      var t = ontology.find(n, p, Node.ANY);
      while (t.hasNext()) {
        Node o = t.next().getObject();
        if (o.isLiteral()) {
          return o.getLiteralLexicalForm();
        }
      }
    }
    String u = n.getURI();
    int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
    return cut >= 0 && cut < u.length() - 1 ? u.substring(cut + 1) : u;
  }
}
