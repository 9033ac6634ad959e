package org.chipkg.endpoint;

/** Small helpers for server-rendered pages: escaping and the page frame. Every text is escaped. */
final class Html {
  private Html() {}

  /** Escapes text for HTML element content and double-quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /** A whole page: title, the IRI it describes (may be null), alternate formats, body. */
  static String page(String title, String iri, String path, String body) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(esc(title))
        .append(" · ChipKG</title>");
    if (path != null) {
      for (Representation r : Representation.values()) {
        if (r != Representation.HTML) {
          sb.append("<link rel=\"alternate\" type=\"")
              .append(r.mediaType())
              .append("\" href=\"")
              .append(esc(path + "?format=" + r.formatName()))
              .append("\">");
        }
      }
    }
    sb.append("<style>")
        .append("body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;")
        .append("line-height:1.4}table{border-collapse:collapse}td,th{border-bottom:1px solid")
        .append(" #ddd;padding:.2em .5em;text-align:left;vertical-align:top}")
        .append("mark{background:#ffe58a}.iri{color:#555;font-size:.9em}")
        .append("blockquote{margin:.3em 0 .3em 1em;color:#333}</style></head><body>")
        .append("<nav>")
        .append(link("/", "ChipKG"))
        .append(" · ")
        .append(link("/browse", "entities"))
        .append(" · ")
        .append(link("/kg/sparql", "SPARQL"))
        .append(" · ")
        .append(link("/.well-known/void", "VoID"))
        .append(" · ")
        .append(link("/ontology", "ontology"))
        .append("</nav><h1>")
        .append(esc(title))
        .append("</h1>");
    if (iri != null) {
      sb.append("<p class=\"iri\">").append(esc(iri)).append("</p>");
    }
    if (path != null) {
      sb.append("<p class=\"iri\">Also as ");
      String sep = "";
      for (Representation r : Representation.values()) {
        if (r != Representation.HTML) {
          sb.append(sep).append(link(path + "?format=" + r.formatName(), r.formatName()));
          sep = ", ";
        }
      }
      sb.append("</p>");
    }
    return sb.append(body).append("</body></html>\n").toString();
  }
}
