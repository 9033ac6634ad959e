package org.chipkg.export;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.chipkg.rdf.Entailment;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.ORG;

/**
 * The {@link ExportProfile#WIKIDATA} mapping: the facts re-expressed with Wikidata direct
 * properties ({@code wdt:}) and, where an entity has {@code owl:sameAs} a Wikidata item, that item
 * instead of our IRI.
 *
 * <ul>
 *   <li>Relations: every property the ontology aligns to a {@code wdt:} property (P178 developer,
 *       P176 manufacturer, P749 parent organization, P179 part of the series, P1365 replaces).
 *   <li>Roles: a role concept with {@code rdfs:seeAlso wdt:P…} gives organization → person (P169
 *       chief executive officer, P488 chairperson) for current roles, P112 founded by for founders
 *       of any tense; every other current role gives person P108 employer organization.
 *   <li>Figures: an actual, exact or approximate USD figure whose measure has {@code rdfs:seeAlso
 *       wdt:P…} (P2139 total revenue, P2295 net profit) as a plain {@code xsd:decimal}.
 *   <li>Entities: {@code rdfs:label} and {@code skos:altLabel} in English, P31 instance of (Q5
 *       human, Q4830453 business, Q80831 integrated circuit), and the item {@code owl:sameAs} our
 *       IRI (and DBpedia where known) so the two can be merged back.
 * </ul>
 *
 * Facts Wikidata has no property for (competition, customers, chip users, purpose, status) are left
 * out; the {@code facts} profile keeps them.
 */
final class WikidataProfile {
  static final String WD = "http://www.wikidata.org/entity/";
  static final String WDT = "http://www.wikidata.org/prop/direct/";
  private static final Node P31 = wdt("P31");
  private static final Node P108 = wdt("P108");
  private static final Node P112 = wdt("P112");

  private final Graph ontology;
  private final Entailment entailment;

  WikidataProfile(Graph ontology) {
    this.ontology = ontology;
    this.entailment = new Entailment(ontology);
  }

  Set<Triple> map(Set<Triple> facts, String base) {
    String ids = base + "id/";
    Map<Node, Node> items = new HashMap<>();
    Map<Node, Map<Node, Set<Node>>> nodes = new HashMap<>();
    for (Triple t : facts) {
      if (t.getPredicate().equals(OWL.sameAs.asNode())
          && t.getObject().isURI()
          && t.getObject().getURI().startsWith(WD)) {
        items.put(t.getSubject(), t.getObject());
      }
      nodes
          .computeIfAbsent(t.getSubject(), k -> new HashMap<>())
          .computeIfAbsent(t.getPredicate(), k -> new LinkedHashSet<>())
          .add(t.getObject());
    }
    Set<Triple> out = new LinkedHashSet<>();
    Set<Node> entities = new LinkedHashSet<>();
    for (Triple t : facts) {
      if (!isEntity(t.getSubject(), ids) || !isEntity(t.getObject(), ids)) {
        continue;
      }
      for (Triple x : entailment.closure(t)) {
        if (x.getPredicate().getURI().startsWith(WDT)) {
          out.add(
              Triple.create(
                  item(x.getSubject(), items), x.getPredicate(), item(x.getObject(), items)));
          entities.add(x.getSubject());
          entities.add(x.getObject());
        }
      }
    }
    for (Map<Node, Set<Node>> values : nodes.values()) {
      Set<Node> types = values.getOrDefault(RDF.type.asNode(), Set.of());
      Map<Node, Node> n = new HashMap<>();
      values.forEach((p, os) -> n.put(p, os.iterator().next()));
      if (types.contains(ORG.Membership.asNode())) {
        membership(n, items, out, entities);
      } else if (types.contains(CK.Measurement.asNode())) {
        measurement(n, items, out, entities);
      }
    }
    for (Node e : entities) {
      describe(e, facts, items, out);
    }
    return out;
  }

  private void membership(
      Map<Node, Node> m, Map<Node, Node> items, Set<Triple> out, Set<Node> entities) {
    Node person = m.get(ORG.member.asNode());
    Node org = m.get(ORG.organization.asNode());
    Node role = m.get(ORG.role.asNode());
    if (person == null || org == null || role == null) {
      return;
    }
    boolean current = CK.Current.asNode().equals(m.get(CK.tense.asNode()));
    Optional<Node> p = seeAlso(role);
    if (p.isPresent() && p.get().equals(P112)) {
      out.add(Triple.create(item(org, items), P112, item(person, items)));
    } else if (current) {
      if (p.isPresent()) {
        out.add(Triple.create(item(org, items), p.get(), item(person, items)));
      }
      out.add(Triple.create(item(person, items), P108, item(org, items)));
    } else {
      return;
    }
    entities.add(person);
    entities.add(org);
  }

  private void measurement(
      Map<Node, Node> m, Map<Node, Node> items, Set<Triple> out, Set<Node> entities) {
    Node subject = m.get(CK.subject.asNode());
    Node measure = m.get(CK.measure.asNode());
    Node value = m.get(CK.value.asNode());
    Node approx = m.get(CK.approximation.asNode());
    if (subject == null
        || measure == null
        || value == null
        || !value.isLiteral()
        || !CK.USD.asNode().equals(m.get(CK.unit.asNode()))
        || !ck("Actual").equals(m.get(CK.modality.asNode()))
        || !(ck("Exact").equals(approx) || ck("Approximately").equals(approx))) {
      return;
    }
    Optional<Node> p = seeAlso(measure);
    if (p.isEmpty()) {
      return;
    }
    Node v = NodeFactory.createLiteralDT(value.getLiteralLexicalForm(), XSDDatatype.XSDdecimal);
    out.add(Triple.create(item(subject, items), p.get(), v));
    entities.add(subject);
  }

  private void describe(Node e, Set<Triple> facts, Map<Node, Node> items, Set<Triple> out) {
    Node it = item(e, items);
    if (!it.equals(e)) {
      out.add(Triple.create(it, OWL.sameAs.asNode(), e));
    }
    for (Triple t : facts) {
      if (!t.getSubject().equals(e)) {
        continue;
      }
      Node p = t.getPredicate();
      if ((p.equals(RDFS.label.asNode()) || p.equals(SKOS.altLabel.asNode()))
          && t.getObject().isLiteral()) {
        out.add(
            Triple.create(
                it, p, NodeFactory.createLiteralLang(t.getObject().getLiteralLexicalForm(), "en")));
      } else if (p.equals(RDF.type.asNode())) {
        instanceOf(t.getObject()).ifPresent(c -> out.add(Triple.create(it, P31, c)));
      } else if (p.equals(OWL.sameAs.asNode()) && !t.getObject().equals(it)) {
        out.add(Triple.create(it, p, t.getObject()));
      }
    }
  }

  private static Optional<Node> instanceOf(Node ckClass) {
    if (ckClass.equals(CK.Person.asNode())) {
      return Optional.of(wd("Q5"));
    } else if (ckClass.equals(CK.Company.asNode())) {
      return Optional.of(wd("Q4830453"));
    } else if (ckClass.equals(CK.Chip.asNode())) {
      return Optional.of(wd("Q80831"));
    }
    return Optional.empty();
  }

  private Optional<Node> seeAlso(Node concept) {
    return ontology.find(concept, RDFS.seeAlso.asNode(), Node.ANY).toList().stream()
        .map(Triple::getObject)
        .filter(o -> o.isURI() && o.getURI().startsWith(WDT))
        .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
        .findFirst();
  }

  private static boolean isEntity(Node n, String ids) {
    return n.isURI() && n.getURI().startsWith(ids);
  }

  private static Node item(Node n, Map<Node, Node> items) {
    return items.getOrDefault(n, n);
  }

  private static Node ck(String local) {
    return NodeFactory.createURI(CK.NS + local);
  }

  private static Node wd(String q) {
    return NodeFactory.createURI(WD + q);
  }

  private static Node wdt(String p) {
    return NodeFactory.createURI(WDT + p);
  }
}
