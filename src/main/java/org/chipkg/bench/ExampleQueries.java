package org.chipkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chipkg.model.ChipKgException;

/** The example queries shipped in {@code src/main/resources/queries/}, by name. */
public final class ExampleQueries {
  /** The files in {@code queries/}, without {@code .rq}. */
  public static final List<String> NAMES =
      List.of(
          "who-runs-what",
          "chips-and-makers",
          "figures-with-sources",
          "well-supported-facts",
          "conflicts",
          "explain");

  private ExampleQueries() {}

  /**
   * The example queries and, for each, its first page ({@code NAME.page100}: the same query with
   * {@code LIMIT 100}), as an interactive client would ask.
   */
  public static Map<String, String> withFirstPages() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : all().entrySet()) {
      out.put(e.getKey(), e.getValue());
      out.put(e.getKey() + ".page100", e.getValue().stripTrailing() + "\nLIMIT 100\n");
    }
    return out;
  }

  public static Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : NAMES) {
      String path = "/queries/" + n + ".rq";
      try (InputStream in = ExampleQueries.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new ChipKgException("example query missing from classpath: " + path);
        }
        out.put(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ChipKgException("cannot read " + path + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
