package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.model.Claim;
import org.chipkg.model.TextSpan;

/**
 * Jazzer fuzz test for the whole extraction pipeline (sentences, mentions, coreference, every
 * extractor): any text yields claims whose evidence and mentions point into the text and quote it
 * exactly, and nothing is thrown. Regression mode in the normal build; {@code JAZZER_FUZZ=1 mvn -o
 * test -Dtest=ExtractorsFuzzTest} fuzzes it.
 */
class ExtractorsFuzzTest {
  private static final ExtractionPipeline PIPELINE = ExtractionPipeline.builder().build();
  private static final String PREFIX = "Nvidia CEO Jensen Huang said Amazon's Trainium chips ";

  @FuzzTest(maxDuration = "30s")
  void claimsPointIntoTheText(@NotNull @WithUtf8Length(max = 4_000) String tail) {
    String raw = PREFIX + tail;
    if (raw.isBlank()) {
      return;
    }
    Article a = new ArticleReader().read("fuzz", "fuzz", raw);
    // The reader blanks control characters (same length), so compare with the text it kept.
    String text = a.text();
    assertEquals(raw.length(), text.length());
    for (Claim c : PIPELINE.run(a).claims()) {
      TextSpan ev = c.provenance().evidence();
      assertTrue(ev.end() <= text.length(), () -> "evidence beyond the text: " + c);
      assertEquals(text.substring(ev.begin(), ev.end()), c.provenance().sentence());
      for (TextSpan m : c.provenance().mentions()) {
        assertTrue(m.end() <= text.length(), () -> "mention beyond the text: " + c);
      }
    }
  }
}
