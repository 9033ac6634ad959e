package org.chipkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Web Annotation selectors, used for evidence that survives re-cleaning of the text. */
public final class OA {
  public static final String NS = "http://www.w3.org/ns/oa#";
  public static final Resource TextPositionSelector =
      ResourceFactory.createResource(NS + "TextPositionSelector");
  public static final Resource TextQuoteSelector =
      ResourceFactory.createResource(NS + "TextQuoteSelector");
  public static final Property hasSource = ResourceFactory.createProperty(NS + "hasSource");
  public static final Property hasSelector = ResourceFactory.createProperty(NS + "hasSelector");
  public static final Property start = ResourceFactory.createProperty(NS + "start");
  public static final Property end = ResourceFactory.createProperty(NS + "end");
  public static final Property exact = ResourceFactory.createProperty(NS + "exact");
  public static final Property prefix = ResourceFactory.createProperty(NS + "prefix");
  public static final Property suffix = ResourceFactory.createProperty(NS + "suffix");

  private OA() {}
}
