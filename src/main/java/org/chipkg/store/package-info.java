/**
 * The knowledge store: claims and provenance in named graphs of an Apache Jena TDB2 dataset, with
 * the union of all graphs as the default graph. The only package that touches TDB2.
 */
package org.chipkg.store;
