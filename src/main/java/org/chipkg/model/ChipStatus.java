package org.chipkg.model;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * What the text says about a chip's availability: sold out, fully allocated, expected at a date,
 * not available for a while.
 *
 * @param chip the chip
 * @param status a local name in {@code ck:}: SoldOut, FullyAllocated, Expected, NotYetAvailable,
 *     InDevelopment, InSalesTalks (talks to sell the chip to others), Available (generally
 *     available, shipping)
 * @param when the date the text gives for it, or null
 * @param phrase the words that state the status, e.g. "not be available for more than a year"
 * @param notBefore how long from the report at the earliest ("for more than a year": P1Y), or null
 * @param notAfter how long from the report at the latest ("months from availability": P1Y), or null
 */
public record ChipStatus(
    Entity chip, String status, PartialDate when, String phrase, Period notBefore, Period notAfter)
    implements Fact {
  public static final List<String> STATUSES =
      List.of(
          "SoldOut",
          "FullyAllocated",
          "Expected",
          "NotYetAvailable",
          "InDevelopment",
          "InSalesTalks",
          "Available");

  public ChipStatus {
    Objects.requireNonNull(chip, "chip");
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("invalid chip status: " + status);
    }
    if (notBefore != null && notBefore.isNegative() || notAfter != null && notAfter.isNegative()) {
      throw new IllegalArgumentException("negative delay: " + notBefore + ", " + notAfter);
    }
  }

  /** A status without a delay relative to the report. */
  public ChipStatus(Entity chip, String status, PartialDate when, String phrase) {
    this(chip, status, when, phrase, null, null);
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
