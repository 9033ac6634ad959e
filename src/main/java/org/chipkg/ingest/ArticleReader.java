package org.chipkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chipkg.model.Article;
import org.chipkg.model.ArticleMetadata;

/**
 * Reads an article file (plain text or HTML) into an {@link Article}: decoded text, metadata and
 * boilerplate ranges. Plain text is kept exactly as in the file, so offsets point into it.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(20 * 1024 * 1024);
 * Article a = reader.read(Path.of("seeds/000_1276a32f5affbb05.txt"));
 * }</pre>
 */
public final class ArticleReader {
  /** Default largest file read, in bytes. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final long maxBytes;

  public ArticleReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public ArticleReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public Article read(Path file) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new IngestException(
            source + ": file of " + size + " bytes exceeds the limit of " + maxBytes + " bytes");
      }
      String text = TextDecoder.decode(Files.readAllBytes(file), source);
      String name = file.getFileName().toString();
      String id = name.replaceAll("\\.[A-Za-z0-9]+$", "");
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        return HtmlArticles.read(id(id), source, text, this);
      }
      return read(id(id), source, text);
    } catch (IOException e) {
      throw new IngestException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * An article from text already in memory. Characters no RDF syntax can carry (C0 controls other
   * than tab and line breaks, lone surrogates) become spaces, so offsets still hold.
   */
  public Article read(String id, String source, String raw) {
    String text = RdfSafeText.of(raw);
    if (text.isBlank()) {
      throw new IngestException(source + ": empty file (only white space)");
    }
    ArticleMetadata md = MetadataDetector.detect(text);
    return new Article(id(id), source, text, md, BoilerplateDetector.detect(text));
  }

  static String id(String raw) {
    String s = raw.replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
    return s.isEmpty() ? "article" : s;
  }
}
