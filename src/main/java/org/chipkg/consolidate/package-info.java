/**
 * Consolidation: the layer between per-article claims and what analysts query. Each distinct fact
 * becomes one {@code ck:Fact} with its support (articles, independent sources, first and last
 * report), and claims that cannot all hold become {@code ck:Conflict} resources with a reason. The
 * rules come from annotations in the ontology ({@code ck:singleValued}, {@code
 * ck:exclusivePerHolder}, {@code ck:incompatibleWith}). Everything lives in one named graph and is
 * updated incrementally, inside the store's write transaction, for the facts and entities an ingest
 * or removal touched. Works on any Jena {@code DatasetGraph}; knows nothing of TDB2.
 */
package org.chipkg.consolidate;
