package org.chipkg.model;

import java.util.Objects;

/**
 * A real-world thing a fact is about.
 *
 * @param key stable slug the IRI is minted from, e.g. {@code amazon-web-services}
 * @param label canonical name
 * @param type what kind of thing it is
 * @param wikidata Wikidata item id such as {@code Q456157}, or null when not verified
 */
public record Entity(String key, String label, EntityType type, String wikidata) {
  public Entity {
    Objects.requireNonNull(type, "type");
    if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("invalid entity key: " + key);
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("blank label for entity " + key);
    }
    if (wikidata != null && !wikidata.matches("Q[0-9]+")) {
      throw new IllegalArgumentException("invalid Wikidata id for " + key + ": " + wikidata);
    }
  }

  /**
   * From the type's name, not the enum constant's identity hash (which differs from run to run), so
   * that sets and maps of entities iterate alike in every run and the same article always gives the
   * same facts.
   */
  @Override
  public int hashCode() {
    return Objects.hash(key, label, type.name(), wikidata);
  }
}
