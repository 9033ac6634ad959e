package org.chipkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization ontology terms ChipKG uses. */
public final class ORG {
  public static final String NS = "http://www.w3.org/ns/org#";
  public static final Resource Membership = ResourceFactory.createResource(NS + "Membership");
  public static final Property member = ResourceFactory.createProperty(NS + "member");
  public static final Property organization = ResourceFactory.createProperty(NS + "organization");
  public static final Property role = ResourceFactory.createProperty(NS + "role");

  private ORG() {}
}
