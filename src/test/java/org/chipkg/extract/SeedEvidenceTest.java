package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.model.Article;
import org.chipkg.model.Claim;
import org.chipkg.model.Provenance;
import org.chipkg.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Every claim on the seeds quotes its sentence exactly and contains the mentions it uses. */
class SeedEvidenceTest {
  @Test
  void everyClaimCarriesItsEvidence() {
    int total = 0;
    for (Path f : ArticleSources.expand(List.of(Path.of("seeds")))) {
      Article a = new ArticleReader().read(f);
      for (Claim c : Facts.PIPELINE.run(a).claims()) {
        total++;
        Provenance p = c.provenance();
        assertEquals(p.evidence().of(a.text()), p.sentence(), () -> f + ": " + c);
        assertFalse(p.mentions().isEmpty(), () -> f + ": claim without mentions " + c);
        for (TextSpan m : p.mentions()) {
          assertTrue(p.evidence().contains(m), () -> f + ": mention outside evidence " + c);
        }
        assertFalse(a.isBoilerplate(p.evidence()), () -> f + ": claim from boilerplate " + c);
        assertTrue(p.confidence() > 0 && !p.extractor().isBlank());
        assertTrue(p.prefix().length() <= 32 && p.suffix().length() <= 32);
      }
    }
    assertTrue(total > 50, "too few claims on the seeds: " + total);
  }
}
