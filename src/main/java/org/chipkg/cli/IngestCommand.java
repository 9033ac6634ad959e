package org.chipkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.rdf.Iris;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.store.ParallelIngestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Extract facts from articles and store them (re-ingesting replaces an article's claims).")
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "FILE|DIR",
      description = "Article files or directories.")
  List<Path> inputs = List.of();

  @Option(
      names = "--remove",
      paramLabel = "ARTICLE",
      arity = "1..*",
      description =
          "Remove articles (an article id, its IRI, or the file it was read from); support and"
              + " conflicts are updated.")
  List<String> remove = List.of();

  @picocli.CommandLine.Mixin StoreOption store;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--max-article-bytes",
      defaultValue = "20971520",
      description = "Larger files are rejected before they are read (default ${DEFAULT-VALUE}).")
  long maxArticleBytes;

  @Option(
      names = "--threads",
      description = "Extraction threads (default the available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--batch-quads",
      defaultValue = "20000",
      description =
          "Quads per write transaction (default ${DEFAULT-VALUE}); articles are never split, and"
              + " each transaction also updates the consolidated graph.")
  int batchQuads;

  @Option(
      names = "--defer-consolidation",
      description =
          "For large loads: refresh the consolidated facts and conflicts once, at the end, instead"
              + " of in every transaction. Until then they lag the claims; if the load is"
              + " interrupted, the next command that opens the store rebuilds them.")
  boolean deferConsolidation;

  @Override
  public Integer call() {
    if (inputs.isEmpty() && remove.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give article files or directories, or --remove ARTICLE");
    }
    if (threads < 1 || batchQuads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads and --batch-quads must be positive");
    }
    try (KnowledgeStore ks = Common.open(store.dir)) {
      int missing = 0;
      for (String a : remove) {
        String iri = articleIri(a);
        if (!ks.containsArticle(iri)) {
          System.err.println("no article " + a + " (<" + iri + ">) in " + store.dir);
          missing++;
          continue;
        }
        ks.removeArticle(iri);
        System.out.println("removed " + iri);
      }
      if (inputs.isEmpty()) {
        System.out.printf("store holds %d quads%n", ks.quadCount());
        return missing == 0 ? 0 : 1;
      }
      ParallelIngestor.Report r =
          ParallelIngestor.builder()
              .reader(new ArticleReader(maxArticleBytes))
              .graphs(ArticleGraphs.standard())
              .store(ks)
              .threads(threads)
              .batchQuads(batchQuads)
              .deferConsolidation(deferConsolidation)
              .build()
              .ingest(ArticleSources.expand(inputs), false);
      System.out.printf(
          "ingested %d article(s), %d failed; store holds %d quads%n",
          r.stored(), r.failures().size(), ks.quadCount());
      r.failures().forEach(f -> System.out.println("failed: " + f));
      return r.failures().isEmpty() && missing == 0 ? 0 : 1;
    }
  }

  /** An IRI as given; a file's article IRI; else an article id. */
  private static String articleIri(String a) {
    if (a.startsWith("http://") || a.startsWith("https://")) {
      return a;
    }
    Path p = Path.of(a);
    if (Files.isRegularFile(p)) {
      return Iris.standard().article(new ArticleReader().read(p).id());
    }
    return Iris.standard().article(a);
  }
}
