package org.chipkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the ChipKG ontology ({@code ontology/chipkg.ttl}). A test checks that every constant
 * here is declared there.
 */
public final class CK {
  public static final String NS = "https://w3id.org/chipkg/ontology#";

  /** The ontology's own IRI. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/chipkg/ontology";

  // Entity classes
  public static final Resource Company = r("Company");
  public static final Resource Foundry = r("Foundry");
  public static final Resource Person = r("Person");
  public static final Resource Chip = r("Chip");
  public static final Resource Organization = r("Organization");
  public static final Resource Market = r("Market");

  // Provenance and reified facts
  public static final Resource Claim = r("Claim");
  public static final Resource Evidence = r("Evidence");
  public static final Resource Measurement = r("Measurement");
  public static final Resource StatusStatement = r("StatusStatement");
  public static final Resource Conflict = r("Conflict");
  public static final Resource Fact = r("Fact");

  // Concept schemes and their concepts
  public static final Resource RoleScheme = r("RoleScheme");
  public static final Resource WorkloadScheme = r("WorkloadScheme");
  public static final Resource MeasureScheme = r("MeasureScheme");
  public static final Resource UnitScheme = r("UnitScheme");
  public static final Resource ApproximationScheme = r("ApproximationScheme");
  public static final Resource ModalityScheme = r("ModalityScheme");
  public static final Resource ChipStatusScheme = r("ChipStatusScheme");
  public static final Resource TenseScheme = r("TenseScheme");
  public static final Resource Training = r("Training");
  public static final Resource Inference = r("Inference");
  public static final Resource USD = r("USD");
  public static final Resource Current = r("Current");
  public static final Resource Former = r("Former");
  public static final Resource Incoming = r("Incoming");
  public static final Resource Expected = r("Expected");
  public static final Resource NotYetAvailable = r("NotYetAvailable");
  public static final Resource Exact = r("Exact");
  public static final Resource Approximately = r("Approximately");
  public static final Resource AtLeast = r("AtLeast");
  public static final Resource AtMost = r("AtMost");
  public static final Resource ConflictRuleScheme = r("ConflictRuleScheme");
  public static final Resource TwoHolders = r("TwoHolders");
  public static final Resource TwoOrganizations = r("TwoOrganizations");
  public static final Resource IncompatibleStatus = r("IncompatibleStatus");
  public static final Resource AvailabilityDates = r("AvailabilityDates");
  public static final Resource DifferentValues = r("DifferentValues");
  public static final Resource TwoValues = r("TwoValues");

  // Fact properties
  public static final Property developedBy = p("developedBy");
  public static final Property designedBy = p("designedBy");
  public static final Property manufacturedBy = p("manufacturedBy");
  public static final Property optimizedFor = p("optimizedFor");
  public static final Property generationOf = p("generationOf");
  public static final Property successorOf = p("successorOf");
  public static final Property subsidiaryOf = p("subsidiaryOf");
  public static final Property competesWith = p("competesWith");
  public static final Property customerOf = p("customerOf");
  public static final Property usesChip = p("usesChip");
  public static final Property title = p("title");
  public static final Property tense = p("tense");

  // Measurement properties
  public static final Property subject = p("subject");
  public static final Property measure = p("measure");
  public static final Property value = p("value");
  public static final Property unit = p("unit");
  public static final Property originalValue = p("originalValue");
  public static final Property originalUnit = p("originalUnit");
  public static final Property approximation = p("approximation");
  public static final Property modality = p("modality");
  public static final Property period = p("period");

  // Chip status properties
  public static final Property chip = p("chip");
  public static final Property status = p("status");
  public static final Property statusDate = p("statusDate");
  public static final Property statusPhrase = p("statusPhrase");
  public static final Property notAvailableFor = p("notAvailableFor");
  public static final Property availableWithin = p("availableWithin");

  // Provenance properties
  public static final Property evidence = p("evidence");
  public static final Property sentence = p("sentence");
  public static final Property beginIndex = p("beginIndex");
  public static final Property endIndex = p("endIndex");
  public static final Property extractor = p("extractor");
  public static final Property confidence = p("confidence");
  public static final Property factKey = p("factKey");
  public static final Property citesSource = p("citesSource");
  public static final Property textSignature = p("textSignature");
  public static final Property refreshPending = p("refreshPending");

  // Consolidation: facts with their support, and conflicts
  public static final Property supportedBy = p("supportedBy");
  public static final Property statedIn = p("statedIn");
  public static final Property involves = p("involves");
  public static final Property articleCount = p("articleCount");
  public static final Property sourceCount = p("sourceCount");
  public static final Property firstReported = p("firstReported");
  public static final Property lastReported = p("lastReported");
  public static final Property conflictingFact = p("conflictingFact");
  public static final Property conflictingClaim = p("conflictingClaim");
  public static final Property rule = p("rule");
  public static final Property reason = p("reason");

  // Annotations that drive the conflict rules
  public static final Property singleValued = p("singleValued");
  public static final Property exclusivePerHolder = p("exclusivePerHolder");
  public static final Property incompatibleWith = p("incompatibleWith");

  private CK() {}

  /** A term of this namespace by local name. */
  public static Resource term(String localName) {
    return r(localName);
  }

  private static Resource r(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property p(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
