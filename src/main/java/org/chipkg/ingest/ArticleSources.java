package org.chipkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands files and directories into the article files to read, sorted. */
public final class ArticleSources {
  private ArticleSources() {}

  public static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IngestException(p + ": no such file or directory");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile)
              .filter(ArticleSources::isArticle)
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new IngestException(p + ": cannot list directory: " + e.getMessage(), e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  static boolean isArticle(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".")
        && (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".md"));
  }
}
