package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People, figures and article metadata as news writes them, one sentence each (a one-paragraph
 * article after a headline; " ¶ " starts a new paragraph): what a sentence must yield ("yes": that
 * key) and what it must not ("no": no key containing the text). Written for this test, in words of
 * our own.
 */
class NewsSentencesPeopleTest {
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        // rupee amounts in crore (ten million) and lakh (a hundred thousand)
        "Kaveri Systems, a chip startup, raised ₹500 crore in a Series A round. | kaveri-systems FundingRound 5000000000 INR Exact Actual | yes",
        "Sarvam Circuits, a Pune chip startup, said it raised ₹75 lakh in a seed round. | sarvam-circuits FundingRound 7500000 INR Exact Actual | yes",
        // an amount in another currency with the article's own conversion into dollars: one figure,
        // read in both currencies
        "Kestrel Semiconductor said quarterly revenue rose to NT$48.2 billion (US$1.5 billion). | kestrel-semiconductor QuarterlyRevenue 1500000000 USD Exact Actual | yes",
        "Kestrel Semiconductor said quarterly revenue rose to NT$48.2 billion (US$1.5 billion). | kestrel-semiconductor QuarterlyRevenue 48200000000 TWD Exact Actual | yes",
        "Halden Micro was valued at about HK$31 billion, or roughly US$4 billion, after the listing. | halden-micro Valuation 4000000000 USD Approximately Actual | yes",
        "Analysts said China's AI chip market was worth 150 billion yuan (US$21 billion) last year. | ai-chip-market MarketSize 21000000000 USD Exact Actual | yes",
        "Deccan Semiconductor said it is investing ₹30,000 crore (about $3.6 billion) in the new plant. | deccan-semiconductor Investment 3600000000 USD Approximately Actual | yes",
        "Deccan Semiconductor said it is investing ₹30,000 crore (about $3.6 billion) in the new plant. | deccan-semiconductor Investment 300000000000 INR Exact Actual | yes",
      })
  void readsAsNewsMeansIt(String sentence, String key, String yields) {
    Set<String> keys = Facts.keys("Headline\n" + sentence.replace(" ¶ ", "\n\n"));
    if (yields.strip().equals("yes")) {
      assertTrue(
          key.contains(" ")
              ? keys.contains(key.strip())
              : keys.stream().anyMatch(k -> k.contains(key.strip())),
          () -> "expected " + key + " in " + keys);
    } else {
      assertTrue(
          keys.stream().noneMatch(k -> k.contains(key.strip())),
          () -> "expected no " + key + " in " + keys);
    }
  }
}
