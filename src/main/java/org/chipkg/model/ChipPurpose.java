package org.chipkg.model;

import java.util.List;
import java.util.Objects;

/** What a chip is built for: {@code chip ck:optimizedFor ck:Training}. */
public record ChipPurpose(Entity chip, Workload workload) implements Fact {
  /** Workloads a chip can be optimised for; each is a concept in {@code ck:}. */
  public enum Workload {
    TRAINING("Training"),
    INFERENCE("Inference");

    private final String localName;

    Workload(String localName) {
      this.localName = localName;
    }

    public String localName() {
      return localName;
    }
  }

  public ChipPurpose {
    Objects.requireNonNull(chip, "chip");
    Objects.requireNonNull(workload, "workload");
  }

  @Override
  public List<Entity> entities() {
    return List.of(chip);
  }

  @Override
  public String key() {
    return chip.key() + " optimizedFor " + workload.localName();
  }
}
