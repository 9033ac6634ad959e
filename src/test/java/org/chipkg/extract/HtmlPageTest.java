package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.junit.jupiter.api.Test;

/** A news page with its chrome: menus, a related-posts box, comments and a newsletter promo. */
class HtmlPageTest {
  private static final Article PAGE =
      new ArticleReader().read(Path.of("src/test/resources/articles/page-with-chrome.html"));

  @Test
  void onlyTheStoryYieldsFacts() {
    Set<String> keys = new TreeSet<>();
    Facts.PIPELINE.run(PAGE).claims().forEach(c -> keys.add(c.fact().key()));
    assertTrue(keys.contains("matt-garman CEO amazon-web-services CURRENT"), keys::toString);
    assertTrue(keys.contains("trainium3 manufacturedBy tsmc"), keys::toString);
    assertTrue(keys.contains("trainium3 optimizedFor Training"), keys::toString);
    // The menu (Jensen Huang), the related box (Satya Nadella, Maia 300) and a comment (Pat Smith).
    assertTrue(
        keys.stream()
            .noneMatch(k -> k.contains("jensen") || k.contains("maia") || k.contains("pat-smith")),
        keys::toString);
  }

  @Test
  void metadataComesFromThePage() {
    assertEquals(
        "AWS weighs selling Trainium chips to outside data centers", PAGE.metadata().headline());
    assertEquals("2026-06-21", PAGE.metadata().published().lexical());
    assertEquals("TechNews", PAGE.metadata().publisher());
    assertTrue(PAGE.metadata().citedSources().contains("Bloomberg"), PAGE.metadata()::toString);
  }
}
