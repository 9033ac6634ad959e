/**
 * Benchmarks: a deterministic generator of news-like articles ({@link
 * org.chipkg.bench.CorpusGenerator}) and the measurements of {@code bench run} (extraction, ingest,
 * queries over HTTP, heap), reported as {@link org.chipkg.bench.Figure}s. Uses the pipeline, the
 * store and the endpoint through their public APIs; nothing depends on this package.
 */
package org.chipkg.bench;
