package org.chipkg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Article;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.TextSpan;

/**
 * The text layer: paragraphs (lines), sentences, tokens and entity mentions of an article, with
 * boilerplate left out. Thread-safe; build one and share it (the sentence model and lexicon are
 * loaded once).
 *
 * <pre>{@code
 * Annotator annotator = new Annotator(Lexicon.defaultLexicon());
 * AnnotatedArticle a = annotator.annotate(article);
 * }</pre>
 */
public final class Annotator {
  private final Lexicon lexicon;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();

  public Annotator(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    MentionFinder finder = new MentionFinder(lexicon);
    // A first pass learns the names the article types by context anywhere ("Baidu's chip unit"),
    // so the second also finds them in earlier sentences ("Alibaba and Baidu step up").
    forEachSentence(article, (s, paragraph, toks) -> finder.find(text, toks, s));
    List<Sentence> sentences = new ArrayList<>();
    forEachSentence(
        article,
        (s, paragraph, toks) ->
            sentences.add(
                new Sentence(
                    sentences.size(),
                    paragraph,
                    s,
                    s.of(text),
                    toks,
                    outsideDateline(text, finder.find(text, toks, s)))));
    return new AnnotatedArticle(article, sentences, topic(sentences));
  }

  private interface SentenceVisitor {
    void visit(TextSpan sentence, int paragraph, List<Token> tokens);
  }

  /** Every sentence outside boilerplate, with its paragraph (a non-blank line) and tokens. */
  private void forEachSentence(Article article, SentenceVisitor visitor) {
    String text = article.text();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        for (TextSpan s : splitter.split(text, lineStart, lineEnd)) {
          if (!article.isBoilerplate(s)) {
            visitor.visit(s, paragraph, tokenizer.tokenize(text, s.begin(), s.end()));
          }
        }
        paragraph++;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
  }

  /**
   * A wire dateline opening a paragraph ("SEOUL (Bloomberg) --", "SANTA CLARA, Calif., Dec 3
   * (Reuters) -"): the outlet in its parentheses reports the story and takes part in none of it.
   */
  private static final Pattern DATELINE =
      Pattern.compile("(?m)^[\\p{Lu}][^()\\n]{0,80}?\\(([^()\\n]{2,40})\\)\\s*(?:--?|—|–)\\s");

  private static List<Mention> outsideDateline(String text, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return mentions;
    }
    int begin = mentions.get(0).span().begin();
    int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
    Matcher m = DATELINE.matcher(text).region(lineStart, Math.min(text.length(), lineStart + 140));
    if (!m.lookingAt()) {
      return mentions;
    }
    int from = m.start(1);
    int to = m.end(1);
    return mentions.stream().filter(x -> x.span().end() <= from || x.span().begin() >= to).toList();
  }

  private static Entity topic(List<Sentence> sentences) {
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      for (Mention m : s.mentions()) {
        if (m.entity().type().isOrganization()) {
          // The headline and the lead paragraphs say what the article is about.
          int weight = s.paragraph() == 0 ? 3 : s.paragraph() <= 2 ? 2 : 1;
          counts.merge(m.entity(), weight, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Comparator.comparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
