package org.chipkg.endpoint;

import static org.chipkg.endpoint.Html.esc;
import static org.chipkg.endpoint.Html.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.rdf.Entailment;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.OA;
import org.chipkg.vocab.ORG;
import org.chipkg.vocab.PROV;
import org.chipkg.vocab.SCHEMA;

/**
 * Renders a claim for people: its fact as stated (the entailed copies left out) and its provenance
 * (article, confidence, extractor, evidence sentences with the quote's context). Call inside a read
 * transaction.
 */
final class ClaimView {
  /** The properties whose value is the entity a reified fact (membership, figure) is about. */
  static final Set<Node> ABOUT = Set.of(ORG.member.asNode(), CK.subject.asNode(), CK.chip.asNode());

  private final LinkedDataSite site;
  private final DatasetGraph dsg;
  private final Labels labels;
  private final Entailment entailment;

  ClaimView(LinkedDataSite site, Labels labels) {
    this.site = site;
    this.dsg = site.dsg();
    this.labels = labels;
    this.entailment = new Entailment(site.ontologyGraph());
  }

  /** The triples of the claim's graph, without those entailed by another of them. */
  List<Triple> stated(Node claim) {
    List<Triple> all = dsg.getGraph(claim).find().toList();
    Set<Triple> entailed = new HashSet<>();
    for (Triple t : all) {
      Set<Triple> c = entailment.closure(t);
      c.remove(t);
      entailed.addAll(c);
    }
    List<Triple> out = new ArrayList<>();
    for (Triple t : all) {
      if (!entailed.contains(t)) {
        out.add(t);
      }
    }
    out.sort(
        Comparator.comparing((Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().toString())
            .thenComparing(t -> t.getObject().toString()));
    return out;
  }

  /** The fact as one line of HTML. */
  String fact(Node claim) {
    List<Triple> stated = stated(claim);
    Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
    stated.forEach(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
      Node s = e.getKey();
      if (isEntity(s)) {
        for (Triple t : e.getValue()) {
          parts.add(
              node(s)
                  + " <em>"
                  + esc(labels.of(t.getPredicate()))
                  + "</em> "
                  + node(t.getObject()));
        }
      } else {
        StringBuilder sb = new StringBuilder();
        String type = "";
        List<String> props = new ArrayList<>();
        for (Triple t : e.getValue()) {
          if (t.getPredicate().equals(RDF.type.asNode())) {
            type = labels.of(t.getObject());
          } else {
            props.add("<em>" + esc(labels.of(t.getPredicate())) + "</em> " + node(t.getObject()));
          }
        }
        sb.append(esc(type.isEmpty() ? "statement" : type))
            .append(": ")
            .append(String.join("; ", props));
        parts.add(sb.toString());
      }
    }
    return String.join("<br>", parts);
  }

  /** Whether the entity is the fact's subject (or the member, the figure's subject, the chip). */
  boolean isOutgoing(Node claim, Node entity) {
    for (Triple t : stated(claim)) {
      if (t.getSubject().equals(entity)
          || (ABOUT.contains(t.getPredicate()) && t.getObject().equals(entity))) {
        return true;
      }
    }
    return false;
  }

  Optional<Node> article(Node claim) {
    return one(claim, PROV.wasDerivedFrom.asNode());
  }

  Optional<Node> one(Node s, Node p) {
    var it = dsg.find(Node.ANY, s, p, Node.ANY);
    try {
      return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
  }

  /** The claim's provenance as an HTML list item body: article, confidence, evidence. */
  String provenance(Node claim, boolean withArticle) {
    StringBuilder sb = new StringBuilder();
    Optional<Node> article = article(claim);
    if (withArticle && article.isPresent()) {
      Node a = article.get();
      String title = one(a, SCHEMA.headline.asNode()).map(labels::of).orElse(labels.of(a));
      sb.append(node(a, title));
      one(a, SCHEMA.datePublished.asNode())
          .ifPresent(d -> sb.append(" (").append(esc(d.getLiteralLexicalForm())).append(")"));
      sb.append(" · ");
    }
    sb.append(link(site.pathOf(claim.getURI()), "claim"));
    one(claim, CK.confidence.asNode())
        .ifPresent(c -> sb.append(" · confidence ").append(esc(c.getLiteralLexicalForm())));
    List<String> extractors = new ArrayList<>();
    dsg.find(Node.ANY, claim, CK.extractor.asNode(), Node.ANY)
        .forEachRemaining(q -> extractors.add(q.getObject().getLiteralLexicalForm()));
    if (!extractors.isEmpty()) {
      sb.append(" · extractor ")
          .append(esc(String.join(", ", extractors.stream().sorted().toList())));
    }
    for (Node ev : evidences(claim)) {
      sb.append("<blockquote>").append(evidence(ev)).append("</blockquote>");
    }
    return sb.toString();
  }

  /** The claim's evidence nodes, in text order. */
  List<Node> evidences(Node claim) {
    List<Node> out = new ArrayList<>();
    dsg.find(Node.ANY, claim, CK.evidence.asNode(), Node.ANY)
        .forEachRemaining(q -> out.add(q.getObject()));
    out.sort(Comparator.comparingLong(this::begin).thenComparing((Node x) -> x.toString()));
    return out.stream().distinct().toList();
  }

  long begin(Node ev) {
    return one(ev, CK.beginIndex.asNode())
        .map(n -> Long.parseLong(n.getLiteralLexicalForm()))
        .orElse(Long.MAX_VALUE);
  }

  /** The evidence sentence, marked, between the quote selector's prefix and suffix. */
  String evidence(Node ev) {
    String sentence = one(ev, CK.sentence.asNode()).map(Node::getLiteralLexicalForm).orElse("");
    String prefix = "";
    String suffix = "";
    var sel = dsg.find(Node.ANY, ev, OA.hasSelector.asNode(), Node.ANY);
    while (sel.hasNext()) {
      Node s = sel.next().getObject();
      if (dsg.contains(Node.ANY, s, RDF.type.asNode(), OA.TextQuoteSelector.asNode())) {
        prefix = one(s, OA.prefix.asNode()).map(Node::getLiteralLexicalForm).orElse("");
        suffix = one(s, OA.suffix.asNode()).map(Node::getLiteralLexicalForm).orElse("");
        sentence = one(s, OA.exact.asNode()).map(Node::getLiteralLexicalForm).orElse(sentence);
      }
    }
    String where =
        one(ev, CK.beginIndex.asNode())
            .map(
                b ->
                    " <small>(characters "
                        + esc(b.getLiteralLexicalForm())
                        + "–"
                        + one(ev, CK.endIndex.asNode())
                            .map(Node::getLiteralLexicalForm)
                            .map(Html::esc)
                            .orElse("?")
                        + ")</small>")
            .orElse("");
    return (prefix.isEmpty() ? "" : "…" + esc(prefix))
        + "<mark>"
        + esc(sentence)
        + "</mark>"
        + (suffix.isEmpty() ? "" : esc(suffix) + "…")
        + where;
  }

  boolean isEntity(Node n) {
    return n.isURI() && n.getURI().startsWith(site.base() + "id/");
  }

  String node(Node n) {
    return node(n, labels.of(n));
  }

  String node(Node n, String text) {
    if (n.isLiteral()) {
      String dt = n.getLiteralDatatypeURI();
      boolean plain = dt == null || dt.endsWith("#string") || dt.endsWith("#langString");
      return plain
          ? "<q>" + esc(n.getLiteralLexicalForm()) + "</q>"
          : esc(n.getLiteralLexicalForm());
    }
    if (n.isURI()) {
      return link(site.pathOf(n.getURI()), text);
    }
    return esc(text);
  }
}
