package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.text.Sentence;
import org.junit.jupiter.api.Test;

/** Slots of a masked sentence, and the slot test readers skip sentences with. */
class MaskedTest {
  private static List<Sentence> sentences(String text) {
    return Facts.PIPELINE
        .annotator()
        .annotate(new ArticleReader().read("test", "test", text))
        .sentences();
  }

  @Test
  void slotLettersFollowEntityTypes() {
    Sentence s = sentences("Headline\nLisa Su said Amazon will ship the Trainium2 soon.").get(1);
    Masked m = new Masked(s);
    assertEquals("@P0@ said @O1@ will ship the @C2@ soon.", m.text());
    assertTrue(m.has("P"));
    assertTrue(m.has("XC"));
    assertFalse(m.has("M"));
  }

  @Test
  void sentenceWithoutNamesHasNoSlot() {
    Sentence s = sentences("Headline\nShares rose on Monday. Nvidia fell.").get(1);
    assertFalse(Masked.hasSlot(s, "OPCM"));
    assertTrue(Masked.hasSlot(sentences("Headline\nShares rose. Nvidia fell.").get(2), "O"));
  }
}
