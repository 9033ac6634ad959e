package org.chipkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that open the TDB2 store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "TDB2 directory (default data/tdb2).")
  Path dir = Common.DEFAULT_STORE;
}
