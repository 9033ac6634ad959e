package org.chipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chipkg.model.Article;
import org.chipkg.model.Claim;
import org.chipkg.model.Relation;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Annotator;
import org.chipkg.text.Lexicon;

/**
 * Runs the text layer and every extractor over an article. Thread-safe: share one.
 *
 * <pre>{@code
 * ExtractionPipeline p = ExtractionPipeline.builder().build();
 * ExtractionPipeline.Result r = p.run(article);
 * }</pre>
 */
public final class ExtractionPipeline {
  /** An annotated article and the claims read from it. */
  public record Result(AnnotatedArticle article, List<Claim> claims) {}

  private final Annotator annotator;
  private final List<Extractor> extractors;

  private ExtractionPipeline(Annotator annotator, List<Extractor> extractors) {
    this.annotator = annotator;
    this.extractors = List.copyOf(extractors);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Annotator annotator() {
    return annotator;
  }

  public Result run(Article article) {
    AnnotatedArticle a = annotator.annotate(article);
    List<Claim> claims = new ArrayList<>();
    for (Extractor e : extractors) {
      claims.addAll(e.extract(a));
    }
    return new Result(a, withoutOwnChipUse(FamilyDevelopers.add(a, claims)));
  }

  /**
   * "Maia 200 is used only by Microsoft and OpenAI": a company that the article says developed a
   * chip is no user of it in the customer sense; its own use is dropped.
   */
  static List<Claim> withoutOwnChipUse(List<Claim> claims) {
    java.util.Set<String> own = new java.util.HashSet<>();
    for (Claim c : claims) {
      if (c.fact() instanceof Relation r
          && (r.predicate() == Relation.Predicate.DEVELOPED_BY
              || r.predicate() == Relation.Predicate.DESIGNED_BY)) {
        own.add(r.object().key() + " " + r.subject().key());
      }
    }
    if (own.isEmpty()) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      if (!(c.fact() instanceof Relation r
          && r.predicate() == Relation.Predicate.USES_CHIP
          && own.contains(r.subject().key() + " " + r.object().key()))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Builds a pipeline; by default the shipped lexicon and every extractor. */
  public static final class Builder {
    private Lexicon lexicon;
    private List<Extractor> extractors = defaultExtractors();

    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    public Builder extractors(List<Extractor> extractors) {
      if (extractors == null || extractors.isEmpty()) {
        throw new IllegalArgumentException("at least one extractor is needed");
      }
      this.extractors = List.copyOf(extractors);
      return this;
    }

    public ExtractionPipeline build() {
      return new ExtractionPipeline(
          new Annotator(lexicon != null ? lexicon : Lexicon.defaultLexicon()), extractors);
    }
  }

  public static List<Extractor> defaultExtractors() {
    return List.of(
        new RoleExtractor(),
        new DeveloperExtractor(),
        new ManufacturerExtractor(),
        new PurposeExtractor(),
        new GenerationExtractor(),
        new VariantExtractor(),
        new SubsidiaryExtractor(),
        new CompetitionExtractor(),
        new CustomerExtractor(),
        new SupplyDealExtractor(),
        new MeasurementExtractor(),
        new MarketSizeExtractor(),
        new ChipStatusExtractor());
  }
}
