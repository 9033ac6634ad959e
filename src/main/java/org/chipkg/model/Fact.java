package org.chipkg.model;

import java.util.List;

/**
 * The content of one claim, independent of RDF: the {@code rdf} package turns each kind into the
 * triples of the data-model contract.
 */
public sealed interface Fact permits Relation, ChipPurpose, Role, Measurement, ChipStatus {

  /** Entities the fact is built from, in the order they appear in the fact. */
  List<Entity> entities();

  /** A short, stable, human-readable key: same fact, same key (used for claim IRIs). */
  String key();
}
