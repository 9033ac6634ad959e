package org.chipkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.Ingestor;
import org.chipkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Extract facts from articles and store them (re-ingesting replaces an article's claims).")
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Article files or directories.")
  List<Path> inputs;

  @picocli.CommandLine.Mixin StoreOption store;

  @Override
  public Integer call() {
    try (KnowledgeStore ks = Common.open(store.dir)) {
      Ingestor.Report r =
          new Ingestor(new ArticleReader(), ArticleGraphs.standard(), ks)
              .ingest(ArticleSources.expand(inputs), false);
      System.out.printf(
          "ingested %d article(s), %d failed; store holds %d quads%n",
          r.stored(), r.failures().size(), ks.quadCount());
      r.failures().forEach(f -> System.out.println("failed: " + f));
      return r.failures().isEmpty() ? 0 : 1;
    }
  }
}
