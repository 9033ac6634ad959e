package org.chipkg.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolution;
import org.chipkg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    description =
        "List conflicting claims side by side, with each side's articles and sentences"
            + " (saved query queries/conflicts.rq).")
final class ConflictsCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin StoreOption store;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, table, json, csv or tsv (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    SavedQuery q = SavedQuery.load("conflicts");
    try (KnowledgeStore ks = Common.open(store.dir)) {
      if (!format.equals("text")) {
        q.print(ks, format);
        return 0;
      }
      List<QuerySolution> rows = q.rows(ks);
      Map<String, Map<String, Set<String>>> byConflict = new LinkedHashMap<>();
      Map<String, String> heads = new LinkedHashMap<>();
      for (QuerySolution r : rows) {
        String c = r.getResource("conflict").getURI();
        heads.putIfAbsent(
            c, r.getLiteral("rule").getString() + ": " + r.getLiteral("reason").getString());
        byConflict
            .computeIfAbsent(c, k -> new LinkedHashMap<>())
            .computeIfAbsent(r.getLiteral("fact").getString(), k -> new LinkedHashSet<>())
            .add(Text.articleId(r) + ": \"" + r.getLiteral("sentence").getString() + "\"");
      }
      System.out.printf("%d conflict(s)%n", byConflict.size());
      byConflict.forEach(
          (c, sides) -> {
            System.out.println();
            System.out.println(heads.get(c));
            System.out.println("  <" + c + ">");
            sides.forEach(
                (fact, evidence) -> {
                  System.out.println("  - " + fact);
                  evidence.forEach(e -> System.out.println("      " + e));
                });
          });
      return 0;
    }
  }
}
