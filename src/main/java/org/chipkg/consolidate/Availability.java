package org.chipkg.consolidate;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.apache.jena.graph.Node;
import org.chipkg.vocab.CK;

/**
 * The window of dates in which a status statement puts a chip's availability: "expected later in
 * 2026" is 2026; "months from general availability" is within a year of the report; "will not be
 * available for more than a year" is more than a year after it. Relative statements need an anchor:
 * the article's date.
 *
 * @param from first possible day
 * @param to last possible day ({@link LocalDate#MAX} when open)
 */
record Availability(LocalDate from, LocalDate to) {
  /** True when the statement's window does not depend on the report date. */
  static boolean absolute(StatedFact f) {
    return f.get(CK.statusDate) != null;
  }

  /** True when the statement gives any window. */
  static boolean gives(StatedFact f) {
    Node status = f.get(CK.status);
    return status != null
        && (status.equals(CK.Expected.asNode())
                && (absolute(f) || f.get(CK.availableWithin) != null)
            || status.equals(CK.NotYetAvailable.asNode()));
  }

  /** The window, with relative statements counted from {@code anchor}; null when none. */
  static Availability of(StatedFact f, LocalDate anchor) {
    Node status = f.get(CK.status);
    if (status == null || !gives(f)) {
      return null;
    }
    Node date = f.get(CK.statusDate);
    if (status.equals(CK.Expected.asNode())) {
      if (date != null) {
        return ofDate(date.getLiteralLexicalForm());
      }
      Period p = Period.parse(f.get(CK.availableWithin).getLiteralLexicalForm());
      return new Availability(anchor, anchor.plus(p));
    }
    Node delay = f.get(CK.notAvailableFor);
    LocalDate after =
        delay == null ? anchor : anchor.plus(Period.parse(delay.getLiteralLexicalForm()));
    return new Availability(after.plusDays(1), LocalDate.MAX);
  }

  boolean overlaps(Availability o) {
    return !from.isAfter(o.to) && !o.from.isAfter(to);
  }

  private static Availability ofDate(String lex) {
    if (lex.matches("\\d{4}")) {
      int y = Integer.parseInt(lex);
      return new Availability(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }
    if (lex.matches("\\d{4}-\\d{2}")) {
      YearMonth ym = YearMonth.parse(lex);
      return new Availability(ym.atDay(1), ym.atEndOfMonth());
    }
    LocalDate d = LocalDate.parse(lex.substring(0, 10));
    return new Availability(d, d);
  }
}
