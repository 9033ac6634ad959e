/**
 * One class per namespace, holding Jena constants for the terms ChipKG writes: {@link
 * org.chipkg.vocab.CK} for its own ontology (checked against {@code ontology/chipkg.ttl} by a
 * test), and ORG, PROV, SCHEMA and OA for the standard vocabularies it reuses.
 */
package org.chipkg.vocab;
