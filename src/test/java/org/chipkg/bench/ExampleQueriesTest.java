package org.chipkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The benchmark runs every query file shipped, and each parses, with and without LIMIT 100. */
class ExampleQueriesTest {
  @Test
  void everyQueryFileIsBenchmarkedAndParses() throws IOException {
    Set<String> files;
    try (Stream<Path> s = Files.list(Path.of("src/main/resources/queries"))) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".rq"))
              .map(n -> n.substring(0, n.length() - 3))
              .collect(Collectors.toSet());
    }
    assertEquals(files, Set.copyOf(ExampleQueries.NAMES));
    ExampleQueries.withFirstPages().values().forEach(QueryFactory::create);
    assertEquals(2 * files.size(), ExampleQueries.withFirstPages().size());
  }
}
