package org.chipkg.consolidate;

import java.util.List;
import org.chipkg.text.TextSignature;

/**
 * Counts independent sources among articles. Two articles share an origin when they cite the same
 * outlet, when one is published by an outlet the other cites, or when their texts are
 * near-duplicates (estimated Jaccard similarity of word 5-grams at least {@link #NEAR_DUPLICATE}).
 * Shared origin is transitive (union-find).
 */
final class Origins {
  static final double NEAR_DUPLICATE = 0.5;

  private Origins() {}

  static int independent(List<ArticleInfo> articles) {
    int n = articles.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sameOrigin(articles.get(i), articles.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    int roots = 0;
    for (int i = 0; i < n; i++) {
      if (find(parent, i) == i) {
        roots++;
      }
    }
    return roots;
  }

  static boolean sameOrigin(ArticleInfo a, ArticleInfo b) {
    for (var c : a.cited()) {
      if (b.cited().contains(c) || c.equals(b.publisher())) {
        return true;
      }
    }
    if (a.publisher() != null && b.cited().contains(a.publisher())) {
      return true;
    }
    return TextSignature.similarity(a.signature(), b.signature()) >= NEAR_DUPLICATE;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
