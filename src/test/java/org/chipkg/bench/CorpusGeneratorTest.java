package org.chipkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chipkg.extract.ExtractionPipeline;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic for a seed, and what it writes yields facts. */
class CorpusGeneratorTest {
  @TempDir Path dir;

  @Test
  void sameSeedSameArticlesOtherSeedOthers() {
    CorpusGenerator a = CorpusGenerator.builder().articles(20).seed(7).build();
    CorpusGenerator b = CorpusGenerator.builder().articles(20).seed(7).build();
    CorpusGenerator c = CorpusGenerator.builder().articles(20).seed(8).build();
    for (int i = 0; i < 20; i++) {
      assertEquals(a.article(i), b.article(i));
      assertNotEquals(a.article(i).text(), c.article(i).text());
    }
    // A larger corpus starts with the smaller one.
    assertEquals(a.article(5), CorpusGenerator.builder().articles(100).seed(7).build().article(5));
  }

  @Test
  void writesFilesThatReadAsArticlesWithFacts() throws IOException {
    int n = 40;
    assertEquals(n, CorpusGenerator.builder().articles(n).seed(1).build().write(dir));
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertEquals(n, files.size());
    ExtractionPipeline p = ExtractionPipeline.builder().build();
    ArticleReader reader = new ArticleReader();
    Set<String> kinds = new HashSet<>();
    Set<String> headlines = new HashSet<>();
    int withFacts = 0;
    for (Path f : files) {
      Article a = reader.read(f);
      headlines.add(a.text().lines().findFirst().orElseThrow());
      List<Claim> claims = p.run(a).claims();
      if (!claims.isEmpty()) {
        withFacts++;
      }
      claims.forEach(c -> kinds.add(c.fact().getClass().getSimpleName()));
    }
    assertEquals(n, withFacts, "every article should yield facts");
    assertTrue(kinds.size() >= 4, "fact kinds: " + kinds);
    assertTrue(headlines.size() > n / 2, "headlines vary: " + headlines.size());
  }
}
