package org.chipkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chipkg.store.KnowledgeStore;
import org.chipkg.store.StoreException;
import picocli.CommandLine.Command;

@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    description =
        "Rewrite the store with only its live data and delete the old files (TDB2 keeps the"
            + " space of replaced and removed quads until then). Stop the server first.")
final class CompactCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin StoreOption store;

  @Override
  public Integer call() {
    try (KnowledgeStore ks = KnowledgeStore.tdb2(store.dir)) {
      long quads = ks.quadCount();
      List<String> before = generations(store.dir);
      ks.compact();
      long after = ks.quadCount();
      System.out.printf(
          "compacted %s: %s -> %s, %d quads%n",
          store.dir, String.join(",", before), String.join(",", generations(store.dir)), after);
      return after == quads ? 0 : 1;
    }
  }

  /** The store's data directories (Data-0001, ...). */
  static List<String> generations(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Data-"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
