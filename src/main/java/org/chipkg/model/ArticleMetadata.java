package org.chipkg.model;

import java.util.List;

/**
 * What an article says about itself.
 *
 * @param headline title line, or null
 * @param published publication date, or null
 * @param publisher outlet that published it, or null
 * @param citedSources outlets the article says it draws on ("first reported by Bloomberg")
 */
public record ArticleMetadata(
    String headline, PartialDate published, String publisher, List<String> citedSources) {
  public ArticleMetadata {
    citedSources = List.copyOf(citedSources == null ? List.of() : citedSources);
  }

  public static ArticleMetadata empty() {
    return new ArticleMetadata(null, null, null, List.of());
  }
}
