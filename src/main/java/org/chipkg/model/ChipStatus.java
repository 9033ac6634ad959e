package org.chipkg.model;

import java.util.List;
import java.util.Objects;

/**
 * What the text says about a chip's availability: sold out, fully allocated, expected at a date,
 * not available for a while.
 *
 * @param chip the chip
 * @param status a local name in {@code ck:}: SoldOut, FullyAllocated, Expected, NotYetAvailable,
 *     InDevelopment, InSalesTalks (talks to sell the chip to others)
 * @param when the date the text gives for it, or null
 * @param phrase the words that state the status, e.g. "not be available for more than a year"
 */
public record ChipStatus(Entity chip, String status, PartialDate when, String phrase)
    implements Fact {
  public static final List<String> STATUSES =
      List.of(
          "SoldOut",
          "FullyAllocated",
          "Expected",
          "NotYetAvailable",
          "InDevelopment",
          "InSalesTalks");

  public ChipStatus {
    Objects.requireNonNull(chip, "chip");
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("invalid chip status: " + status);
    }
  }

  @Override
  public List<Entity> entities() {
    return List.of(chip);
  }

  @Override
  public String key() {
    return chip.key() + " status " + status + (when == null ? "" : " " + when.lexical());
  }
}
