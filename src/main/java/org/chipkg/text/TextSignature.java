package org.chipkg.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A bottom-k MinHash sketch of an article's word 5-grams, written as hex, and the Jaccard
 * similarity it estimates. Two articles whose sketches agree on most values share most of their
 * wording: a syndicated copy, or a light rewrite of one report.
 *
 * <pre>{@code
 * String a = TextSignature.of(annotated.sentences());
 * double j = TextSignature.similarity(a, b); // 0..1
 * }</pre>
 */
public final class TextSignature {
  /** Values kept per sketch. */
  static final int K = 32;

  private static final int N = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private TextSignature() {}

  /** The sketch of the sentences' words, or "" when there are fewer than five words. */
  public static String of(List<Sentence> sentences) {
    StringBuilder all = new StringBuilder();
    for (Sentence s : sentences) {
      all.append(s.text()).append(' ');
    }
    return of(all.toString());
  }

  /** The sketch of a text's words. */
  public static String of(String text) {
    List<String> words =
        WORD.matcher(text.toLowerCase(Locale.ROOT))
            .results()
            .map(java.util.regex.MatchResult::group)
            .toList();
    TreeSet<Long> bottom = new TreeSet<>();
    for (int i = 0; i + N <= words.size(); i++) {
      long h = hash(String.join(" ", words.subList(i, i + N)));
      if (bottom.size() < K) {
        bottom.add(h);
      } else if (h < bottom.last() && !bottom.contains(h)) {
        bottom.pollLast();
        bottom.add(h);
      }
    }
    StringBuilder out = new StringBuilder(bottom.size() * 16);
    for (long h : bottom) {
      out.append(String.format("%016x", h));
    }
    return out.toString();
  }

  /** Estimated Jaccard similarity of the two texts' 5-gram sets; 0 when either sketch is empty. */
  public static double similarity(String a, String b) {
    long[] x = decode(a);
    long[] y = decode(b);
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    TreeSet<Long> union = new TreeSet<>();
    for (long v : x) {
      union.add(v);
    }
    for (long v : y) {
      union.add(v);
    }
    Set<Long> xs = new HashSet<>();
    Arrays.stream(x).forEach(xs::add);
    Set<Long> ys = new HashSet<>();
    Arrays.stream(y).forEach(ys::add);
    int k = Math.min(K, union.size());
    int both = 0;
    int seen = 0;
    for (long v : union) {
      if (seen++ == k) {
        break;
      }
      if (xs.contains(v) && ys.contains(v)) {
        both++;
      }
    }
    return (double) both / k;
  }

  private static long[] decode(String sketch) {
    if (sketch == null || sketch.length() % 16 != 0) {
      return new long[0];
    }
    long[] out = new long[sketch.length() / 16];
    for (int i = 0; i < out.length; i++) {
      out[i] = Long.parseUnsignedLong(sketch.substring(i * 16, i * 16 + 16), 16);
    }
    return out;
  }

  /** FNV-1a, then a SplitMix64 finaliser; kept non-negative so unsigned and signed order agree. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h >>> 1;
  }
}
