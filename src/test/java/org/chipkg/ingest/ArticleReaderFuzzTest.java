package org.chipkg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import org.chipkg.model.Article;
import org.chipkg.model.TextSpan;

/**
 * Jazzer fuzz test for the article reader: any bytes are decoded or rejected with an {@link
 * IngestException} naming the source, then read as plain text and as HTML; nothing else is thrown
 * and every boilerplate range lies inside the text. Regression mode in the normal build; {@code
 * JAZZER_FUZZ=1 mvn -o test -Dtest=ArticleReaderFuzzTest} fuzzes it.
 */
class ArticleReaderFuzzTest {
  private static final ArticleReader READER = new ArticleReader();

  @FuzzTest(maxDuration = "30s")
  void readsOrRejectsAnyBytes(@NotNull @WithLength(max = 20_000) byte[] bytes) {
    String text;
    try {
      text = TextDecoder.decode(bytes, "fuzz.txt");
    } catch (IngestException e) {
      assertTrue(e.getMessage().startsWith("fuzz.txt: "), e.getMessage());
      return;
    }
    check(text, () -> READER.read("fuzz", "fuzz.txt", text));
    check(text, () -> HtmlArticles.read("fuzz", "fuzz.html", text, READER));
  }

  private static void check(String text, java.util.function.Supplier<Article> read) {
    Article a;
    try {
      a = read.get();
    } catch (IngestException e) {
      assertTrue(e.getMessage().startsWith("fuzz."), e.getMessage());
      return;
    }
    for (TextSpan s : a.boilerplate()) {
      assertTrue(s.end() <= a.text().length(), () -> "boilerplate " + s + " beyond the text");
    }
    assertTrue(a.metadata() != null);
    assertTrue(text != null);
  }
}
