package org.chipkg.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.chipkg.ingest.ArticleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden extraction: each seed's RDF compared with {@code corpus/<seed>/expected.trig} by
 * isomorphism. The article text is the seed itself ({@code seeds/<seed>.txt}); after a deliberate
 * change to extraction, regenerate with {@code chipkg extract} and review the diff.
 */
class SeedGoldenTest {
  private static final ArticleGraphs GRAPHS = ArticleGraphs.standard();

  static Stream<String> seeds() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchesGolden(String seed) {
    DatasetGraph actual = GRAPHS.of(new ArticleReader().read(Path.of("seeds", seed + ".txt")));
    DatasetGraph expected =
        RDFDataMgr.loadDatasetGraph("src/test/resources/corpus/" + seed + "/expected.trig");
    if (!IsoMatcher.isomorphic(expected, actual)) {
      fail(
          seed
              + " differs from its golden file.\n--- expected\n"
              + trig(expected)
              + "\n--- actual\n"
              + trig(actual));
    }
  }

  private static String trig(DatasetGraph d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, d, Lang.TRIG);
    return out.toString(StandardCharsets.UTF_8);
  }
}
