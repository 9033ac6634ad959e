package org.chipkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.chipkg.endpoint.JsonResults;
import org.chipkg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Run a SPARQL query over the store.")
final class QueryCommand implements Callable<Integer> {
  static final class Source {
    @Parameters(paramLabel = "SPARQL", description = "The query text.")
    String text;

    @Option(names = "--file", paramLabel = "F", description = "Read the query from a file.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @picocli.CommandLine.Mixin StoreOption store;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json, csv or tsv (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    String text = source.file != null ? Files.readString(source.file) : source.text;
    Query q = QueryFactory.create(text);
    try (KnowledgeStore ks = KnowledgeStore.tdb2(store.dir)) {
      Txn.executeRead(
          ks.dataset(),
          () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(q).build()) {
              if (q.isSelectType()) {
                var rs = qe.execSelect();
                switch (format) {
                  case "json" -> JsonResults.write(System.out, rs);
                  case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
                  case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, rs);
                  default -> ResultSetFormatter.out(System.out, rs, q);
                }
              } else if (q.isAskType()) {
                System.out.println(qe.execAsk());
              } else {
                RDFDataMgr.write(
                    System.out,
                    q.isDescribeType() ? qe.execDescribe() : qe.execConstruct(),
                    Lang.TURTLE);
              }
            }
          });
    }
    return 0;
  }
}
