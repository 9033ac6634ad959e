package org.chipkg.model;

/** A half-open character range [begin, end) into the original article text. */
public record TextSpan(int begin, int end) {
  public TextSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span: begin=" + begin + ", end=" + end);
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(TextSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }
}
