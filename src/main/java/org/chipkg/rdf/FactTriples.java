package org.chipkg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.model.ChipPurpose;
import org.chipkg.model.ChipStatus;
import org.chipkg.model.Fact;
import org.chipkg.model.Measurement;
import org.chipkg.model.Relation;
import org.chipkg.model.Role;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.ORG;

/** The triples of one fact, in the shapes of the data-model contract. */
final class FactTriples {
  private final Iris iris;

  FactTriples(Iris iris) {
    this.iris = iris;
  }

  List<Triple> of(Fact f, String claimIri) {
    List<Triple> out = new ArrayList<>();
    if (f instanceof Relation r) {
      out.add(
          t(
              uri(iris.entity(r.subject())),
              prop(r.predicate().localName()),
              uri(iris.entity(r.object()))));
    } else if (f instanceof ChipPurpose p) {
      out.add(
          t(uri(iris.entity(p.chip())), CK.optimizedFor.asNode(), ck(p.workload().localName())));
    } else if (f instanceof Role r) {
      Node m = uri(claimIri + "#membership");
      out.add(t(m, RDF.type.asNode(), ORG.Membership.asNode()));
      out.add(t(m, ORG.member.asNode(), uri(iris.entity(r.person()))));
      out.add(t(m, ORG.organization.asNode(), uri(iris.entity(r.organization()))));
      out.add(t(m, ORG.role.asNode(), ck(r.kind().localName())));
      out.add(t(m, CK.title.asNode(), NodeFactory.createLiteralString(r.title())));
      out.add(t(m, CK.tense.asNode(), ck(tense(r.tense()))));
    } else if (f instanceof Measurement x) {
      Node m = uri(claimIri + "#measurement");
      out.add(t(m, RDF.type.asNode(), CK.Measurement.asNode()));
      out.add(t(m, CK.subject.asNode(), uri(iris.entity(x.subject()))));
      out.add(t(m, CK.measure.asNode(), ck(x.measure())));
      out.add(
          t(
              m,
              CK.value.asNode(),
              NodeFactory.createLiteralDT(x.value().toPlainString(), XSDDatatype.XSDdecimal)));
      out.add(t(m, CK.unit.asNode(), ck(x.currency())));
      out.add(t(m, CK.approximation.asNode(), ck(x.approximation())));
      out.add(t(m, CK.modality.asNode(), ck(x.modality())));
      if (x.original() != null) {
        out.add(
            t(
                m,
                CK.originalValue.asNode(),
                NodeFactory.createLiteralDT(
                    x.original().value().toPlainString(), XSDDatatype.XSDdecimal)));
        out.add(t(m, CK.originalUnit.asNode(), ck(x.original().currency())));
      }
    } else if (f instanceof ChipStatus s) {
      Node m = uri(claimIri + "#status");
      out.add(t(m, RDF.type.asNode(), CK.StatusStatement.asNode()));
      out.add(t(m, CK.chip.asNode(), uri(iris.entity(s.chip()))));
      out.add(t(m, CK.status.asNode(), ck(s.status())));
      if (s.when() != null) {
        out.add(t(m, CK.statusDate.asNode(), Dates.literal(s.when())));
      }
      if (s.notBefore() != null) {
        out.add(t(m, CK.notAvailableFor.asNode(), duration(s.notBefore())));
      }
      if (s.notAfter() != null) {
        out.add(t(m, CK.availableWithin.asNode(), duration(s.notAfter())));
      }
      if (s.phrase() != null) {
        out.add(t(m, CK.statusPhrase.asNode(), NodeFactory.createLiteralString(s.phrase())));
      }
    }
    return out;
  }

  private static String tense(Role.Tense t) {
    return switch (t) {
      case CURRENT -> "Current";
      case FORMER -> "Former";
      case INCOMING -> "Incoming";
    };
  }

  private static Node duration(java.time.Period p) {
    return NodeFactory.createLiteralDT(p.toString(), XSDDatatype.XSDduration);
  }

  private static Triple t(Node s, Node p, Node o) {
    return Triple.create(s, p, o);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node ck(String local) {
    return NodeFactory.createURI(CK.NS + local);
  }

  private static Node prop(String local) {
    return NodeFactory.createURI(CK.NS + local);
  }
}
