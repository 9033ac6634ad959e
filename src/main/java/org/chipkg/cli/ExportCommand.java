package org.chipkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chipkg.export.ExportFormat;
import org.chipkg.export.ExportProfile;
import org.chipkg.export.Exporter;
import org.chipkg.rdf.Iris;
import org.chipkg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Dump the store in one profile and format; the same store gives the same sorted N-Quads.",
      "Profiles: full (every quad: claim graphs with their provenance; needs trig, nq or jsonld),"
          + " facts (the claim graphs' triples in one graph, no provenance),"
          + " wikidata (the facts with Wikidata properties and items)."
    })
final class ExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin StoreOption store;

  @Option(
      names = "--profile",
      defaultValue = "full",
      description = "full, facts or wikidata (default ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--format",
      defaultValue = "nq",
      description = "trig, nq, ttl, nt, jsonld or rdfxml (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(
      names = "--base",
      paramLabel = "IRI",
      description = "IRI base the store was written with (default ${DEFAULT-VALUE}).",
      defaultValue = Iris.DEFAULT_BASE)
  String base;

  @Override
  public Integer call() throws IOException {
    Exporter x;
    ExportFormat f;
    try {
      f = ExportFormat.of(format);
      x = Exporter.builder().profile(ExportProfile.of(profile)).iris(new Iris(base)).build();
      x.check(f);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (!Files.isDirectory(store.dir)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no store at " + store.dir + " (ingest articles first)");
    }
    try (KnowledgeStore ks = KnowledgeStore.tdb2(store.dir)) {
      if (out != null) {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
          x.write(ks.dataset().asDatasetGraph(), f, o);
        }
      } else {
        x.write(ks.dataset().asDatasetGraph(), f, System.out);
      }
    }
    return 0;
  }
}
