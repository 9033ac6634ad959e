package org.chipkg.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A figure stated about an entity, normalised to whole units of its currency.
 *
 * @param subject the entity measured
 * @param measure what is measured, a local name in {@code ck:} such as {@code RevenueRunRate}
 * @param value amount in whole units (50 billion dollars = 50000000000)
 * @param currency ISO 4217 code, {@code USD} for dollars
 * @param approximation Exact, Approximately, AtLeast or AtMost
 * @param modality Actual, Projected or Hypothetical
 * @param period when the figure holds, if the text says; may be null
 * @param original the amount as the article first wrote it when it gives its own conversion
 *     ("NT$560.3 billion (US$17.1 billion)": the value is the dollar amount, this the NT$ one); may
 *     be null
 */
public record Measurement(
    Entity subject,
    String measure,
    BigDecimal value,
    String currency,
    String approximation,
    String modality,
    PartialDate period,
    Original original)
    implements Fact {
  /**
   * An amount in the currency an article first wrote it in, before the article's own conversion.
   *
   * @param value in whole units
   * @param currency ISO 4217 code
   */
  public record Original(BigDecimal value, String currency) {
    public Original {
      Objects.requireNonNull(value, "value");
      checkCurrency(currency);
    }
  }

  /** A figure stated in one currency only. */
  public Measurement(
      Entity subject,
      String measure,
      BigDecimal value,
      String currency,
      String approximation,
      String modality,
      PartialDate period) {
    this(subject, measure, value, currency, approximation, modality, period, null);
  }

  public Measurement {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(value, "value");
    if (measure == null || !measure.matches("[A-Z][A-Za-z]+")) {
      throw new IllegalArgumentException("invalid measure: " + measure);
    }
    checkCurrency(currency);
    if (!List.of("Exact", "Approximately", "AtLeast", "AtMost").contains(approximation)) {
      throw new IllegalArgumentException("invalid approximation: " + approximation);
    }
    if (!List.of("Actual", "Projected", "Hypothetical").contains(modality)) {
      throw new IllegalArgumentException("invalid modality: " + modality);
    }
  }

  private static void checkCurrency(String currency) {
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("invalid currency: " + currency);
    }
  }

  /** The same figure about another subject. */
  public Measurement withSubject(Entity s) {
    return new Measurement(s, measure, value, currency, approximation, modality, period, original);
  }

  /** The same figure with the amount as the article first wrote it. */
  public Measurement withOriginal(Original o) {
    return new Measurement(subject, measure, value, currency, approximation, modality, period, o);
  }

  @Override
  public List<Entity> entities() {
    return List.of(subject);
  }

  @Override
  public String key() {
    return subject.key()
        + " "
        + measure
        + " "
        + value.toPlainString()
        + " "
        + currency
        + " "
        + approximation
        + " "
        + modality;
  }
}
