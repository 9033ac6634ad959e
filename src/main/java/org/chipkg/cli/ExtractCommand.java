package org.chipkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.model.ChipKgException;
import org.chipkg.rdf.ArticleGraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print the RDF of the facts found in articles (touches no store).")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Article files or directories.")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "trig",
      description = "trig, nq, ttl or jsonld (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Override
  public Integer call() throws IOException {
    var lang = Common.lang(format);
    ArticleReader reader = new ArticleReader();
    ArticleGraphs graphs = ArticleGraphs.standard();
    DatasetGraph all = DatasetGraphFactory.createTxnMem();
    org.chipkg.rdf.Prefixes.of(org.chipkg.rdf.Iris.standard()).forEach(all.prefixes()::add);
    int failed = 0;
    for (Path f : ArticleSources.expand(inputs)) {
      try {
        graphs.of(reader.read(f)).find().forEachRemaining(all::add);
      } catch (ChipKgException | IllegalArgumentException e) {
        System.err.println("error: " + e.getMessage());
        failed++;
      }
    }
    if (out != null) {
      try (OutputStream o = Files.newOutputStream(out)) {
        RDFDataMgr.write(o, all, lang);
      }
    } else {
      RDFDataMgr.write(System.out, all, lang);
    }
    return failed == 0 ? 0 : 1;
  }
}
