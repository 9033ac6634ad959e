package org.chipkg.export;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.PROV;
import org.chipkg.vocab.SCHEMA;

/**
 * The {@link ExportProfile#FACTS} selection: the union of the claim graphs' triples (graphs named
 * {@code <base>claim/...}) and the entities' descriptive triples (type, label, alternative names,
 * {@code owl:sameAs}) from any other graph. Graphs under {@code <base>graph/} are skipped, and so
 * is anything about claims, evidence or provenance.
 */
final class FactsProfile {
  private static final Set<Node> DESCRIPTIVE =
      Set.of(
          RDF.type.asNode(),
          RDFS.label.asNode(),
          SKOS.altLabel.asNode(),
          OWL.sameAs.asNode(),
          SCHEMA.name.asNode());

  private FactsProfile() {}

  static Set<Triple> select(DatasetGraph source, String base) {
    String claims = base + "claim/";
    String skip = base + "graph/";
    String ids = base + "id/";
    Set<Triple> out = new LinkedHashSet<>();
    source
        .findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining(
            (Quad q) -> {
              String g = q.getGraph().isURI() ? q.getGraph().getURI() : "";
              if (g.startsWith(skip) || isProvenance(q)) {
                return;
              }
              if (g.startsWith(claims)) {
                out.add(q.asTriple());
              } else if (q.getSubject().isURI()
                  && q.getSubject().getURI().startsWith(ids)
                  && DESCRIPTIVE.contains(q.getPredicate())) {
                out.add(q.asTriple());
              }
            });
    return out;
  }

  private static boolean isProvenance(Quad q) {
    Node p = q.getPredicate();
    return q.getSubject().equals(q.getGraph())
        || p.getURI().startsWith(PROV.NS)
        || p.equals(CK.evidence.asNode())
        || (p.equals(RDF.type.asNode())
            && (q.getObject().equals(CK.Claim.asNode())
                || q.getObject().equals(CK.Evidence.asNode())));
  }
}
