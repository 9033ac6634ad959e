package org.chipkg.consolidate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.chipkg.vocab.CK;

/**
 * Which values are single-valued and which statuses exclude each other, as the ontology declares
 * them.
 *
 * @param singleRoles role concepts an organization has one holder of at a time
 * @param exclusiveRoles role concepts a person holds in one organization at a time
 * @param singleMeasures measure concepts an entity has one value of at a time
 * @param singleProperties relations with at most one object per subject
 * @param incompatible status concept to the status concepts it excludes (symmetric)
 */
record ConflictRules(
    Set<Node> singleRoles,
    Set<Node> exclusiveRoles,
    Set<Node> singleMeasures,
    Set<Node> singleProperties,
    Map<Node, Set<Node>> incompatible) {

  static ConflictRules from(Graph ontology) {
    Node yes =
        NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
    Set<Node> roles = new HashSet<>();
    Set<Node> measures = new HashSet<>();
    Set<Node> props = new HashSet<>();
    ontology
        .find(Node.ANY, CK.singleValued.asNode(), yes)
        .forEachRemaining(
            t -> {
              Node s = t.getSubject();
              if (ontology.contains(s, RDF.type.asNode(), OWL.ObjectProperty.asNode())) {
                props.add(s);
              } else if (ontology.contains(s, SKOS.inScheme.asNode(), CK.RoleScheme.asNode())) {
                roles.add(s);
              } else if (ontology.contains(s, SKOS.inScheme.asNode(), CK.MeasureScheme.asNode())) {
                measures.add(s);
              }
            });
    Set<Node> exclusive = new HashSet<>();
    ontology
        .find(Node.ANY, CK.exclusivePerHolder.asNode(), yes)
        .forEachRemaining(t -> exclusive.add(t.getSubject()));
    Map<Node, Set<Node>> incompatible = new HashMap<>();
    ontology
        .find(Node.ANY, CK.incompatibleWith.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              incompatible.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
              incompatible.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            });
    return new ConflictRules(
        Set.copyOf(roles),
        Set.copyOf(exclusive),
        Set.copyOf(measures),
        Set.copyOf(props),
        Map.copyOf(incompatible));
  }

  boolean incompatible(Node a, Node b) {
    return incompatible.getOrDefault(a, Set.of()).contains(b);
  }
}
