package org.chipkg.text;

import java.util.List;
import java.util.Objects;
import org.chipkg.model.Article;
import org.chipkg.model.Entity;

/**
 * An article with its sentences, tokens and mentions: what every extractor reads.
 *
 * @param article the article as read
 * @param sentences its body sentences (boilerplate left out), in text order
 * @param topic the organization the article is mostly about (most mentioned), or null
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, Entity topic) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return article.text();
  }

  /** Number of tokens in all sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
