package org.chipkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.chipkg.model.Claim;
import org.chipkg.model.Fact;
import org.chipkg.model.Mention;
import org.chipkg.model.Provenance;
import org.chipkg.model.TextSpan;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Sentence;

/** Builds claims whose provenance quotes the sentence they were read from. */
final class Evidence {
  private static final int CONTEXT = 32;

  private Evidence() {}

  static Claim claim(
      AnnotatedArticle a,
      Sentence s,
      Fact fact,
      String extractor,
      double confidence,
      Collection<Mention> used) {
    String text = a.text();
    TextSpan span = s.span();
    String prefix = text.substring(Math.max(0, span.begin() - CONTEXT), span.begin());
    String suffix = text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT));
    List<TextSpan> spans = new ArrayList<>();
    for (Mention m : used) {
      if (span.contains(m.span()) && !spans.contains(m.span())) {
        spans.add(m.span());
      }
    }
    Provenance p =
        new Provenance(
            a.article().id(), span, s.text(), prefix, suffix, spans, extractor, confidence);
    return new Claim(fact, p);
  }
}
