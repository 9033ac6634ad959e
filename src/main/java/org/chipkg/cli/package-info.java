/**
 * The command line (picocli): extract, ingest, serve, query, validate. The only place that writes
 * to stdout.
 */
package org.chipkg.cli;
