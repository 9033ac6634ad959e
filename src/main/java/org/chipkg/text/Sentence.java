package org.chipkg.text;

import java.util.List;
import org.chipkg.model.Mention;
import org.chipkg.model.TextSpan;

/**
 * A sentence of the article with its tokens and the entity mentions inside it.
 *
 * @param index position in the article, from 0
 * @param paragraph index of the paragraph (block of text between line breaks) it belongs to
 * @param span offsets into the original text
 * @param text the sentence exactly as in the article
 * @param tokens its tokens
 * @param mentions its entity mentions, in text order, not overlapping
 */
public record Sentence(
    int index,
    int paragraph,
    TextSpan span,
    String text,
    List<Token> tokens,
    List<Mention> mentions) {
  public Sentence {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
  }

  public boolean isQuestion() {
    return text.stripTrailing().endsWith("?");
  }
}
