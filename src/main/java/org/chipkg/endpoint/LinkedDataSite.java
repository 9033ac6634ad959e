package org.chipkg.endpoint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.chipkg.rdf.Entailment;
import org.chipkg.vocab.CK;

/**
 * What the linked-data routes share: the dataset, the IRI base they map onto this server's paths,
 * the ontology, and the time the server started (the {@code Last-Modified} of every page).
 *
 * <p>The scheme: an IRI {@code <base>id/amazon} is served at {@code /id/amazon} on this server
 * (same path, content negotiated in place, 200, {@code Vary: Accept}); the same holds for {@code
 * claim/}, {@code article/}, {@code fact/} and {@code conflict/}. The ontology and its terms
 * ({@code https://w3id.org/chipkg/ontology#X}) are served at {@code /ontology}.
 */
record LinkedDataSite(Dataset dataset, String base, Graph ontology, Instant started) {
  /** The path prefixes that map onto {@code base}. */
  static final List<String> SPACES = List.of("id/", "claim/", "article/", "fact/", "conflict/");

  LinkedDataSite {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ontology, "ontology");
    if (base == null || !base.matches("https?://\\S+/")) {
      throw new IllegalArgumentException("base must be an http(s) IRI ending in '/': " + base);
    }
    started = started.truncatedTo(ChronoUnit.SECONDS);
  }

  static LinkedDataSite of(Dataset dataset, String base) {
    return new LinkedDataSite(dataset, base, Entailment.standard().ontology(), Instant.now());
  }

  DatasetGraph dsg() {
    return dataset.asDatasetGraph();
  }

  /** The IRI a request path ({@code /id/amazon}) stands for, or null when none. */
  String iriOf(String path) {
    if (path == null) {
      return null;
    }
    if (path.equals("/ontology")) {
      return CK.ONTOLOGY_IRI;
    }
    for (String s : SPACES) {
      if (path.startsWith("/" + s) && path.length() > s.length() + 1) {
        return base + path.substring(1);
      }
    }
    return null;
  }

  /** Where this server serves an IRI: a local path, or the IRI itself when it is not ours. */
  String pathOf(String iri) {
    if (iri.equals(CK.ONTOLOGY_IRI)) {
      return "/ontology";
    }
    if (iri.startsWith(CK.NS)) {
      return "/ontology#" + iri.substring(CK.NS.length());
    }
    if (iri.startsWith(base)) {
      String rest = iri.substring(base.length());
      for (String s : SPACES) {
        if (rest.startsWith(s)) {
          return "/" + rest;
        }
      }
    }
    return iri;
  }

  /** Whether the IRI names a resource this server describes. */
  boolean isOurs(String iri) {
    return !pathOf(iri).equals(iri);
  }

  /** The ontology graph: the store's copy when it holds one, else the jar's. */
  Graph ontologyGraph() {
    Node g = NodeFactory.createURI(CK.ONTOLOGY_IRI);
    return Txn.calculateRead(
        dataset,
        () -> {
          DatasetGraph d = dsg();
          if (d.containsGraph(g) && !d.getGraph(g).isEmpty()) {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            d.getGraph(g).find().forEachRemaining(copy::add);
            return copy;
          }
          return ontology;
        });
  }
}
