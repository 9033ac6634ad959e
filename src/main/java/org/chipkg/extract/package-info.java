/**
 * Extractors: one small class per fact kind, each a pure function from an annotated article to
 * claims with evidence. Add a fact kind by implementing {@link org.chipkg.extract.Extractor} and
 * listing it in {@link org.chipkg.extract.ExtractionPipeline#defaultExtractors()}.
 */
package org.chipkg.extract;
