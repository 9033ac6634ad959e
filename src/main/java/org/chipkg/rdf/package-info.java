/**
 * From claims to RDF: IRI minting under a configurable base, the triples of each fact kind, the
 * RDFS entailments read from the ontology, and provenance with W3C Web Annotation selectors, all
 * pushed into a Jena {@code StreamRDF} so tests, TDB2 and file writers share one code path.
 */
package org.chipkg.rdf;
