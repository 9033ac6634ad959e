package org.chipkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes news-like articles about AI chips, deterministic for a seed: article {@code i} depends on
 * the seed and {@code i} only, so a corpus of 10k articles starts with the corpus of 1k. Each has a
 * headline, a byline or dateline, several paragraphs recombining {@link Patterns} (roles, chips and
 * their makers, customers, rivals, figures, chip status, quotes, filler) over a {@link Cast} of
 * made-up and known names, and sometimes an ad and a related-articles block.
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.builder().articles(1000).seed(42).build();
 * g.write(Path.of("target/corpus-1k"));
 * }</pre>
 */
public final class CorpusGenerator {
  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");
  private static final List<String> QUARTERS =
      List.of("first-quarter", "second-quarter", "third-quarter", "fourth-quarter");
  private static final List<String> OUTLETS =
      List.of("Chip Wire", "Silicon Ledger", "Data Center Daily", "The Compute Report");
  private static final List<String> PLACES =
      List.of("SANTA CLARA, Calif.", "AUSTIN, Texas", "HSINCHU, Taiwan", "SEOUL", "LONDON");

  private final int articles;
  private final long seed;

  private CorpusGenerator(int articles, long seed) {
    this.articles = articles;
    this.seed = seed;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int articles() {
    return articles;
  }

  /** Article {@code index} (0-based) of this corpus. */
  public GeneratedArticle article(int index) {
    if (index < 0 || index >= articles) {
      throw new IllegalArgumentException("index out of range: " + index + " of " + articles);
    }
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Cast cast = Cast.random(r);
    int year = 2024 + r.nextInt(3);
    String month = NameParts.pick(r, MONTHS);
    Map<String, Supplier<String>> slots =
        Map.ofEntries(
            Map.entry("company", cast::company),
            Map.entry("rival", cast::rival),
            Map.entry("partner", cast::partner),
            Map.entry("ceo", cast::ceo),
            Map.entry("ceoLast", () -> Cast.surname(cast.ceo())),
            Map.entry("exec", cast::executive),
            Map.entry("chip", cast::chip),
            Map.entry("chip2", cast::chip2),
            Map.entry("foundry", cast::foundry),
            Map.entry("sub", cast::subsidiary),
            Map.entry("money", () -> Figures.money(r)),
            Map.entry("money2", () -> Figures.money(r)),
            Map.entry("pct", () -> Figures.percent(r)),
            Map.entry("quarter", () -> NameParts.pick(r, QUARTERS)),
            Map.entry("month", () -> month),
            Map.entry("year", () -> Integer.toString(year + 1)));
    StringBuilder out = new StringBuilder();
    out.append(fill(NameParts.pick(r, Patterns.HEADLINES), slots)).append('\n');
    out.append(byline(r, month, year)).append("\n\n");
    String dateline = r.nextBoolean() ? NameParts.pick(r, PLACES) + " — " : "";
    int paragraphs = 4 + r.nextInt(5);
    Set<String> used = new HashSet<>();
    for (int p = 0; p < paragraphs; p++) {
      if (p > 1 && r.nextInt(4) == 0) {
        out.append(NameParts.pick(r, Patterns.SUBHEADS)).append("\n\n");
      }
      out.append(p == 0 ? dateline : "").append(paragraph(r, p, slots, used)).append("\n\n");
      if (p == 1 && r.nextInt(3) == 0) {
        out.append(NameParts.pick(r, Patterns.ADS)).append("\n\n");
      }
    }
    if (r.nextInt(2) == 0) {
      out.append(NameParts.pick(r, Patterns.RELATED_HEADINGS)).append('\n');
      for (int i = 0; i < 3; i++) {
        out.append(fill(Patterns.RELATED_TITLES.get((index + i) % 5), slots)).append('\n');
      }
    }
    String name = String.format("%07d_%016x.txt", index, r.nextLong());
    return new GeneratedArticle(name, out.toString());
  }

  /** Writes every article into {@code dir} (created if needed); returns the number written. */
  public int write(Path dir) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < articles; i++) {
        GeneratedArticle a = article(i);
        Files.writeString(dir.resolve(a.fileName()), a.text(), StandardCharsets.UTF_8);
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write corpus to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String byline(SplittableRandom r, String month, int year) {
    String outlet = NameParts.pick(r, OUTLETS);
    int day = 1 + r.nextInt(28);
    return switch (r.nextInt(3)) {
      case 0 -> "By " + NameParts.person(r) + " · " + month + " " + day + ", " + year;
      case 1 ->
          "By "
              + outlet
              + " editorial · "
              + String.format("%d-%02d-%02d", year, 1 + MONTHS.indexOf(month), day);
      default -> "Published " + day + " " + month + " " + year + " by " + outlet;
    };
  }

  /** The lead states who and what; later paragraphs mix facts with quotes and filler. */
  private static String paragraph(
      SplittableRandom r, int p, Map<String, Supplier<String>> slots, Set<String> used) {
    List<List<String>> kinds =
        List.of(
            Patterns.ROLES,
            Patterns.DEVELOPS,
            Patterns.MANUFACTURES,
            Patterns.PURPOSE,
            Patterns.CUSTOMERS,
            Patterns.COMPETITION,
            Patterns.FIGURES,
            Patterns.STATUS,
            Patterns.QUOTES);
    List<String> sentences = new ArrayList<>();
    if (p == 0) {
      sentences.add(NameParts.pick(r, Patterns.DEVELOPS));
      sentences.add(NameParts.pick(r, Patterns.ROLES));
    }
    int n = 2 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sentences.add(
          r.nextInt(3) == 0
              ? NameParts.pick(r, Patterns.FILLER)
              : NameParts.pick(r, NameParts.pick(r, kinds)));
    }
    StringBuilder b = new StringBuilder();
    for (String s : sentences) {
      if (used.add(s)) { // a pattern once per article
        b.append(b.length() == 0 ? "" : " ").append(fill(s, slots));
      }
    }
    if (b.length() == 0) {
      b.append(fill(NameParts.pick(r, Patterns.FILLER), slots));
    }
    return b.toString();
  }

  static String fill(String pattern, Map<String, Supplier<String>> slots) {
    StringBuilder b = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      if (open < 0) {
        b.append(pattern, i, pattern.length());
        break;
      }
      int close = pattern.indexOf('}', open);
      Supplier<String> v = slots.get(pattern.substring(open + 1, close));
      if (v == null) {
        throw new IllegalArgumentException("unknown slot in pattern: " + pattern);
      }
      b.append(pattern, i, open).append(v.get());
      i = close + 1;
    }
    // "$1.2 billion" at the start of a sentence is fine; a lower-case figure word is not.
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  /** Builds a generator; every setter checks its argument. */
  public static final class Builder {
    private int articles = 1000;
    private long seed = 42;

    public Builder articles(int articles) {
      if (articles < 1) {
        throw new IllegalArgumentException("articles must be at least 1: " + articles);
      }
      this.articles = articles;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public CorpusGenerator build() {
      return new CorpusGenerator(articles, seed);
    }
  }
}
