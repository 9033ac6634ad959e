package org.chipkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Provenance;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.OA;
import org.chipkg.vocab.PROV;

/**
 * Turns an article's claims into quads pushed to a {@link StreamRDF}: one named graph per claim
 * holding the fact (with its entailments), and the article's graph holding the article description,
 * the entities it names and each claim's provenance with its evidence selectors. The same fact
 * stated in several sentences of one article is one claim with several evidences.
 */
public final class ClaimEncoder {
  private final Iris iris;
  private final Entailment entailment;
  private final FactTriples facts;
  private final Descriptions descriptions;

  public ClaimEncoder(Iris iris, Entailment entailment) {
    this.iris = iris;
    this.entailment = entailment;
    this.facts = new FactTriples(iris);
    this.descriptions = new Descriptions(iris, entailment);
  }

  public Iris iris() {
    return iris;
  }

  /** Writes every quad of the article to {@code out} (no start/finish calls). */
  public void encode(AnnotatedArticle a, List<Claim> claims, StreamRDF out) {
    String articleId = a.article().id();
    Node article = NodeFactory.createURI(iris.article(articleId));
    Map<String, List<Claim>> byFact = new LinkedHashMap<>();
    for (Claim c : claims) {
      byFact.computeIfAbsent(c.fact().key(), k -> new ArrayList<>()).add(c);
    }
    Set<Entity> entities = new LinkedHashSet<>();
    Set<Node> concepts = new LinkedHashSet<>();
    descriptions.article(a, article, out);
    for (Map.Entry<String, List<Claim>> e : byFact.entrySet()) {
      List<Claim> same = e.getValue();
      Node claim = NodeFactory.createURI(iris.claim(articleId, e.getKey()));
      for (Triple t : facts.of(same.get(0).fact(), claim.getURI())) {
        for (Triple x : entailment.closure(t)) {
          out.quad(Quad.create(claim, x));
        }
        if (t.getObject().isURI() && t.getObject().getURI().startsWith(CK.NS)) {
          concepts.add(t.getObject());
        }
      }
      entities.addAll(same.get(0).fact().entities());
      provenance(article, claim, e.getKey(), same, out);
    }
    descriptions.entities(a, article, entities, out);
    descriptions.concepts(article, concepts, out);
  }

  private void provenance(Node article, Node claim, String key, List<Claim> same, StreamRDF out) {
    quad(out, article, claim, RDF.type.asNode(), CK.Claim.asNode());
    quad(out, article, claim, PROV.wasDerivedFrom.asNode(), article);
    quad(out, article, claim, CK.factKey.asNode(), NodeFactory.createLiteralString(key));
    double best = 0;
    Set<String> extractors = new LinkedHashSet<>();
    Set<Integer> seen = new LinkedHashSet<>();
    for (Claim c : same) {
      Provenance p = c.provenance();
      best = Math.max(best, p.confidence());
      extractors.add(p.extractor());
      if (seen.add(p.evidence().begin())) {
        evidence(article, claim, p, out);
      }
      // Evidence and selector nodes are IRIs under the claim's: stable, and cheap to compare.
    }
    for (String x : extractors) {
      quad(out, article, claim, CK.extractor.asNode(), NodeFactory.createLiteralString(x));
    }
    String conf =
        BigDecimal.valueOf(best).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    quad(
        out,
        article,
        claim,
        CK.confidence.asNode(),
        NodeFactory.createLiteralDT(conf, XSDDatatype.XSDdecimal));
  }

  private void evidence(Node article, Node claim, Provenance p, StreamRDF out) {
    String base = claim.getURI() + "#evidence-" + p.evidence().begin() + "-" + p.evidence().end();
    Node ev = NodeFactory.createURI(base);
    Node pos = NodeFactory.createURI(base + "-position");
    Node quote = NodeFactory.createURI(base + "-quote");
    quad(out, article, claim, CK.evidence.asNode(), ev);
    quad(out, article, ev, RDF.type.asNode(), CK.Evidence.asNode());
    quad(out, article, ev, CK.sentence.asNode(), NodeFactory.createLiteralString(p.sentence()));
    quad(out, article, ev, CK.beginIndex.asNode(), integer(p.evidence().begin()));
    quad(out, article, ev, CK.endIndex.asNode(), integer(p.evidence().end()));
    quad(out, article, ev, OA.hasSource.asNode(), article);
    quad(out, article, ev, OA.hasSelector.asNode(), pos);
    quad(out, article, pos, RDF.type.asNode(), OA.TextPositionSelector.asNode());
    quad(out, article, pos, OA.start.asNode(), integer(p.evidence().begin()));
    quad(out, article, pos, OA.end.asNode(), integer(p.evidence().end()));
    quad(out, article, ev, OA.hasSelector.asNode(), quote);
    quad(out, article, quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
    quad(out, article, quote, OA.exact.asNode(), NodeFactory.createLiteralString(p.sentence()));
    quad(out, article, quote, OA.prefix.asNode(), NodeFactory.createLiteralString(p.prefix()));
    quad(out, article, quote, OA.suffix.asNode(), NodeFactory.createLiteralString(p.suffix()));
  }

  static Node integer(int i) {
    return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
  }

  static void quad(StreamRDF out, Node g, Node s, Node p, Node o) {
    out.quad(Quad.create(g, s, p, o));
  }
}
