package org.chipkg.model;

import java.util.Objects;

/**
 * A place in the text that names an entity.
 *
 * @param span offsets into the original text
 * @param text the surface form, exactly as written
 * @param entity what it refers to
 * @param source how it was found
 */
public record Mention(TextSpan span, String text, Entity entity, Source source) {
  /** How a mention was recognised. */
  public enum Source {
    LEXICON,
    CONTEXT,
    COREFERENCE
  }

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(source, "source");
    if (text == null || text.length() != span.length()) {
      throw new IllegalArgumentException("mention text does not fit span " + span + ": " + text);
    }
  }
}
