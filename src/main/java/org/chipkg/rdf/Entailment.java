package org.chipkg.rdf;

import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDFS entailments ChipKG materialises when it writes a fact: super-classes of every type (a
 * foundry is a company) and super-properties of every property (a designer is a developer; aligned
 * schema.org, ORG and Wikidata terms), read from the ontology.
 */
public final class Entailment {
  /** Classpath location of the ontology (copied from {@code ontology/chipkg.ttl}). */
  public static final String ONTOLOGY = "/ontology/chipkg.ttl";

  private final Graph ontology;
  private final Map<Node, Set<Node>> superClasses = new ConcurrentHashMap<>();
  private final Map<Node, Set<Node>> superProperties = new ConcurrentHashMap<>();

  public Entailment(Graph ontology) {
    this.ontology = ontology;
  }

  /** Entailments from the ontology shipped in the jar; none when it is absent. */
  public static Entailment standard() {
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = Entailment.class.getResourceAsStream(ONTOLOGY)) {
      if (in != null) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      }
    } catch (java.io.IOException e) {
      throw new org.chipkg.model.ChipKgException("cannot read " + ONTOLOGY, e);
    }
    return new Entailment(g);
  }

  public Graph ontology() {
    return ontology;
  }

  /** The triple and what it entails by rdfs:subPropertyOf and (for rdf:type) rdfs:subClassOf. */
  public Set<Triple> closure(Triple t) {
    Set<Triple> out = new LinkedHashSet<>();
    out.add(t);
    if (t.getPredicate().equals(RDF.type.asNode())) {
      for (Node c : supers(t.getObject(), RDFS.subClassOf.asNode(), superClasses)) {
        out.add(Triple.create(t.getSubject(), RDF.type.asNode(), c));
      }
    } else {
      for (Node p : supers(t.getPredicate(), RDFS.subPropertyOf.asNode(), superProperties)) {
        out.add(Triple.create(t.getSubject(), p, t.getObject()));
      }
    }
    return out;
  }

  private Set<Node> supers(Node n, Node rel, Map<Node, Set<Node>> cache) {
    return cache.computeIfAbsent(
        n,
        k -> {
          Set<Node> seen = new LinkedHashSet<>();
          collect(k, rel, seen);
          seen.remove(k);
          return seen;
        });
  }

  private void collect(Node n, Node rel, Set<Node> seen) {
    ontology
        .find(n, rel, Node.ANY)
        .forEachRemaining(
            t -> {
              Node o = t.getObject();
              if (o.isURI() && seen.add(o)) {
                collect(o, rel, seen);
              }
            });
  }
}
