package org.chipkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.chipkg.rdf.Entailment;
import org.chipkg.rdf.Iris;
import org.chipkg.rdf.Prefixes;

/**
 * Exports a dataset in one {@link ExportProfile} and {@link ExportFormat}. N-Quads and N-Triples
 * are written as sorted, de-duplicated lines, so the same store always gives the same bytes; the
 * other formats are written from a dataset filled in that sorted order.
 *
 * <pre>{@code
 * Exporter x = Exporter.builder().profile(ExportProfile.FACTS).build();
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   x.write(store.dataset().asDatasetGraph(), ExportFormat.TTL, out);
 * }
 * }</pre>
 *
 * The {@code full} profile keeps every claim in its own named graph; asked for a triple format
 * ({@code ttl}, {@code nt}, {@code rdfxml}) it refuses with an {@link IllegalArgumentException}
 * rather than silently merging the graphs and losing which claim each triple belongs to.
 */
public final class Exporter {
  private final ExportProfile profile;
  private final Iris iris;
  private final Graph ontology;

  private Exporter(Builder b) {
    this.profile = b.profile;
    this.iris = b.iris;
    this.ontology = b.ontology != null ? b.ontology : Entailment.standard().ontology();
  }

  public static Builder builder() {
    return new Builder();
  }

  public ExportProfile profile() {
    return profile;
  }

  /** Throws if the profile cannot be written in the format (named graphs in a triple format). */
  public void check(ExportFormat format) {
    if (profile.hasNamedGraphs() && !format.holdsNamedGraphs()) {
      throw new IllegalArgumentException(
          "profile "
              + profile.id()
              + " keeps each claim in a named graph, which "
              + format.id()
              + " cannot hold: use --format trig, nq or jsonld, or --profile facts for plain"
              + " triples");
    }
  }

  /** The profile's quads, sorted (triples of the single-graph profiles in the default graph). */
  public List<Quad> quads(DatasetGraph source) {
    Objects.requireNonNull(source, "source");
    List<Quad> out = new ArrayList<>();
    Txn.executeRead(
        source,
        () -> {
          if (profile == ExportProfile.FULL) {
            source.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
          } else {
            Set<Triple> facts = FactsProfile.select(source, iris.base());
            Set<Triple> triples =
                profile == ExportProfile.FACTS
                    ? facts
                    : new WikidataProfile(ontology).map(facts, iris.base());
            triples.forEach(t -> out.add(Quad.create(Quad.defaultGraphIRI, t)));
          }
        });
    out.sort((a, b) -> line(a).compareTo(line(b)));
    return out;
  }

  /** Writes the profile of {@code source} to {@code out} (which is left open). */
  public void write(DatasetGraph source, ExportFormat format, OutputStream out) {
    check(format);
    List<Quad> quads = quads(source);
    try {
      switch (format) {
        case NQ, NT -> writeLines(quads, out);
        case JSONLD -> JsonLd.write(dataset(quads), out);
        case TRIG -> RDFDataMgr.write(out, dataset(quads), RDFFormat.TRIG_BLOCKS);
        case TTL ->
            RDFDataMgr.write(out, dataset(quads).getDefaultGraph(), RDFFormat.TURTLE_BLOCKS);
        case RDFXML ->
            RDFDataMgr.write(out, dataset(quads).getDefaultGraph(), RDFFormat.RDFXML_PLAIN);
      }
      out.flush();
    } catch (IOException e) {
      throw new ExportException("cannot write " + format.id() + ": " + e.getMessage(), e);
    }
  }

  private static void writeLines(List<Quad> quads, OutputStream out) throws IOException {
    Set<String> lines = new TreeSet<>();
    for (Quad q : quads) {
      lines.add(line(q));
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (String l : lines) {
      w.write(l);
      w.write('\n');
    }
    w.flush();
  }

  /** One N-Quads line (an N-Triples line for the default graph), without the newline. */
  static String line(Quad q) {
    StringBuilder sb = new StringBuilder();
    sb.append(NodeFmtLib.strNT(q.getSubject()))
        .append(' ')
        .append(NodeFmtLib.strNT(q.getPredicate()))
        .append(' ')
        .append(NodeFmtLib.strNT(q.getObject()));
    if (!q.isDefaultGraph()) {
      sb.append(' ').append(NodeFmtLib.strNT(q.getGraph()));
    }
    return sb.append(" .").toString();
  }

  private DatasetGraph dataset(List<Quad> quads) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Prefixes.of(iris).forEach(dsg.prefixes()::add);
    dsg.prefixes().add("dbr", "http://dbpedia.org/resource/");
    quads.forEach(dsg::add);
    return dsg;
  }

  /** Builds an exporter; every setter checks its argument. */
  public static final class Builder {
    private ExportProfile profile = ExportProfile.FULL;
    private Iris iris = Iris.standard();
    private Graph ontology;

    public Builder profile(ExportProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The IRI base the store was written with (default {@code https://w3id.org/chipkg/}). */
    public Builder iris(Iris iris) {
      this.iris = Objects.requireNonNull(iris, "iris");
      return this;
    }

    /** The ontology whose alignments drive the Wikidata profile (default: the jar's). */
    public Builder ontology(Graph ontology) {
      this.ontology = Objects.requireNonNull(ontology, "ontology");
      return this;
    }

    public Exporter build() {
      return new Exporter(this);
    }
  }
}
