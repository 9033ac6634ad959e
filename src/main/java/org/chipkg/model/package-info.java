/**
 * Values shared by every stage of the pipeline: articles, spans, mentions, facts, claims and their
 * provenance. Records only, validated on construction; no dependency on Jena.
 */
package org.chipkg.model;
