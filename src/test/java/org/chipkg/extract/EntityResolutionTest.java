package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One IRI for one real entity however it is written, and stable IRIs for names the lexicon does not
 * know: the entity part of a fact key is the IRI's last segment.
 */
class EntityResolutionTest {
  @Test
  void aliasesOfOneCompanyMeetInOneIri() {
    Set<String> a = Facts.keys("Chips\nAWS CEO Matt Garman said demand was strong.\n");
    Set<String> b =
        Facts.keys("Chips\nAmazon Web Services CEO Matt Garman said demand was strong.\n");
    assertTrue(a.contains("matt-garman CEO amazon-web-services CURRENT"), a::toString);
    assertTrue(b.contains("matt-garman CEO amazon-web-services CURRENT"), b::toString);
  }

  @Test
  void capitalisationDoesNotSplitAnEntity() {
    Set<String> a = Facts.keys("Chips\nNVIDIA CEO Jensen Huang spoke on Tuesday.\n");
    Set<String> b = Facts.keys("Chips\nNvidia CEO Jensen Huang spoke on Tuesday.\n");
    assertTrue(a.contains("jensen-huang CEO nvidia CURRENT"), a::toString);
    assertTrue(b.contains("jensen-huang CEO nvidia CURRENT"), b::toString);
  }

  @Test
  void longAndShortChipNamesMeet() {
    Set<String> a =
        Facts.keys("Chips\nGoogle's Tensor Processing Units are designed for inference.\n");
    Set<String> b = Facts.keys("Chips\nGoogle's TPUs are designed for inference.\n");
    assertTrue(a.contains("tpu optimizedFor Inference"), a::toString);
    assertTrue(b.contains("tpu optimizedFor Inference"), b::toString);
  }

  @Test
  void aSurnameAfterTheFullNameIsTheSamePerson() {
    Set<String> keys =
        Facts.keys(
            "Chips\nCerebras Systems named Andrew Feldman chief executive in 2016. "
                + "Feldman, the CEO of Cerebras Systems, said the WSE-3 is built for training.\n");
    assertTrue(keys.contains("andrew-feldman CEO cerebras-systems CURRENT"), keys::toString);
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("feldman ")), keys::toString);
  }

  @Test
  void unknownNamesGetTheSameIriInEveryArticle() {
    Set<String> a =
        Facts.keys(
            "Startup news\nQuantaForge CEO Mira Okafor said the Q-7 chip is for inference.\n");
    Set<String> b =
        Facts.keys(
            "Another report\nThe Q-7 chip was developed by QuantaForge. "
                + "QuantaForge CEO Mira Okafor did not comment.\n");
    assertTrue(a.contains("mira-okafor CEO quantaforge CURRENT"), a::toString);
    assertTrue(b.contains("mira-okafor CEO quantaforge CURRENT"), b::toString);
    assertTrue(b.contains("q-7 developedBy quantaforge"), b::toString);
  }
}
