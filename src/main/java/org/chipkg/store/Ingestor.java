package org.chipkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.model.ChipKgException;
import org.chipkg.rdf.ArticleGraphs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, extracts and stores a batch of article files. A file that fails is reported and skipped;
 * the rest of the batch goes on, and nothing stored is touched for it. Writes are batched.
 */
public final class Ingestor {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
  private static final int BATCH = 64;

  /** What happened to a batch: articles stored, skipped as already present, and failures. */
  public record Report(int stored, int skipped, List<String> failures) {}

  private final ArticleReader reader;
  private final ArticleGraphs graphs;
  private final KnowledgeStore store;

  public Ingestor(ArticleReader reader, ArticleGraphs graphs, KnowledgeStore store) {
    this.reader = reader;
    this.graphs = graphs;
    this.store = store;
  }

  /** Ingests the files; with {@code skipExisting}, articles already stored are left alone. */
  public Report ingest(List<Path> files, boolean skipExisting) {
    int stored = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    Map<String, DatasetGraph> batch = new LinkedHashMap<>();
    for (Path f : files) {
      try {
        Article a = reader.read(f);
        String iri = graphs.articleIri(a);
        if (skipExisting && store.containsArticle(iri)) {
          skipped++;
          continue;
        }
        batch.put(iri, graphs.of(a));
        stored++;
      } catch (RuntimeException | StackOverflowError e) {
        String msg = failure(f, e);
        LOG.error("{}", msg);
        failures.add(msg);
      }
      if (batch.size() >= BATCH) {
        store.replaceArticles(batch);
        LOG.info("committed {} article(s), {} so far", batch.size(), stored);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      store.replaceArticles(batch);
    }
    return new Report(stored, skipped, failures);
  }

  /** The message for a file that failed, naming the file; a bug's exception type is kept. */
  private static String failure(Path f, Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof ChipKgException && m.startsWith(f.toString())) {
      return m;
    }
    return f + ": " + (e instanceof ChipKgException ? m : e.getClass().getSimpleName() + ": " + m);
  }

  public KnowledgeStore store() {
    return store;
  }
}
