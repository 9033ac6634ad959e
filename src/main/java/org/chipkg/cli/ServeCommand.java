package org.chipkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chipkg.endpoint.SparqlServer;
import org.chipkg.ingest.ArticleSources;
import org.chipkg.rdf.ArticleGraphs;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.store.ParallelIngestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Ingest new articles from --articles (default seeds/) and serve SPARQL at /kg/sparql.")
final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin StoreOption store;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "Articles to ingest first, skipping those stored (default seeds).")
  Path articles = Path.of("seeds");

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks one).")
  int port;

  @Option(names = "--host", defaultValue = "loopback", description = "loopback (default) or all.")
  String host;

  @Option(
      names = "--timeout",
      defaultValue = "30",
      description = "Query timeout in seconds (default ${DEFAULT-VALUE}).")
  int timeout;

  @Option(
      names = "--max-rows",
      defaultValue = "10000",
      description =
          "Most result rows sent (default ${DEFAULT-VALUE}); a cut answer has the header"
              + " ChipKG-Truncated: true.")
  long maxRows;

  @Option(
      names = "--max-request-bytes",
      defaultValue = "1048576",
      description = "Largest request body or query string (default ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(
      names = "--allow-update",
      description =
          "Accept SPARQL Update and Graph Store writes from clients that send the secret in "
              + UPDATE_SECRET_ENV
              + " (Bearer token or Basic password).")
  boolean allowUpdate;

  @Option(
      names = "--cache-mb",
      defaultValue = "64",
      description =
          "Memory for query answers kept until the store's data changes (default"
              + " ${DEFAULT-VALUE} MiB; 0 turns the cache off). Answers say ChipKG-Cache: hit or"
              + " miss; a request with Cache-Control: no-cache is always evaluated.")
  long cacheMb;

  @Option(names = "--allow-service", description = "Allow federated SERVICE calls in queries.")
  boolean allowService;

  static final String UPDATE_SECRET_ENV = "CHIPKG_UPDATE_SECRET";

  @Override
  public Integer call() throws InterruptedException {
    String secret = System.getenv(UPDATE_SECRET_ENV);
    if (allowUpdate && (secret == null || secret.isBlank())) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--allow-update needs the secret in " + UPDATE_SECRET_ENV);
    }
    KnowledgeStore ks = Common.open(store.dir);
    if (Files.isDirectory(articles)) {
      ParallelIngestor.Report r =
          ParallelIngestor.builder()
              .graphs(ArticleGraphs.standard())
              .store(ks)
              .batchQuads(20_000)
              .build()
              .ingest(ArticleSources.expand(List.of(articles)), true);
      System.out.printf(
          "ingested %d new article(s), %d already stored, %d failed%n",
          r.stored(), r.skipped(), r.failures().size());
    }
    SparqlServer.Builder b =
        SparqlServer.builder()
            .store(ks)
            .port(port)
            .loopback(!host.equals("all"))
            .timeout(Duration.ofSeconds(timeout))
            .maxRows(maxRows)
            .maxRequestBytes(maxRequestBytes)
            .resultCacheBytes(cacheMb * 1024 * 1024)
            .allowService(allowService);
    if (allowUpdate) {
      b.allowUpdate(secret);
    }
    SparqlServer server = b.build().start();
    System.out.println("SPARQL endpoint: " + server.sparqlUrl());
    System.out.println(
        "Graph Store ("
            + (allowUpdate ? "writes need the update secret" : "read-only")
            + "): "
            + server.baseUrl()
            + "/kg/data");
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  ks.close();
                  stop.countDown();
                }));
    stop.await();
    return 0;
  }
}
