package org.chipkg.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.chipkg.rdf.Iris;
import org.chipkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Every fact about an entity, with its support, sources and evidence sentences"
            + " (saved query queries/explain.rq).")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ENTITY", description = "A name (\"AWS\"), a slug or an entity IRI.")
  String entity;

  @picocli.CommandLine.Mixin StoreOption store;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, table, json, csv or tsv (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    try (KnowledgeStore ks = Common.open(store.dir)) {
      String iri = resolve(ks, entity);
      SavedQuery q = SavedQuery.load("explain").with("entity", iri);
      if (!format.equals("text")) {
        q.print(ks, format);
        return 0;
      }
      List<QuerySolution> rows = q.rows(ks);
      if (rows.isEmpty()) {
        System.err.println("no facts about " + entity + " (<" + iri + ">) in " + store.dir);
        return 1;
      }
      System.out.println(entity + " <" + iri + ">");
      Map<String, QuerySolution> heads = new LinkedHashMap<>();
      Map<String, Set<String>> evidence = new LinkedHashMap<>();
      Map<String, Set<String>> conflicts = new LinkedHashMap<>();
      for (QuerySolution r : rows) {
        String fact = r.getLiteral("fact").getString();
        heads.putIfAbsent(fact, r);
        evidence
            .computeIfAbsent(fact, k -> new LinkedHashSet<>())
            .add(Text.articleId(r) + ": \"" + r.getLiteral("sentence").getString() + "\"");
        if (r.contains("conflict")) {
          conflicts
              .computeIfAbsent(fact, k -> new LinkedHashSet<>())
              .add(r.getLiteral("conflict").getString());
        }
      }
      heads.forEach(
          (fact, r) -> {
            String when = Text.lex(r, "first");
            if (!Text.lex(r, "last").equals(when)) {
              when = when + " to " + Text.lex(r, "last");
            }
            System.out.printf(
                "%n%s%n  %s article(s), %s independent source(s)%s%n",
                fact,
                Text.lex(r, "articles"),
                Text.lex(r, "sources"),
                when.isEmpty() ? "" : ", reported " + when);
            evidence.get(fact).forEach(e -> System.out.println("    " + e));
            conflicts
                .getOrDefault(fact, Set.of())
                .forEach(c -> System.out.println("  CONFLICT: " + c));
          });
      return 0;
    }
  }

  /** An IRI as given, else the entity whose name or alias matches, else the name's slug IRI. */
  static String resolve(KnowledgeStore ks, String name) {
    if (name.startsWith("http://") || name.startsWith("https://")) {
      return name;
    }
    ParameterizedSparqlString q =
        new ParameterizedSparqlString(
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?e (COUNT(*) AS ?n) WHERE { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l }"
                + " FILTER(LCASE(STR(?l)) = LCASE(?name)) } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1");
    q.setLiteral("name", name);
    String found =
        Txn.calculateRead(
            ks.dataset(),
            () -> {
              try (QueryExecution qe =
                  QueryExecution.dataset(ks.dataset()).query(q.asQuery()).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getResource("e").getURI() : null;
              }
            });
    return found != null ? found : Iris.standard().named(name);
  }
}
