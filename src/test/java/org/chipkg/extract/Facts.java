package org.chipkg.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Claim;

/** Test helper: the fact keys one pipeline reads from a text. */
final class Facts {
  static final ExtractionPipeline PIPELINE = ExtractionPipeline.builder().build();

  private Facts() {}

  static List<Claim> claims(String text) {
    return PIPELINE.run(new ArticleReader().read("test", "test", text)).claims();
  }

  static Set<String> keys(String text) {
    Set<String> out = new TreeSet<>();
    claims(text).forEach(c -> out.add(c.fact().key()));
    return out;
  }
}
