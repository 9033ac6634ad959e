package org.chipkg.export;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;

/** The serialisations an export can take. */
public enum ExportFormat {
  TRIG("trig", Lang.TRIG, true),
  NQ("nq", Lang.NQUADS, true),
  TTL("ttl", Lang.TURTLE, false),
  NT("nt", Lang.NTRIPLES, false),
  JSONLD("jsonld", Lang.JSONLD, true),
  RDFXML("rdfxml", Lang.RDFXML, false);

  private final String id;
  private final Lang lang;
  private final boolean quads;

  ExportFormat(String id, Lang lang, boolean quads) {
    this.id = id;
    this.lang = lang;
    this.quads = quads;
  }

  /** The name used on the command line, e.g. {@code nq}. */
  public String id() {
    return id;
  }

  public Lang lang() {
    return lang;
  }

  /** True when the format can hold named graphs. */
  public boolean holdsNamedGraphs() {
    return quads;
  }

  public String mediaType() {
    return lang.getContentType().getContentTypeStr();
  }

  public static ExportFormat of(String id) {
    for (ExportFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format: "
            + id
            + " ("
            + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "))
            + ")");
  }
}
