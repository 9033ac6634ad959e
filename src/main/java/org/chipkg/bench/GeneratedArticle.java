package org.chipkg.bench;

/** One generated article: the file name it is written under and its text. */
public record GeneratedArticle(String fileName, String text) {
  public GeneratedArticle {
    if (fileName == null || fileName.isBlank() || fileName.contains("/")) {
      throw new IllegalArgumentException("invalid file name: " + fileName);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty text for " + fileName);
    }
  }
}
