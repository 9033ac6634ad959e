package org.chipkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {
  @Test
  void precisionGivesTheXsdType() {
    assertEquals("2026", new PartialDate(2026, 0, 0).lexical());
    assertEquals("gYear", new PartialDate(2026, 0, 0).xsdType());
    assertEquals("2026-04", new PartialDate(2026, 4, 0).lexical());
    assertEquals("gYearMonth", new PartialDate(2026, 4, 0).xsdType());
    assertEquals("2028-02-29", new PartialDate(2028, 2, 29).lexical());
    assertEquals("date", new PartialDate(2028, 2, 29).xsdType());
  }

  @ParameterizedTest
  @CsvSource({
    "2026,2,29",
    "2026,2,31",
    "2026,4,31",
    "2100,2,29",
    "2026,13,1",
    "2026,0,5",
    "999,1,1"
  })
  void impossibleDatesAreRejected(int y, int m, int d) {
    assertThrows(IllegalArgumentException.class, () -> new PartialDate(y, m, d));
  }
}
