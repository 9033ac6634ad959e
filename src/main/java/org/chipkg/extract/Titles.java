package org.chipkg.extract;

import java.util.Locale;
import org.chipkg.model.Role;

/** Job titles as news writes them, and the role concept each stands for. */
final class Titles {
  /** A title with an optional unit ("AI chief"); group "title" holds it. */
  /** The title words themselves, any case: "chief executive", "CFO", "co-CEO". */
  static final String CORE =
      "(?i:co-CEO|co-chief executive|chief executive officer|chief executive|CEO|co-founder|"
          + "chief (?!executive|financial|operating|technology)[a-z]+ officer|"
          + "cofounder|founder|chairman|chairwoman|chairperson|chair|president|CFO|"
          + "chief financial officer|COO|chief operating officer|CTO|chief technology officer|"
          + "executive vice president|senior vice president|vice president|EVP|SVP|director|"
          + "spokesperson|spokesman|spokeswoman|chief scientist|chief architect|general manager|"
          + "managing director|chief|boss|head|executive)";

  /**
   * A title with an optional unit ("AI chief"); group "title" holds it, group "title2" a second
   * title joined by "and" ("president and chief executive").
   */
  static final String TITLE =
      "(?<title>(?:(?:former|incoming|interim|acting|then-|ex-|new|newly appointed|current)\\s*)?"
          + "(?:(?:AI|cloud|chip|chips|silicon|hardware|data center|devices|semiconductor|foundry|"
          + "associate|assistant|deputy|vice|senior|principal|other|lead|independent|non-executive|"
          + "research|engineering|infrastructure|compute|product|technology|finance|sales|"
          + "operations|corporate|group|global|[A-Z][A-Za-z]+)\\s){0,2}?"
          + CORE
          + ")(?:\\s+(?:and|&)\\s+(?<title2>"
          + CORE
          + "))?";

  /** "a semiconductor analyst", "principal analyst": group "title" holds it. */
  static final String ANALYST =
      "(?<title>(?i:(?:(?:senior|principal|lead|chief|semiconductor|chip|equity|research|industry|"
          + "technology|tech|hardware|financial)\\s+){0,2}analyst))";

  private Titles() {}

  static Role.Kind kind(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.matches(".*\\banalyst\\b.*")) {
      return Role.Kind.ANALYST;
    }
    if (t.matches(".*\\b(chief executive|ceo)\\b.*")) {
      return Role.Kind.CEO;
    }
    if (t.contains("founder")) {
      return Role.Kind.FOUNDER;
    }
    if (t.matches(".*\\b(chief financial|cfo|finance chief|financial chief)\\b.*")) {
      return Role.Kind.CFO;
    }
    if (t.matches(".*\\b(chief operating|coo|operating chief|operations chief)\\b.*")) {
      return Role.Kind.COO;
    }
    if (t.matches(".*\\b(chief technology|cto|technology chief)\\b.*")) {
      return Role.Kind.CTO;
    }
    if (t.contains("vice president") || t.matches(".*\\b(evp|svp)\\b.*")) {
      return Role.Kind.EXECUTIVE;
    }
    if (t.matches(".*\\b(vice|deputy)[ -]?chair.*")) {
      return Role.Kind.EXECUTIVE; // a vice chairman is not the chair
    }
    if (t.contains("chair")) {
      return Role.Kind.CHAIR;
    }
    if (t.contains("president")) {
      return Role.Kind.PRESIDENT;
    }
    if (t.contains("spokes")) {
      return Role.Kind.SPOKESPERSON;
    }
    if (t.contains("managing director") || t.contains("general manager")) {
      return Role.Kind.HEAD;
    }
    if (t.contains("director")) {
      return Role.Kind.DIRECTOR;
    }
    if (t.matches(".*\\bchief (scientist|architect|[a-z]+ officer)\\b.*")) {
      return Role.Kind.EXECUTIVE;
    }
    if (t.matches(".*\\bexecutive\\b.*")) {
      return Role.Kind.EXECUTIVE;
    }
    return Role.Kind.HEAD;
  }

  static Role.Tense tense(String title, String context) {
    String t = (title + " " + context).toLowerCase(Locale.ROOT);
    if (t.matches(".*\\b(former|ex-|then-|previously|stepped down|retired|departed)\\b.*")) {
      return Role.Tense.FORMER;
    }
    if (t.matches(
        ".*\\b(incoming|will become|will take over|to succeed|will succeed|takes over)\\b.*")) {
      return Role.Tense.INCOMING;
    }
    return Role.Tense.CURRENT;
  }

  /** The title without tense words: "former AI chief" -> "AI chief". */
  static String clean(String title) {
    return title
        .replaceAll(
            "(?i)^(former|incoming|interim|acting|then-|ex-|new|newly appointed|current)\\s*", "")
        .trim();
  }
}
