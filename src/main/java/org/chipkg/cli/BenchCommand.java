package org.chipkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench corpus}, {@code bench run} and {@code bench extract}. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Generate benchmark corpora and measure extraction, ingest and queries.",
    subcommands = {BenchCorpusCommand.class, BenchRunCommand.class, BenchExtractCommand.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: corpus, run or extract");
  }
}
