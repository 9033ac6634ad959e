package org.chipkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chipkg.model.ChipKgException;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;

/**
 * Known entities by name: label, aliases, type and verified Wikidata id. It holds names only, never
 * relations or figures. Aliases of two to five capitals ("AWS", "AMD") match with their case;
 * others match ignoring case but must start with a capital in the text.
 */
public final class Lexicon {
  /** Classpath location of the default lexicon (copied from {@code ontology/lexicon.tsv}). */
  public static final String RESOURCE = "/ontology/lexicon.tsv";

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private final Map<String, Entity> byKey = new LinkedHashMap<>();
  private final Map<String, List<String>> aliases = new LinkedHashMap<>();
  private final Map<String, Entity> exact = new HashMap<>();
  private final Map<String, Entity> folded = new HashMap<>();
  private int maxTokens = 1;

  /** The lexicon shipped in the jar. */
  public static Lexicon defaultLexicon() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ChipKgException("lexicon missing from classpath: " + RESOURCE);
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new ChipKgException("cannot read lexicon " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads a lexicon TSV: key, type, label, aliases (|-separated or -), wikidata (or -). */
  public static Lexicon parse(InputStream in, String source) throws IOException {
    Lexicon lex = new Lexicon();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 5) {
        throw new ChipKgException(source + ":" + no + ": expected 5 tab-separated columns");
      }
      try {
        String qid = c[4].equals("-") ? null : c[4];
        Entity e = new Entity(c[0], c[2], EntityType.valueOf(c[1]), qid);
        List<String> names = new ArrayList<>(List.of(c[2]));
        if (!c[3].equals("-")) {
          names.addAll(List.of(c[3].split("\\|")));
        }
        lex.add(e, names);
      } catch (IllegalArgumentException e) {
        throw new ChipKgException(source + ":" + no + ": " + e.getMessage(), e);
      }
    }
    return lex;
  }

  private void add(Entity e, List<String> names) {
    byKey.put(e.key(), e);
    aliases.put(e.key(), List.copyOf(names));
    for (String name : names) {
      List<Token> toks = TOKENIZER.tokenize(name, 0, name.length());
      maxTokens = Math.max(maxTokens, toks.size());
      if (name.matches("[A-Z]{2,5}s?")) {
        exact.put(joinKey(toks, false), e);
      } else {
        folded.put(joinKey(toks, true), e);
      }
    }
  }

  static String joinKey(List<Token> toks, boolean fold) {
    StringBuilder sb = new StringBuilder();
    for (Token t : toks) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String s = t.text().replace('’', '\'');
      sb.append(fold ? s.toLowerCase(Locale.ROOT) : s);
    }
    return sb.toString();
  }

  /** The entity named by exactly these tokens, if any. */
  public Optional<Entity> lookup(List<Token> toks) {
    if (toks.isEmpty()) {
      return Optional.empty();
    }
    if (!Character.isUpperCase(toks.get(0).text().codePointAt(0))) {
      // "tensor processing units": a multi-word name may be written in lower case.
      return toks.size() >= 3
          ? Optional.ofNullable(folded.get(joinKey(toks, true)))
          : Optional.empty();
    }
    Entity e = exact.get(joinKey(toks, false));
    return Optional.ofNullable(e != null ? e : folded.get(joinKey(toks, true)));
  }

  private static final java.util.regex.Pattern LEGAL =
      java.util.regex.Pattern.compile(
          "\\s+(?:Inc\\.?|Corp\\.?|Corporation|Co\\.?|Ltd\\.?|LLC|Plc|Limited)$");

  /**
   * A listed company written with another legal suffix: "X Corp." for "X Corporation", "X Inc." for
   * "X".
   */
  public Optional<Entity> lookupCompany(String name) {
    java.util.regex.Matcher m = LEGAL.matcher(name);
    if (!m.find()) {
      return Optional.empty();
    }
    String core = name.substring(0, m.start());
    for (String v :
        List.of(core, core + " Corporation", core + " Corp.", core + " Inc.", core + " Ltd.")) {
      Optional<Entity> e = lookup(TOKENIZER.tokenize(v, 0, v.length()));
      if (e.isPresent() && e.get().type().isOrganization()) {
        return e;
      }
    }
    return Optional.empty();
  }

  public int maxTokens() {
    return maxTokens;
  }

  public Optional<Entity> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public Collection<Entity> entities() {
    return byKey.values();
  }

  /** All names of an entity, label first. */
  public List<String> names(String key) {
    return aliases.getOrDefault(key, List.of());
  }
}
