package org.chipkg.model;

/**
 * A date known to the precision the text gives: a year, a month or a day.
 *
 * @param year four-digit year
 * @param month 1-12, or 0 when only the year is known
 * @param day a day of that month (1-28, 29, 30 or 31), or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) {
  public PartialDate {
    if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
      throw new IllegalArgumentException("invalid date: " + year + "-" + month + "-" + day);
    }
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("day without month: " + year + "-?-" + day);
    }
    if (day > 0 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
    }
  }

  /** Lexical form of the matching XSD type: 2026, 2026-04 or 2026-04-19. */
  public String lexical() {
    if (month == 0) {
      return String.format("%04d", year);
    }
    if (day == 0) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  /** Local name of the XSD datatype for this precision: gYear, gYearMonth or date. */
  public String xsdType() {
    return month == 0 ? "gYear" : day == 0 ? "gYearMonth" : "date";
  }
}
