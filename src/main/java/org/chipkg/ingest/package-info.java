/**
 * Reading articles: plain text and HTML (jsoup), encoding checks, metadata (headline, date,
 * publisher, cited outlets) and boilerplate ranges (ads, related-article blocks) that must yield no
 * facts.
 */
package org.chipkg.ingest;
