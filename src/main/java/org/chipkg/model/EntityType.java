package org.chipkg.model;

/** The kinds of entity the ontology knows; each maps to one class in {@code ck:}. */
public enum EntityType {
  COMPANY("Company"),
  FOUNDRY("Foundry"),
  PERSON("Person"),
  CHIP("Chip"),
  ORGANIZATION("Organization"),
  MARKET("Market");

  private final String localName;

  EntityType(String localName) {
    this.localName = localName;
  }

  /** Local name of the ontology class, e.g. {@code Foundry}. */
  public String localName() {
    return localName;
  }

  /** True for types that can run a business: companies, foundries, other organizations. */
  public boolean isOrganization() {
    return this == COMPANY || this == FOUNDRY || this == ORGANIZATION;
  }
}
