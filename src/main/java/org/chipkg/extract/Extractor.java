package org.chipkg.extract;

import java.util.List;
import org.chipkg.model.Claim;
import org.chipkg.text.AnnotatedArticle;

/** Reads one kind of fact from an annotated article. A pure function of its input. */
public interface Extractor {
  /** Written into each claim's provenance, e.g. {@code roles}. */
  String id();

  /** Claims found in the article, never null. */
  List<Claim> extract(AnnotatedArticle article);
}
