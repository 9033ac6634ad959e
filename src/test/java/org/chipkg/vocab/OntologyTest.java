package org.chipkg.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {
  private static final Model ONTO = RDFDataMgr.loadModel("ontology/chipkg.ttl");

  @Test
  void everyTermIsLabelledAndCommented() {
    ONTO.listSubjects()
        .forEachRemaining(
            s -> {
              if (s.isURIResource() && s.getURI().startsWith(CK.NS)) {
                assertTrue(s.hasProperty(RDFS.label), () -> s + " has no rdfs:label");
                assertTrue(s.hasProperty(RDFS.comment), () -> s + " has no rdfs:comment");
              }
            });
    Resource o = ONTO.getResource(CK.ONTOLOGY_IRI);
    assertTrue(o.hasProperty(RDF.type, OWL.Ontology) && o.hasProperty(OWL.versionInfo));
  }

  @Test
  void everyVocabularyConstantIsDeclared() throws IllegalAccessException {
    int n = 0;
    for (Field f : CK.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && RDFNode.class.isAssignableFrom(f.getType())) {
        Resource r = (Resource) f.get(null);
        assertTrue(
            ONTO.getResource(r.getURI()).hasProperty(RDF.type),
            () -> r + " not declared in chipkg.ttl");
        n++;
      }
    }
    assertTrue(n > 50);
  }

  @Test
  void alignsToWikidataAndSchemaOrg() {
    assertTrue(
        ONTO.contains(
            CK.developedBy,
            RDFS.subPropertyOf,
            ONTO.getResource("http://www.wikidata.org/prop/direct/P178")));
    assertTrue(ONTO.contains(CK.Foundry, RDFS.subClassOf, CK.Company));
    assertTrue(ONTO.contains(CK.designedBy, RDFS.subPropertyOf, CK.developedBy));
  }

  @Test
  void shapesAcceptValidAndRejectInvalidData() {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    String prefixes =
        "@prefix ck: <"
            + CK.NS
            + "> . @prefix org: <http://www.w3.org/ns/org#> . "
            + "@prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <https://schema.org/> . "
            + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";
    String good =
        prefixes
            + "<a> a schema:NewsArticle . <p> a ck:Person ; rdfs:label \"P\" . <o> a ck:Company ; rdfs:label \"O\" .\n"
            + "<m> a org:Membership ; org:member <p> ; org:organization <o> ; org:role ck:CEO ; ck:title \"CEO\" .\n"
            + "<x> a ck:Measurement ; ck:subject <o> ; ck:measure ck:AnnualRevenue ; ck:value 5.0 ; ck:unit ck:USD ;"
            + " ck:approximation ck:Exact ; ck:modality ck:Actual .\n"
            + "<c> a ck:Claim ; prov:wasDerivedFrom <a> ; ck:extractor \"t\" ; ck:confidence 0.9 ;"
            + " ck:evidence [ ck:sentence \"s\" ; ck:beginIndex 0 ; ck:endIndex 1 ] .";
    assertTrue(ShaclValidator.get().validate(shapes, parse(good)).conforms());
    String bad =
        prefixes
            + "<p> a ck:Person ; rdfs:label \"P\" . <o> a ck:Company ; rdfs:label \"O\" .\n"
            + "<m> a org:Membership ; org:member <p> ; org:organization <o> .\n"
            + "<x> a ck:Measurement ; ck:subject <o> ; ck:measure ck:AnnualRevenue ; ck:value \"lots\" ; ck:unit ck:USD ;"
            + " ck:approximation ck:Exact ; ck:modality ck:Actual .\n<c> a ck:Claim .";
    var report = ShaclValidator.get().validate(shapes, parse(bad));
    assertFalse(report.conforms());
    var focus = report.getEntries().stream().map(e -> e.focusNode().getURI()).toList();
    assertTrue(focus.stream().anyMatch(u -> u.endsWith("m")), focus::toString);
    assertTrue(focus.stream().anyMatch(u -> u.endsWith("x")), focus::toString);
    assertTrue(focus.stream().anyMatch(u -> u.endsWith("c")), focus::toString);
  }

  private static org.apache.jena.graph.Graph parse(String ttl) {
    return org.apache.jena.riot.RDFParser.fromString(ttl, org.apache.jena.riot.Lang.TURTLE)
        .base("http://example.org/")
        .toGraph();
  }
}
