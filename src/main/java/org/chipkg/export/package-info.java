/**
 * Dumps of the knowledge graph in three profiles ({@link org.chipkg.export.ExportProfile}): every
 * quad with its provenance, the plain facts in one graph, and the facts re-expressed with Wikidata
 * properties and items. Output is deterministic: the same store gives the same sorted N-Quads.
 * JSON-LD is compacted against the context shipped in the jar ({@code /jsonld/context.jsonld}),
 * which the server also publishes; no remote context is ever fetched.
 */
package org.chipkg.export;
