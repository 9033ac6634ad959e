package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a $50 billion market | 50000000000 | USD",
        "~$50 billion | 50000000000 | USD",
        "more than $20 billion | 20000000000 | USD",
        "fifty billion dollar annual run rate | 50000000000 | USD",
        "three hundred twenty-six billion dollar revenue | 326000000000 | USD",
        "$2,799.99 mini-ITX | 2799.99 | USD",
        "US$3bn deal | 3000000000 | USD",
        "€1.2 million | 1200000 | EUR",
        "NT$10 billion | 10000000000 | TWD",
        "5 billion euros | 5000000000 | EUR",
      })
  void normalises(String text, String value, String currency) {
    List<Money.Amount> found = Money.find(text);
    assertEquals(1, found.size(), () -> "amounts in " + text + ": " + found);
    assertEquals(
        0, new BigDecimal(value).compareTo(found.get(0).value()), () -> text + " -> " + found);
    assertEquals(currency, found.get(0).currency());
  }
}
