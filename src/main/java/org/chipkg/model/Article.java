package org.chipkg.model;

import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its source.
 *
 * @param id stable slug (from the source name) the article IRI is minted from
 * @param source where it was read from, for messages
 * @param text the article text; every offset in the system points into it
 * @param metadata headline, date, publisher and cited sources
 * @param boilerplate ranges of {@code text} that are not the article (ads, related links)
 */
public record Article(
    String id, String source, String text, ArticleMetadata metadata, List<TextSpan> boilerplate) {
  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("invalid article id: " + id);
    }
    boilerplate = List.copyOf(boilerplate == null ? List.of() : boilerplate);
    for (TextSpan s : boilerplate) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("boilerplate span " + s + " beyond text of " + id);
      }
    }
  }

  /** True when the span lies inside a boilerplate range. */
  public boolean isBoilerplate(TextSpan span) {
    return boilerplate.stream().anyMatch(b -> b.overlaps(span));
  }
}
