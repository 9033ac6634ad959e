package org.chipkg.endpoint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.chipkg.rdf.Iris;
import org.chipkg.rdf.Prefixes;
import org.chipkg.vocab.CK;

/**
 * The RDF description of one IRI, from every graph: its triples out and in, the nodes that hang off
 * it (a claim's {@code #evidence} and {@code #membership} nodes, a membership or measurement that
 * names an entity), the triples of the graph it names (a claim's fact), and the labels of the
 * resources it links to. Call inside a read transaction.
 */
final class Describer {
  private final LinkedDataSite site;

  Describer(LinkedDataSite site) {
    this.site = site;
  }

  /** The description, empty when the store says nothing about the IRI. */
  Graph describe(String iri) {
    Graph g = GraphFactory.createDefaultGraph();
    Prefixes.of(new Iris(site.base())).forEach(g.getPrefixMapping()::setNsPrefix);
    if (iri.equals(CK.ONTOLOGY_IRI)) {
      site.ontologyGraph().find().forEachRemaining(g::add);
      return g;
    }
    DatasetGraph dsg = site.dsg();
    Node n = NodeFactory.createURI(iri);
    Set<Node> done = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.add(n);
    while (!todo.isEmpty()) {
      Node s = todo.poll();
      if (!done.add(s)) {
        continue;
      }
      dsg.find(Node.ANY, s, Node.ANY, Node.ANY)
          .forEachRemaining(
              (Quad q) -> {
                g.add(q.asTriple());
                if (hangsOff(q.getObject(), iri)) {
                  todo.add(q.getObject());
                }
              });
    }
    dsg.find(Node.ANY, Node.ANY, Node.ANY, n)
        .forEachRemaining(
            (Quad q) -> {
              g.add(q.asTriple());
              Node s = q.getSubject();
              if (s.isBlank() || (s.isURI() && s.getURI().contains("#"))) {
                dsg.find(Node.ANY, s, Node.ANY, Node.ANY)
                    .forEachRemaining(x -> g.add(x.asTriple()));
              }
            });
    if (dsg.containsGraph(n)) {
      dsg.getGraph(n).find().forEachRemaining(g::add);
    }
    if (!g.isEmpty()) {
      addLabels(g, dsg);
    }
    return g;
  }

  private static boolean hangsOff(Node o, String iri) {
    return o.isBlank() || (o.isURI() && o.getURI().startsWith(iri + "#"));
  }

  private void addLabels(Graph g, DatasetGraph dsg) {
    Set<Node> linked = new HashSet<>();
    g.find()
        .forEachRemaining(
            t -> {
              for (Node x : new Node[] {t.getSubject(), t.getObject()}) {
                if (x.isURI() && x.getURI().startsWith(site.base() + "id/")) {
                  linked.add(x);
                }
              }
            });
    for (Node x : linked) {
      dsg.find(Node.ANY, x, RDFS.label.asNode(), Node.ANY)
          .forEachRemaining(q -> g.add(Triple.create(x, RDFS.label.asNode(), q.getObject())));
    }
  }
}
