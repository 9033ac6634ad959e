package org.chipkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms ChipKG uses for articles. */
public final class SCHEMA {
  public static final String NS = "https://schema.org/";
  public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
  public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
  public static final Property headline = ResourceFactory.createProperty(NS + "headline");
  public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
  public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
  public static final Property name = ResourceFactory.createProperty(NS + "name");
  public static final Property citation = ResourceFactory.createProperty(NS + "citation");
  public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");

  private SCHEMA() {}
}
