package org.chipkg.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a claim comes from.
 *
 * @param articleId the article it was read from
 * @param evidence offsets of the sentence that states it
 * @param sentence the sentence's text, exactly as in the article
 * @param prefix a little text before the sentence (for a TextQuoteSelector), may be empty
 * @param suffix a little text after the sentence, may be empty
 * @param mentions offsets of the mentions the claim was built from, each inside the evidence
 * @param extractor id of the extractor that made it
 * @param confidence 0 to 1
 */
public record Provenance(
    String articleId,
    TextSpan evidence,
    String sentence,
    String prefix,
    String suffix,
    List<TextSpan> mentions,
    String extractor,
    double confidence) {
  public Provenance {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(extractor, "extractor");
    if (sentence == null || sentence.length() != evidence.length()) {
      throw new IllegalArgumentException("evidence text does not fit span " + evidence);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
  }
}
