package org.chipkg.text;

import java.text.Normalizer;
import java.util.Locale;

/** Safe IRI local names from free text: lower-case ASCII letters, digits and single hyphens. */
public final class Slug {
  private Slug() {}

  /** "Cerebras Systems" -> "cerebras-systems"; "Nvidia’s" is not expected here. */
  public static String of(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      slug = "x" + Integer.toHexString(name.hashCode());
    }
    return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
  }
}
