package org.chipkg.consolidate;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.ORG;

/**
 * One claim as consolidation reads it: its fact key, its article, and the values of its fact node
 * (a membership, a measurement or a status statement) or, for a plain relation, its subject,
 * predicate and object under {@code rdf:subject}, {@code rdf:predicate} and {@code rdf:object}.
 *
 * @param claim the claim IRI (also its graph)
 * @param key the fact key, equal for every claim of the same fact
 * @param article the article that states it
 * @param kind what sort of fact it is
 * @param values property to value on the fact node
 */
record StatedFact(Node claim, String key, ArticleInfo article, Kind kind, Map<Node, Node> values) {
  enum Kind {
    ROLE,
    MEASUREMENT,
    STATUS,
    RELATION
  }

  static StatedFact read(DatasetGraph dsg, Node claim, String key, ArticleInfo article) {
    Node node = null;
    Kind kind = Kind.RELATION;
    var types = dsg.find(claim, Node.ANY, RDF.type.asNode(), Node.ANY);
    while (types.hasNext()) {
      var q = types.next();
      Node t = q.getObject();
      if (t.equals(ORG.Membership.asNode())) {
        kind = Kind.ROLE;
      } else if (t.equals(CK.Measurement.asNode())) {
        kind = Kind.MEASUREMENT;
      } else if (t.equals(CK.StatusStatement.asNode())) {
        kind = Kind.STATUS;
      } else {
        continue;
      }
      node = q.getSubject();
    }
    Map<Node, Node> values = new HashMap<>();
    if (node != null) {
      dsg.find(claim, node, Node.ANY, Node.ANY)
          .forEachRemaining(q -> values.putIfAbsent(q.getPredicate(), q.getObject()));
    } else {
      String[] parts = key.split(" ");
      Node p = parts.length > 1 ? NodeFactory.createURI(CK.NS + parts[1]) : Node.ANY;
      var it = dsg.find(claim, Node.ANY, p, Node.ANY);
      if (it.hasNext()) {
        var q = it.next();
        values.put(RDF.subject.asNode(), q.getSubject());
        values.put(RDF.predicate.asNode(), q.getPredicate());
        values.put(RDF.object.asNode(), q.getObject());
      }
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
    return new StatedFact(claim, key, article, kind, Map.copyOf(values));
  }

  Node get(org.apache.jena.rdf.model.Property p) {
    return values.get(p.asNode());
  }

  Node get(Node p) {
    return values.get(p);
  }
}
