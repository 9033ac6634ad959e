/**
 * The embedded SPARQL endpoint (Apache Jena Fuseki) and the linked-data routes registered on it:
 * dereferencing of ChipKG IRIs with content negotiation, server-rendered HTML pages, VoID and DCAT,
 * the SPARQL Service Description, dumps and the JSON-LD context; and the query and browse page it
 * serves from the jar. The only package that touches Fuseki, Jetty and the servlet API.
 */
package org.chipkg.endpoint;
