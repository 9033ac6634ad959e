package org.chipkg.model;

import java.util.List;
import java.util.Objects;

/** A binary relation between two entities, e.g. {@code trainium developedBy amazon}. */
public record Relation(Entity subject, Predicate predicate, Entity object) implements Fact {
  /** Relations of the contract; each is one property in {@code ck:}. */
  public enum Predicate {
    DEVELOPED_BY("developedBy"),
    DESIGNED_BY("designedBy"),
    MANUFACTURED_BY("manufacturedBy"),
    GENERATION_OF("generationOf"),
    SUCCESSOR_OF("successorOf"),
    SUBSIDIARY_OF("subsidiaryOf"),
    COMPETES_WITH("competesWith"),
    CUSTOMER_OF("customerOf"),
    USES_CHIP("usesChip");

    private final String localName;

    Predicate(String localName) {
      this.localName = localName;
    }

    public String localName() {
      return localName;
    }
  }

  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    if (subject.key().equals(object.key())) {
      throw new IllegalArgumentException("relation of an entity to itself: " + subject.key());
    }
  }

  @Override
  public List<Entity> entities() {
    return List.of(subject, object);
  }

  @Override
  public String key() {
    if (predicate == Predicate.COMPETES_WITH && subject.key().compareTo(object.key()) > 0) {
      return object.key() + " " + predicate.localName() + " " + subject.key();
    }
    return subject.key() + " " + predicate.localName() + " " + object.key();
  }
}
