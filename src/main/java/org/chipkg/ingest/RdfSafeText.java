package org.chipkg.ingest;

/**
 * Blanks the characters that some RDF syntax cannot carry (RDF/XML is XML 1.0): C0 controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. Each becomes one
 * space, so the text keeps its length and every offset into it still holds.
 */
final class RdfSafeText {
  private RdfSafeText() {}

  static String of(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        if (!bad) {
          i++;
          continue;
        }
      } else {
        bad =
            Character.isLowSurrogate(c)
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0xFFFE
                || c == 0xFFFF;
      }
      if (bad) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = ' ';
      }
    }
    return out == null ? text : new String(out);
  }
}
