/** The embedded SPARQL endpoint (Apache Jena Fuseki); the only package that touches Fuseki. */
package org.chipkg.endpoint;
