package org.chipkg.store;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.chipkg.model.ChipKgException;

/**
 * SHACL validation of the whole store (union of all graphs) against {@code ontology/shapes.ttl}.
 */
public final class Validation {
  /** Classpath location of the shapes (copied from {@code ontology/shapes.ttl}). */
  public static final String SHAPES = "/ontology/shapes.ttl";

  private Validation() {}

  public static Graph shapes() {
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = Validation.class.getResourceAsStream(SHAPES)) {
      if (in == null) {
        throw new ChipKgException("SHACL shapes missing from classpath: " + SHAPES);
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return g;
    } catch (IOException e) {
      throw new ChipKgException("cannot read " + SHAPES + ": " + e.getMessage(), e);
    }
  }

  public static ValidationReport validate(KnowledgeStore store) {
    Shapes shapes = Shapes.parse(shapes());
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          Graph data = GraphFactory.createDefaultGraph();
          store.dataset().asDatasetGraph().find().forEachRemaining(q -> data.add(q.asTriple()));
          return ShaclValidator.get().validate(shapes, data);
        });
  }
}
