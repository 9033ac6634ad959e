package org.chipkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms ChipKG uses. */
public final class PROV {
  public static final String NS = "http://www.w3.org/ns/prov#";
  public static final Property wasDerivedFrom =
      ResourceFactory.createProperty(NS + "wasDerivedFrom");
  public static final Property generatedAtTime =
      ResourceFactory.createProperty(NS + "generatedAtTime");

  private PROV() {}
}
