package org.chipkg.model;

import java.util.Objects;

/** One extracted fact with where it came from. */
public record Claim(Fact fact, Provenance provenance) {
  public Claim {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(provenance, "provenance");
  }
}
