package org.chipkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.chipkg.endpoint.JsonResults;
import org.chipkg.store.KnowledgeStore;

/**
 * A query saved under {@code src/main/resources/queries/}: the same text endpoint users run, so the
 * CLI and the endpoint give the same answers.
 */
final class SavedQuery {
  private final String name;
  private final String text;

  private SavedQuery(String name, String text) {
    this.name = name;
    this.text = text;
  }

  static SavedQuery load(String name) {
    try (InputStream in = SavedQuery.class.getResourceAsStream("/queries/" + name + ".rq")) {
      if (in == null) {
        throw new IllegalStateException("saved query missing from the jar: " + name);
      }
      return new SavedQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read saved query " + name + ": " + e, e);
    }
  }

  /** The query with its {@code VALUES ?var { ... }} row set to one IRI. */
  SavedQuery with(String var, String iri) {
    String replaced =
        text.replaceFirst(
            "VALUES \\?" + var + " \\{[^}]*\\}",
            java.util.regex.Matcher.quoteReplacement("VALUES ?" + var + " { <" + iri + "> }"));
    return new SavedQuery(name, replaced);
  }

  String text() {
    return text;
  }

  List<QuerySolution> rows(KnowledgeStore ks) {
    return Txn.calculateRead(
        ks.dataset(),
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(text).build()) {
            List<QuerySolution> out = new ArrayList<>();
            // Copy the rows while the read transaction is open: TDB2 resolves nodes lazily.
            org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect())
                .forEachRemaining(out::add);
            return out;
          }
        });
  }

  /** Prints the raw result in a SPARQL results format (json, csv, tsv) or as a table. */
  void print(KnowledgeStore ks, String format) {
    Txn.executeRead(
        ks.dataset(),
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(text).build()) {
            var rs = qe.execSelect();
            switch (format) {
              case "json" -> JsonResults.write(System.out, rs);
              case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
              case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, rs);
              default -> ResultSetFormatter.out(System.out, rs);
            }
          }
        });
  }
}
