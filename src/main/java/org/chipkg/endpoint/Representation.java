package org.chipkg.endpoint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The representations a linked-data resource has, chosen by {@code ?format=} (which wins) or by the
 * {@code Accept} header with its q-values. Ties go to the earlier offer, so {@code *}{@code /*}
 * (curl's default) gets Turtle and a browser, which ranks {@code text/html} first, gets HTML.
 */
enum Representation {
  TURTLE("text/turtle", Lang.TURTLE, "ttl", "turtle"),
  HTML("text/html", null, "html", "htm"),
  JSONLD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld", "json"),
  NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt", "ntriples", "n-triples"),
  RDFXML("application/rdf+xml", Lang.RDFXML, "rdfxml", "rdf", "xml");

  private final String mediaType;
  private final Lang lang;
  private final List<String> names;

  Representation(String mediaType, Lang lang, String... names) {
    this.mediaType = mediaType;
    this.lang = lang;
    this.names = List.of(names);
  }

  String mediaType() {
    return mediaType;
  }

  /** The RDF syntax, or null for HTML. */
  Lang lang() {
    return lang;
  }

  String formatName() {
    return names.get(0);
  }

  /**
   * The best of {@code offers} for the request, empty when none is acceptable. A {@code format}
   * that names no representation is not acceptable either.
   */
  static Optional<Representation> choose(
      String format, String accept, List<Representation> offers) {
    if (format != null && !format.isBlank()) {
      String f = format.strip().toLowerCase(Locale.ROOT);
      return offers.stream().filter(r -> r.names.contains(f) || r.mediaType.equals(f)).findFirst();
    }
    if (accept == null || accept.isBlank()) {
      return Optional.of(offers.get(0));
    }
    Representation best = null;
    double bestQ = 0;
    for (Representation r : offers) {
      double q = quality(r.mediaType, accept);
      if (q > bestQ) {
        best = r;
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The q-value the Accept header gives a media type: its most specific matching range. */
  static double quality(String mediaType, String accept) {
    String[] mt = mediaType.split("/");
    double q = 0;
    int specificity = -1;
    for (String part : accept.split(",")) {
      String[] p = part.split(";");
      String range = p[0].strip().toLowerCase(Locale.ROOT);
      double rq = 1;
      for (int i = 1; i < p.length; i++) {
        String param = p[i].strip();
        if (param.startsWith("q=")) {
          try {
            rq = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            rq = 0;
          }
        }
      }
      String[] r = range.split("/");
      if (r.length != 2) {
        continue;
      }
      int s;
      if (r[0].equals(mt[0]) && r[1].equals(mt[1])) {
        s = 2;
      } else if (r[0].equals(mt[0]) && r[1].equals("*")) {
        s = 1;
      } else if (r[0].equals("*") && r[1].equals("*")) {
        s = 0;
      } else {
        continue;
      }
      if (s > specificity) {
        specificity = s;
        q = rq;
      }
    }
    return q;
  }
}
