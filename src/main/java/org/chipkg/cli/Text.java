package org.chipkg.cli;

import org.apache.jena.query.QuerySolution;

/** Small text helpers for the report-style commands. */
final class Text {
  private Text() {}

  /** The short id of the row's {@code ?article}: the last segment of its IRI. */
  static String articleId(QuerySolution r) {
    String a = r.getResource("article").getURI();
    return a.substring(a.lastIndexOf('/') + 1);
  }

  /** The literal's lexical form, or "" when the variable is unbound. */
  static String lex(QuerySolution r, String var) {
    return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : "";
  }
}
