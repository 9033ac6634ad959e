package org.chipkg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.chipkg.model.TextSpan;

/** The lines of a text with their offsets (line breaks excluded). */
final class Lines {
  private Lines() {}

  static List<TextSpan> of(String text) {
    List<TextSpan> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int e = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      out.add(new TextSpan(start, e));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }
}
