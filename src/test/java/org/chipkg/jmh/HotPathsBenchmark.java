package org.chipkg.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chipkg.bench.CorpusGenerator;
import org.chipkg.bench.GeneratedArticle;
import org.chipkg.extract.ExtractionPipeline;
import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.Article;
import org.chipkg.model.TextSpan;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.MentionFinder;
import org.chipkg.text.Sentence;
import org.chipkg.text.Token;
import org.chipkg.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot paths of extraction, per article: tokenizing every sentence, finding mentions in every
 * sentence, and the whole pipeline (sentences, tokens, mentions, coreference, every extractor).
 * {@code source} is a seed article or a generated one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathsBenchmark {
  @Param({"seed-002", "generated-7"})
  public String source;

  private ExtractionPipeline pipeline;
  private Article article;
  private AnnotatedArticle annotated;
  private final Tokenizer tokenizer = new Tokenizer();

  @Setup
  public void setUp() {
    pipeline = ExtractionPipeline.builder().build();
    ArticleReader reader = new ArticleReader();
    if (source.startsWith("seed")) {
      article = reader.read(Path.of("seeds/002_2e6012a47161ce1a.txt"));
    } else {
      GeneratedArticle g = CorpusGenerator.builder().articles(8).seed(42).build().article(7);
      article = reader.read("generated-7", g.fileName(), g.text());
    }
    annotated = pipeline.run(article).article();
  }

  @Benchmark
  public void tokenize(Blackhole bh) {
    String text = article.text();
    for (Sentence s : annotated.sentences()) {
      bh.consume(tokenizer.tokenize(text, s.span().begin(), s.span().end()));
    }
  }

  @Benchmark
  public void findMentions(Blackhole bh) {
    String text = article.text();
    MentionFinder finder = new MentionFinder(pipeline.annotator().lexicon());
    for (Sentence s : annotated.sentences()) {
      List<Token> toks = s.tokens();
      TextSpan span = s.span();
      bh.consume(finder.find(text, toks, span));
    }
  }

  @Benchmark
  public ExtractionPipeline.Result extractOneArticle() {
    return pipeline.run(article);
  }
}
