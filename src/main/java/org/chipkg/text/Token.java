package org.chipkg.text;

import org.chipkg.model.TextSpan;

/** A word or symbol with its offsets into the original text. */
public record Token(TextSpan span, String text) {
  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  /** True when the token starts with an upper-case letter or a digit-bearing name like "H100". */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
