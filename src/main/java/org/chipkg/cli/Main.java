package org.chipkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code java -jar target/chipkg.jar <command>}. Exit codes: 0 ok, 1 failed, 2 usage.
 */
@Command(
    name = "chipkg",
    mixinStandardHelpOptions = true,
    version = "chipkg 0.1.0",
    description = "AI-chip industry news to a provenance-aware knowledge graph.",
    subcommands = {
      ExtractCommand.class,
      ExportCommand.class,
      IngestCommand.class,
      ConflictsCommand.class,
      ExplainCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      ValidateCommand.class,
      CompactCommand.class,
      BenchCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("error: " + e.getMessage());
          return 1;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
