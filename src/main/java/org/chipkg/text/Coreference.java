package org.chipkg.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;

/**
 * Light coreference inside a paragraph: "its", "the company", "the cloud giant" resolve to the
 * organization the paragraph is about; "the chip(s)" to the chip last named. Falls back to the
 * article's topic for organizations.
 */
public final class Coreference {

  private static final Pattern LIST_GAP = Pattern.compile(",\\s*|,?\\s+(?:and|or)\\s+");
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(".*\\b(of|by|to|at|from) $");
  private final AnnotatedArticle article;

  public Coreference(AnnotatedArticle article) {
    this.article = article;
  }

  /**
   * The organization an anaphor at {@code offset} in sentence {@code s} refers to: the first
   * organization of the sentence if it comes before the anaphor, else the subject (first
   * organization) of the nearest earlier sentence of the paragraph that names one, else the topic.
   */
  public Optional<Entity> organization(Sentence s, int offset) {
    // News outlets ("reported by TechCrunch") are organizations but never what "the company" means.
    Predicate<Mention> org =
        m -> m.entity().type() == EntityType.COMPANY || m.entity().type() == EntityType.FOUNDRY;
    // The company named nearest before the anaphor in the same sentence ("Alphabet's Google sells
    // its TPUs": its = Google).
    Mention nearest = relativeHead(s, offset, org);
    boolean lastExcluded = false;
    Mention previous = null;
    for (Mention m : nearest != null ? List.<Mention>of() : s.mentions()) {
      // "supply OpenAI and Oracle with its chips": a name listed after an object is one too
      boolean excluded =
          afterPreposition(s, m)
              || possessor(s, m)
              || objectOfVerb(s, m)
              || (lastExcluded && listedAfter(s, previous, m));
      if (org.test(m) && m.span().end() <= offset && !excluded) {
        nearest = m;
      }
      lastExcluded = excluded;
      previous = m;
    }
    if (nearest == null) {
      // Only possessors before it ("Google's head of AI said the company's TPUs"): take the
      // nearest, unless it is an object ("Broadcom's chips compete with Nvidia's GPUs, and its
      // rival ...": Broadcom)
      Mention object = null;
      for (Mention m : s.mentions()) {
        if (org.test(m) && m.span().end() <= offset) {
          if (afterPreposition(s, m) || objectOfVerb(s, m)) {
            object = m;
          } else {
            nearest = m;
          }
        }
      }
      nearest = nearest != null ? nearest : object;
    }
    if (nearest != null) {
      return Optional.of(nearest.entity());
    }
    // "The chip is made by TSMC. Its largest customer ...": the nearest earlier subject, not the
    // object of a preposition or verb, when the paragraph has one
    java.util.function.BiPredicate<Sentence, Mention> subject =
        (in, m) ->
            org.test(m)
                && !afterPreposition(in, m)
                && !possessor(in, m)
                && !objectOfVerb(in, m)
                && !attributive(in, m);
    Sentence before = s.index() > 0 ? article.sentences().get(s.index() - 1) : null;
    if (ANAPHOR_START.matcher(s.text()).find()
        && before != null
        && before.paragraph() == s.paragraph()
        && POSSESSIVE_START.matcher(before.text()).find()) {
      // "Its customers include AMD and Qualcomm. It competes with UMC": the same company
      return organization(before, before.span().begin());
    }
    Optional<Entity> prev = earlier(s, subject, false, 0);
    if (prev.isEmpty() && opensWithAnaphor(s)) {
      // "The startup has won customers that include Meta. It raised $750 million": the company
      // an earlier sentence opens with, up to the paragraph before
      prev =
          earlier(s, (in, m) -> org.test(m) && m.span().begin() - in.span().begin() <= 1, false, 1);
    }
    if (prev.isEmpty()) {
      prev = earlier(s, (in, m) -> org.test(m), false, 0);
    }
    return prev.or(() -> section(s)).or(() -> Optional.ofNullable(article.topic()));
  }

  private static final java.util.regex.Pattern ANAPHOR_START =
      java.util.regex.Pattern.compile(
          "^(?:It|Its|They|Their|The (?:company|startup|firm|chipmaker|group|business))\\b");

  /** "Its customers include ...": a sentence about what a company named before has. */
  private static final java.util.regex.Pattern POSSESSIVE_START =
      java.util.regex.Pattern.compile(
          "^(?:Its|The (?:company|startup|firm|chipmaker)'s)\\s+(?!own\\b)\\p{Ll}");

  /** True when the paragraph of {@code s} opens with "It", "The startup" and the like. */
  private boolean opensWithAnaphor(Sentence s) {
    List<Sentence> all = article.sentences();
    int i = s.index();
    while (i > 0 && all.get(i - 1).paragraph() == s.paragraph()) {
      i--;
    }
    return ANAPHOR_START.matcher(all.get(i).text()).find();
  }

  /** What a section heading holds besides the name: a number ("2. Etched") or nothing. */
  private static final java.util.regex.Pattern SECTION_REST =
      java.util.regex.Pattern.compile("\\s*(?:#?\\d{1,2}[.):]?)?\\s*[-:–—]?\\s*");

  /**
   * The company a section of the article is about: the one a heading line ("2. Etched", "Etched")
   * names, the nearest before {@code s}. The headline is no section heading.
   */
  public Optional<Entity> section(Sentence s) {
    List<Sentence> all = article.sentences();
    for (int i = s.index() - 1; i >= 0 && all.get(i).paragraph() > 0; i--) {
      Sentence h = all.get(i);
      boolean alone =
          (i == 0 || all.get(i - 1).paragraph() != h.paragraph())
              && (i + 1 >= all.size() || all.get(i + 1).paragraph() != h.paragraph());
      if (alone && h.mentions().size() == 1 && h.text().length() <= 60) {
        Mention m = h.mentions().get(0);
        String rest =
            h.text().substring(0, m.span().begin() - h.span().begin())
                + h.text().substring(m.span().end() - h.span().begin());
        if ((m.entity().type() == EntityType.COMPANY || m.entity().type() == EntityType.FOUNDRY)
            && SECTION_REST.matcher(rest).matches()) {
          return Optional.of(m.entity());
        }
      }
      Optional<Entity> brief = alone ? briefHeading(h) : Optional.empty();
      if (brief.isPresent()) {
        return brief;
      }
    }
    return Optional.empty();
  }

  /** Where a heading line ends: no sentence punctuation, as in "Cerebras says no sale". */
  private static final Pattern HEADING_END = Pattern.compile(".*[.!?:\"”]\\s*$");

  /**
   * The company a roundup item's heading opens with ("Astera Labs buys Ondine Photonics", "2.
   * SiMa.ai ships Modalix"): a short line with no closing punctuation, after the byline.
   */
  private static Optional<Entity> briefHeading(Sentence h) {
    // the byline ("Tech Herald | Feb 3 2026") right after the headline is no item's heading
    if (h.mentions().isEmpty()
        || h.paragraph() < 2
        || h.text().contains("|")
        || h.text().length() > 90
        || HEADING_END.matcher(h.text()).matches()) {
      return Optional.empty();
    }
    Mention m = h.mentions().get(0);
    String lead = h.text().substring(0, m.span().begin() - h.span().begin());
    boolean org =
        m.entity().type() == EntityType.COMPANY || m.entity().type() == EntityType.FOUNDRY;
    return org && SECTION_REST.matcher(lead).matches() ? Optional.of(m.entity()) : Optional.empty();
  }

  /** Words before a sentence's first name that still let it open the sentence: "Israel's". */
  private static final Pattern OPENING =
      Pattern.compile("(?s).{0,2}|\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?['’]s\\s+");

  /**
   * The company that opens the nearest earlier sentence of the paragraph that opens with one:
   * "Broadcom reported revenue ... . Its XPU customers are ... . OpenAI and Anthropic are newer
   * customers" (of Broadcom).
   */
  public Optional<Entity> openingSubject(Sentence s) {
    return earlier(
        s,
        (in, m) ->
            (m.entity().type() == EntityType.COMPANY || m.entity().type() == EntityType.FOUNDRY)
                && m == in.mentions().get(0)
                && OPENING
                    .matcher(in.text().substring(0, m.span().begin() - in.span().begin()))
                    .matches(),
        false,
        0);
  }

  /**
   * The company that opens the sentence right before {@code s} (in its paragraph, unless {@code
   * acrossParagraphs}) ("Alibaba, China's biggest cloud provider, said ... Chief executive Eddie Wu
   * said"), if one does.
   */
  public Optional<Entity> previousSubject(Sentence s, boolean acrossParagraphs) {
    List<Sentence> all = article.sentences();
    if (s.index() == 0) {
      return Optional.empty();
    }
    Sentence prev = all.get(s.index() - 1);
    if ((prev.paragraph() != s.paragraph() && !acrossParagraphs) || prev.mentions().isEmpty()) {
      return Optional.empty();
    }
    Mention first = prev.mentions().get(0);
    boolean opens =
        OPENING
            .matcher(prev.text().substring(0, first.span().begin() - prev.span().begin()))
            .matches();
    if (opens
        && (first.entity().type() == EntityType.COMPANY
            || first.entity().type() == EntityType.FOUNDRY)) {
      return Optional.of(first.entity());
    }
    // "For the second generation, Kranich-2, Elbwerk has signed ...": the company after the
    // opening phrase, as the subject of the sentence's verb
    for (Mention m : prev.mentions()) {
      int at = m.span().begin() - prev.span().begin();
      int end = m.span().end() - prev.span().begin();
      if ((m.entity().type() == EntityType.COMPANY || m.entity().type() == EntityType.FOUNDRY)
          && AFTER_OPENING_PHRASE.matcher(prev.text().substring(0, at)).matches()
          && SUBJECT_VERB.matcher(prev.text().substring(end)).lookingAt()) {
        return Optional.of(m.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * An opening phrase set off by commas, with no verb of its own: "For the second generation, ".
   */
  private static final Pattern AFTER_OPENING_PHRASE =
      Pattern.compile(
          "(?s)(?:In|For|After|Before|With|Since|Like|Unlike|At|On|Last|This|Earlier)\\b[^.;]{0,80},\\s+");

  /** A finite verb right after the subject: "has signed", "said", "plans". */
  private static final Pattern SUBJECT_VERB =
      Pattern.compile("\\s+(?:has|have|had|is|was|will|would|said|says|plans|expects|[a-z]+ed)\\b");

  /**
   * What "the chips" refers to: the chip the article names most among those named in this or the
   * previous paragraph, and of two named as often, the one named last.
   */
  public Optional<Entity> salientChip(Sentence s) {
    java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
    java.util.Map<Entity, Integer> near = new java.util.HashMap<>(); // chip -> its latest offset
    for (Sentence x : article.sentences()) {
      for (Mention m : x.mentions()) {
        if (m.entity().type() == EntityType.CHIP) {
          counts.merge(m.entity(), 1, Integer::sum);
          if (x.index() <= s.index() && x.paragraph() >= s.paragraph() - 1) {
            near.put(m.entity(), m.span().begin());
          }
        }
      }
    }
    // "Its successor, Sable-2, ... The chip has taped out": Sable-2, not the predecessor
    return near.keySet().stream()
        .max(java.util.Comparator.<Entity>comparingInt(counts::get).thenComparingInt(near::get));
  }

  private static final java.util.regex.Pattern RELATIVE =
      java.util.regex.Pattern.compile("^,\\s+(?:which|who)\\s+[^,;]*$");

  /**
   * "Samsung Electronics, which has struggled to qualify its latest HBM chips": inside a relative
   * clause, "its" is the company the clause is about.
   */
  private static Mention relativeHead(Sentence s, int offset, Predicate<Mention> org) {
    Mention last = null;
    for (Mention m : s.mentions()) {
      if (m.span().end() <= offset) {
        last = m;
      }
    }
    if (last == null || !org.test(last)) {
      return null;
    }
    int from = last.span().end() - s.span().begin();
    int to = offset - s.span().begin();
    if (to <= from || to > s.text().length()) {
      return null;
    }
    return RELATIVE.matcher(s.text().substring(from, to)).find() ? last : null;
  }

  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile("(?i)(?:^|\\s)(?:the|a|an|former|rival|fellow)\\s$");

  /** "The OpenAI contract arrives as ...": a name used as a noun's modifier is not its subject. */
  private static boolean attributive(Sentence s, Mention m) {
    int b = m.span().begin() - s.span().begin();
    int e = m.span().end() - s.span().begin();
    String t = s.text();
    return DETERMINER_BEFORE.matcher(t.substring(Math.max(0, b - 8), b)).find()
        && e + 1 < t.length()
        && t.charAt(e) == ' '
        && Character.isLowerCase(t.charAt(e + 1));
  }

  private static boolean listedAfter(Sentence s, Mention prev, Mention m) {
    if (prev == null) {
      return false;
    }
    String gap =
        s.text()
            .substring(prev.span().end() - s.span().begin(), m.span().begin() - s.span().begin());
    return LIST_GAP.matcher(gap).matches();
  }

  /** "Intel's 18A process": a possessor modifies a noun; it is not what "its" refers to. */
  private static boolean possessor(Sentence s, Mention m) {
    int at = m.span().end() - s.span().begin();
    String after = s.text().substring(at, Math.min(s.text().length(), at + 2));
    return after.equals("'s") || after.equals("’s");
  }

  /** "a unit of Alphabet", "backed by Amazon": the object of a preposition is not the subject. */
  /** "Meta acquired chip startup Rivos to bolster its MTIA program": Rivos is not "its". */
  static boolean objectOfVerb(Sentence s, Mention m) {
    int at = m.span().begin() - s.span().begin();
    String before = s.text().substring(Math.max(0, at - 45), at);
    return OBJECT_OF.matcher(before).find();
  }

  private static final java.util.regex.Pattern OBJECT_OF =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:acquired|acquires|acquire|acquiring|bought|buys|buying|purchased|backed|supply|include|"
              + "provide|sell|serve|"
              + "invested in|overtook|overtaking|joined|sued|beat|beating|against|than|with|signed up|"
              + "signed on|lined up)"
              + "\\s+(?:[\\w-]+\\s+){0,2}$"
              // a verb form right before the name: "challenging Nvidia", "counts Microsoft"
              + "|(?-i:(?<![-\\w])(?!(?:its|this|has|was|is|as|us|plus|across|thus|unless|always|"
              + "news|analysis|sales|shares|chips|series)\\s)[a-z]+(?:ing|ed|s))\\s+$");

  public static boolean afterPreposition(Sentence s, Mention m) {
    int at = m.span().begin() - s.span().begin();
    String before = s.text().substring(Math.max(0, at - 6), at);
    return PREPOSITION_BEFORE.matcher(before).matches();
  }

  /** The chip last named before {@code offset}, in this sentence or earlier in the paragraph. */
  public Optional<Entity> chip(Sentence s, int offset) {
    Predicate<Mention> chip = m -> m.entity().type() == EntityType.CHIP;
    List<Mention> ms = s.mentions();
    for (int i = ms.size() - 1; i >= 0; i--) {
      if (chip.test(ms.get(i)) && ms.get(i).span().end() <= offset) {
        return Optional.of(ms.get(i).entity());
      }
    }
    return earlier(s, (in, m) -> chip.test(m), true, 1);
  }

  /**
   * The first (or {@code last}) wanted mention of the nearest earlier sentence that has one, in
   * this paragraph or up to {@code back} paragraphs before.
   */
  private Optional<Entity> earlier(
      Sentence s, java.util.function.BiPredicate<Sentence, Mention> want, boolean last, int back) {
    List<Sentence> all = article.sentences();
    for (int i = s.index() - 1; i >= 0 && all.get(i).paragraph() >= s.paragraph() - back; i--) {
      Sentence in = all.get(i);
      List<Mention> ms = in.mentions().stream().filter(m -> want.test(in, m)).toList();
      if (!ms.isEmpty()) {
        return Optional.of((last ? ms.get(ms.size() - 1) : ms.get(0)).entity());
      }
    }
    return Optional.empty();
  }
}
