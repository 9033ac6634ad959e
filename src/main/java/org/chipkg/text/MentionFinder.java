package org.chipkg.text;

import static org.chipkg.text.NameWords.CODE;
import static org.chipkg.text.NameWords.COMPANY_SUFFIX;
import static org.chipkg.text.NameWords.INITIALS;
import static org.chipkg.text.NameWords.LEGAL_SUFFIX;
import static org.chipkg.text.NameWords.STOP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chipkg.model.Entity;
import org.chipkg.model.EntityType;
import org.chipkg.model.Mention;
import org.chipkg.model.TextSpan;

/**
 * Finds entity mentions in one article: names from the lexicon, names the lexicon lacks typed by
 * their context ("CEO Lisa Su", "Cerebras Systems", "a chip called Maia", "Y, the contract
 * chipmaker"), acronyms defined in brackets, and surnames of people named in full earlier. One
 * instance per article: it remembers names it has typed so later mentions resolve the same way.
 */
public final class MentionFinder {

  private static final Pattern LIST_GAP =
      Pattern.compile(",\\s|\\s(?:and|or)\\s|,\\s(?:and|or)\\s");
  private static final Pattern LEGAL_AFTER_COMMA = Pattern.compile("Inc|Corp|Ltd|LLC");
  private static final Pattern DOTTED_LEGAL = Pattern.compile("Inc|Corp|Ltd|Co");
  private static final Pattern GENERATION = Pattern.compile("(?:v|[A-Z])?\\d{1,4}[A-Za-z]{0,3}");
  private static final Pattern LEGAL = Pattern.compile("Inc|Corp|Ltd|LLC|Plc|Co");
  private static final Pattern LOWER_PREFIX =
      Pattern.compile("(?:[a-z]-|[a-z]{1,2})\\p{Lu}[\\p{L}\\p{N}-]*");
  private static final Pattern NUMBER_PART = Pattern.compile("\\d{1,4}[A-Za-z]{0,3}");

  /** A company's one-word short name: "Foxconn", "JASM". */
  static final String SHORT = "\\p{Lu}[\\p{L}\\p{N}.&-]{1,15}";

  private static final Pattern SHORT_NAME = Pattern.compile(SHORT);

  /** Common words that may stand inside a company's name before another capitalised word. */
  private static final Pattern INNER = Pattern.compile("Cloud|Data|Industry|Technology");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]{1,6}s?");

  /** "Inferentia2": a known chip's name and a generation number. */
  private static final Pattern DIGIT_CODE = Pattern.compile("\\d{2,4}[A-Z]{1,3}\\d?");

  private static final Pattern NUMBERED = Pattern.compile("(\\p{L}+)(\\d{1,3})");

  /** "AmpereOne M": one capital letter after a chip's name names a variant (not "A" or "I"). */
  private static final Pattern LETTER_VARIANT = Pattern.compile("[B-HJ-Z]");

  /** Nouns after "Intel Ohio" that make it a site, not a company: "Intel Ohio fab". */
  private static final Pattern SITE =
      Pattern.compile(
          "(?i)fabs?|plants?|sites?|factory|factories|facility|facilities|campus|project|"
              + "expansion|operations|region|market|sales|revenue|customers?");

  private final Lexicon lexicon;
  private final Map<String, Entity> seen = new HashMap<>();

  public MentionFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Mentions in one sentence's tokens, in order, not overlapping. */
  public List<Mention> find(String text, List<Token> toks, TextSpan sentence) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      if (STOP.contains(toks.get(i).text())) {
        i++;
        continue;
      }
      int used = matchLexicon(text, toks, i, sentence, out);
      if (used == 0) {
        used = matchContext(text, toks, i, sentence, out);
      }
      i += Math.max(used, 1);
    }
    return out;
  }

  private int matchLexicon(String text, List<Token> toks, int i, TextSpan s, List<Mention> out) {
    for (int n = Math.min(lexicon.maxTokens(), toks.size() - i); n >= 1; n--) {
      List<Token> window = toks.subList(i, i + n);
      if (!contiguous(text, window)) {
        continue;
      }
      Optional<Entity> e = lexicon.lookup(window);
      if (e.isPresent()) {
        int used = extend(text, toks, i, n, e.get(), out);
        if (used > n) {
          return used;
        }
        add(text, window, e.get(), Mention.Source.LEXICON, out);
        defineAcronym(text, toks, i + n, e.get());
        return n;
      }
    }
    for (int n = Math.min(6, toks.size() - i); n >= 1; n--) {
      List<Token> window = toks.subList(i, i + n);
      if (!contiguous(text, window)) {
        continue;
      }
      String name = text.substring(window.get(0).begin(), window.get(n - 1).end());
      Entity known = seen.get(name);
      if (known != null && otherSuffix(toks, i + n, known)) {
        return 0; // "Tata Electronics" after "Tata Sons": a sister company, read by its context
      }
      if (known != null && !name.equals(known.label()) && longerName(text, toks, i, n)) {
        int used = longer(text, toks, i, n, s, out);
        if (used > 0) {
          return used; // "Foxconn Industrial Internet (FII)" after "Hon Hai (Foxconn)"
        }
      }
      if (known != null) {
        int used = extend(text, toks, i, n, known, out);
        if (used > n) {
          return used;
        }
        Mention.Source src =
            name.equals(known.label()) ? Mention.Source.CONTEXT : Mention.Source.COREFERENCE;
        add(text, window, known, src, out);
        defineAcronym(text, toks, i + n, known);
        return n;
      }
    }
    return 0;
  }

  private int matchContext(
      String text, List<Token> toks, int start, TextSpan s, List<Mention> out) {
    int i = start;
    int end = i;
    while (end < toks.size()
        && nameLike(toks, end, end == i)
        && contiguous(text, toks, i, end)
        && (end == i
            || (!STOP.contains(toks.get(end).text()) || innerWord(toks, end))
                && !startsKnown(toks, end))) {
      end++;
    }
    while (end > i && STOP.contains(toks.get(i).text())) {
      i++;
    }
    // "Halvard Unveils Fjord-3 Accelerator for ...": in a title-case headline, the verb before a
    // name and the kind of product after it are no part of it
    while (end - i > 1
        && (NameWords.HEADLINE_VERB.matcher(toks.get(i).text()).matches()
            || NameWords.ORDINAL.matcher(toks.get(i).text()).matches()
            || NameWords.ADJECTIVE.matcher(toks.get(i).text()).matches())) {
      i++;
    }
    while (end - i > 1 && NameWords.PRODUCT_KIND.matcher(toks.get(end - 1).text()).matches()) {
      end--;
    }
    // "Nordlys Cloud, a cloud provider", "Scale AI founder Alexandr Wang": a name's last word
    if (end > i
        && end < toks.size()
        && contiguous(text, toks, end - 1, end)
        && NameWords.NAME_END.matcher(toks.get(end).text()).matches()
        && NameWords.AFTER_NAME_END
            .matcher(
                text.substring(toks.get(end).end(), Math.min(s.end(), toks.get(end).end() + 20)))
            .lookingAt()) {
      end++;
    }
    if (end <= i) {
      return Math.max(1, end - start);
    }
    if (end - i - ampersands(toks, i, end) - particles(toks, i, end) > 3
        && !(end - i <= 5 && bracketed(text, toks, end))) {
      return end - start; // a title-case headline, not a name
    }
    List<Token> name = toks.subList(i, end);
    String before =
        text.substring(Math.max(s.begin(), toks.get(i).begin() - 60), toks.get(i).begin());
    String after =
        text.substring(
            name.get(name.size() - 1).end(),
            Math.min(s.end(), name.get(name.size() - 1).end() + 60));
    EntityType type = NameContext.classify(name, before, after, text, s);
    if (type == EntityType.CHIP
        && name.size() == 1
        && NameWords.FOUNDRY_NODE.matcher(name.get(0).text()).matches()
        && !out.isEmpty()
        && out.get(out.size() - 1).entity().type() == EntityType.FOUNDRY
        && text.startsWith("'s ", out.get(out.size() - 1).span().end())) {
      type = null; // "TSMC's N2": the foundry's process node
    }
    int labelEnd = end;
    String nameText = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    if (type == null && !out.isEmpty() && name.size() <= 3 && !Places.isPlace(nameText)) {
      // "Anthropic and Databricks", "Nvidia, AMD": a name listed with a known one is of its kind.
      Mention prev = out.get(out.size() - 1);
      String gap = text.substring(prev.span().end(), name.get(0).begin());
      if (LIST_GAP.matcher(gap).matches()
          && (prev.entity().type() != EntityType.PERSON
              // "Gavin Uberti and Chris Zhu": a full name joined to a person's is a person.
              || name.size() >= 2 && gap.contains("and"))) {
        type =
            prev.entity().type() == EntityType.FOUNDRY ? EntityType.COMPANY : prev.entity().type();
      }
    }
    if (type == null && name.size() == 1) {
      java.util.regex.Matcher g = NUMBERED.matcher(name.get(0).text());
      if (g.matches()
          && (lexicon.entities().stream()
                  .anyMatch(e -> e.type() == EntityType.CHIP && e.label().equals(g.group(1)))
              || isChip(seen.get(g.group(1))))) {
        type = EntityType.CHIP; // "Inferentia2": a numbered generation of a known chip
        Entity spaced = seen.get(g.group(1) + " " + g.group(2));
        if (isChip(spaced)) {
          // "Gaudi3, as Intel also spells it": the "Gaudi 3" named before
          seen.putIfAbsent(nameText, spaced);
          add(text, name, spaced, Mention.Source.COREFERENCE, out);
          return end - start;
        }
      }
    }
    if (type == null) {
      return end - start;
    }
    if (type == EntityType.COMPANY
        && labelEnd - i >= 2
        && LEGAL_SUFFIX.matcher(toks.get(labelEnd - 1).text()).matches()) {
      labelEnd--; // "Foo Corporation": the legal form is no part of the name
    }
    if (type == EntityType.COMPANY
        && end < toks.size()
        && COMPANY_SUFFIX.matcher(toks.get(end).text()).matches()) {
      end++;
      if (!LEGAL_SUFFIX.matcher(toks.get(end - 1).text()).matches() && labelEnd == end - 1) {
        labelEnd = end;
      }
    } else if (type == EntityType.COMPANY
        && end < toks.size()
        && NameContext.technologyCompany(text, toks, i, end)) {
      end++; // "Marvell Technology designs ...": the company Marvell
    }
    if (type == EntityType.COMPANY
        && end + 1 < toks.size()
        && toks.get(end).text().equals(",")
        && LEGAL_AFTER_COMMA.matcher(toks.get(end + 1).text()).matches()) {
      end += 2; // "Halvard Semiconductor, Inc., a developer of processors"
    }
    if (type == EntityType.COMPANY
        && end < toks.size()
        && toks.get(end).text().equals(".")
        && toks.get(end).begin() == toks.get(end - 1).end()
        && DOTTED_LEGAL.matcher(toks.get(end - 1).text()).matches()) {
      end++;
    }
    name = toks.subList(i, end);
    // "SoftBank Group Corp." is SoftBank Group: the same key in every article however written
    List<Token> labelToks = toks.subList(i, labelEnd);
    String label =
        text.substring(labelToks.get(0).begin(), labelToks.get(labelToks.size() - 1).end());
    String written = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    Optional<Entity> listed =
        type.isOrganization()
            ? lexicon.lookupCompany(written).or(() -> lexicon.lookupCompany(label))
            : Optional.empty();
    if (listed.isPresent()) {
      // "Semiconductor Manufacturing International Corp." for the listed "... Corporation"
      seen.putIfAbsent(label, listed.get());
      seen.putIfAbsent(written, listed.get());
      add(text, name, listed.get(), Mention.Source.LEXICON, out);
      defineAcronym(text, toks, end, listed.get());
      return end - start;
    }
    EntityType kind = type;
    Entity e = seen.computeIfAbsent(label, l -> new Entity(Slug.of(l), l, kind, null));
    add(text, name, e, Mention.Source.CONTEXT, out);
    if (e.type() == EntityType.PERSON && name.size() >= 2) {
      seen.putIfAbsent(name.get(name.size() - 1).text(), e);
    }
    String last =
        name.get(name.size() - 1).text().equals(".") && name.size() > 2
            ? name.get(name.size() - 2).text()
            : name.get(name.size() - 1).text();
    if (e.type() == EntityType.COMPANY
        && name.size() >= 2
        && (COMPANY_SUFFIX.matcher(last).matches()
            || NameWords.NAME_END.matcher(last).matches()
            || labelEnd < end)) {
      seen.putIfAbsent(name.get(0).text(), e);
    }
    if (e.type() == EntityType.COMPANY && labelEnd - i >= 3) {
      // "Hon Hai" for "Hon Hai Precision Industry"
      seen.putIfAbsent(text.substring(toks.get(i).begin(), toks.get(i + 1).end()), e);
    }
    if (e.type() == EntityType.CHIP && name.size() >= 2 && CODE.matcher(last).matches()) {
      seen.putIfAbsent(last, e);
    }
    defineAcronym(text, toks, end, e);
    return end - start;
  }

  /**
   * A known name followed by a generation number ("Maia 200", "MTIA v2") names a new chip; a known
   * company followed by "Foundry" names its foundry business.
   */
  private int extend(String text, List<Token> toks, int i, int n, Entity known, List<Mention> out) {
    int k = i + n;
    if (k >= toks.size() || !contiguous(text, toks, k - 1, k)) {
      return n;
    }
    String next = toks.get(k).text();
    if (known.type().isOrganization()) {
      // "Amazon.com Inc's", "Marvell Technology Inc.": the suffixes belong to the known name.
      int used = n;
      if (i + n + 1 < toks.size()
          && toks.get(i + n).text().equals(",")
          && LEGAL_AFTER_COMMA.matcher(toks.get(i + n + 1).text()).matches()) {
        used += 2; // "Halvard Semiconductor, Inc."
      }
      while (i + used < toks.size()
          && used < n + 3
          && contiguous(text, toks, i + used - 1, i + used)
          && suffix(text, toks, i, i + used)) {
        used++;
      }
      if (used > n) {
        add(text, toks.subList(i, i + used), known, Mention.Source.LEXICON, out);
        return used;
      }
    }
    if (known.type().isOrganization() && placeUnit(toks, k)) {
      // "TSMC Arizona", "Intel Israel": a known company and a place name its local company
      int end = k + 1;
      while (end < toks.size()
          && contiguous(text, toks, end - 1, end)
          && COMPANY_SUFFIX.matcher(toks.get(end).text()).matches()) {
        end++;
      }
      List<Token> name = toks.subList(i, end);
      String label = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
      Entity e =
          seen.computeIfAbsent(label, l -> new Entity(Slug.of(l), l, EntityType.COMPANY, null));
      add(text, name, e, Mention.Source.CONTEXT, out);
      defineAcronym(text, toks, end, e);
      return end - i;
    }
    EntityType type = null;
    if (known.type() == EntityType.CHIP
        && (GENERATION.matcher(next).matches()
            || NameWords.VARIANT.matcher(next).matches()
            || LETTER_VARIANT.matcher(next).matches()
                && (k + 1 >= toks.size() || !toks.get(k + 1).text().equals(".")))) {
      type = EntityType.CHIP;
    } else if (known.type().isOrganization() && next.equals("Foundry")) {
      type = EntityType.FOUNDRY;
    }
    if (type == null) {
      return n;
    }
    List<Token> name = toks.subList(i, k + 1);
    String label = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    EntityType t = type;
    Entity e = seen.computeIfAbsent(label, l -> new Entity(Slug.of(l), l, t, null));
    add(text, name, e, Mention.Source.CONTEXT, out);
    if (t == EntityType.CHIP && CODE.matcher(next).matches()) {
      seen.putIfAbsent(next, e); // "the 950PR" after "the Ascend 950PR"
    }
    return n + 1;
  }

  /** A capitalised word that is no name of its own follows a short name at {@code i}. */
  private boolean longerName(String text, List<Token> toks, int i, int n) {
    int k = i + n;
    return k < toks.size()
        && contiguous(text, toks, k - 1, k)
        && Character.isUpperCase(toks.get(k).text().codePointAt(0))
        && (!STOP.contains(toks.get(k).text()) || innerWord(toks, k))
        && !CODE.matcher(toks.get(k).text()).matches()
        && !startsKnown(toks, k)
        && !seen.containsKey(toks.get(k).text());
  }

  /**
   * The tokens a company's longer name at {@code i} takes when its context types it as one
   * ("Preferred Elements, a wholly owned subsidiary"), or 0 (and nothing learnt) when it does not.
   */
  private int longer(String text, List<Token> toks, int i, int n, TextSpan s, List<Mention> out) {
    Map<String, Entity> before = new HashMap<>(seen);
    List<Mention> found = new ArrayList<>();
    int used = matchContext(text, toks, i, s, found);
    if (used > n
        && !found.isEmpty()
        && found.get(0).entity().type().isOrganization()
        && found.get(0).span().begin() == toks.get(i).begin()) {
      out.addAll(found);
      return used;
    }
    seen.clear();
    seen.putAll(before);
    return 0;
  }

  /**
   * Token {@code k}, after a name typed earlier, is a company suffix other than the one that name
   * ends with: "Tata Electronics" is not "Tata Sons".
   */
  private static boolean otherSuffix(List<Token> toks, int k, Entity known) {
    if (k >= toks.size() || !known.type().isOrganization()) {
      return false;
    }
    String t = toks.get(k).text();
    String label = known.label();
    String own = label.substring(label.lastIndexOf(' ') + 1);
    return COMPANY_SUFFIX.matcher(t).matches()
        && !LEGAL_SUFFIX.matcher(t).matches()
        && COMPANY_SUFFIX.matcher(own).matches()
        && !own.equals(t);
  }

  /** A place's name at {@code k} not followed by a site's noun ("TSMC Arizona fab"). */
  private static boolean placeUnit(List<Token> toks, int k) {
    return Places.isPlace(toks.get(k).text())
        && (k + 1 >= toks.size() || !SITE.matcher(toks.get(k + 1).text()).matches());
  }

  private static boolean isChip(Entity e) {
    return e != null && e.type() == EntityType.CHIP;
  }

  /** Token {@code k} continues the company name starting at {@code i}: "Inc", "Inc.", "Corp". */
  private static boolean suffix(String text, List<Token> toks, int i, int k) {
    String t = toks.get(k).text();
    return LEGAL.matcher(t).matches()
        || COMPANY_SUFFIX.matcher(t).matches()
        || NameContext.technologyCompany(text, toks, i, k)
        || t.equals(".")
            && toks.get(k).begin() == toks.get(k - 1).end()
            && DOTTED_LEGAL.matcher(toks.get(k - 1).text()).matches();
  }

  private boolean startsKnown(List<Token> toks, int k) {
    for (int n = Math.min(lexicon.maxTokens(), toks.size() - k); n >= 1; n--) {
      if (lexicon.lookup(toks.subList(k, k + n)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private boolean nameLike(List<Token> toks, int k, boolean first) {
    String t = toks.get(k).text();
    if (t.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(t.codePointAt(0))) {
      return true;
    }
    if (!first
        && t.equals("&")
        && k + 1 < toks.size()
        && Character.isUpperCase(toks.get(k + 1).text().codePointAt(0))) {
      return true; // "Hollis & Webb", "Hanwha Investment & Securities": one firm's name
    }
    if (first && DIGIT_CODE.matcher(t).matches()) {
      return true; // "the 910C chip": a model number that starts with digits
    }
    if (!first
        && t.equals(".")
        && INITIALS.matcher(toks.get(k - 1).text()).matches()
        && k + 1 < toks.size()
        && Character.isUpperCase(toks.get(k + 1).text().codePointAt(0))) {
      return true; // "C.C. Wei": the dot after initials belongs to the name
    }
    if (!first && particle(toks, k)) {
      return true; // "Pieter de Vries", "Ludwig van der Berg": a particle inside a person's name
    }
    if (first && LOWER_PREFIX.matcher(t).matches()) {
      return true; // "d-Matrix", "xAI": a lower-case prefix before a capital (not "co-CEO")
    }
    // "Gaudi 3", "Maia 200": a number right after a capitalised word belongs to the name.
    return !first
        && NUMBER_PART.matcher(t).matches()
        && Character.isUpperCase(toks.get(k - 1).text().codePointAt(0));
  }

  /**
   * Token {@code k} is a surname particle ("de", "van der") between a capitalised given name and a
   * capitalised surname.
   */
  private static boolean particle(List<Token> toks, int k) {
    if (!NameWords.PARTICLE.matcher(toks.get(k).text()).matches()
        || !Character.isUpperCase(toks.get(k - 1).text().codePointAt(0))
            && !NameWords.PARTICLE.matcher(toks.get(k - 1).text()).matches()) {
      return false;
    }
    int next = k + 1;
    while (next < toks.size() && NameWords.PARTICLE.matcher(toks.get(next).text()).matches()) {
      next++;
    }
    return next < toks.size()
        && next - k <= 2
        && toks.get(next).text().length() > 1
        && Character.isUpperCase(toks.get(next).text().codePointAt(0))
        && !STOP.contains(toks.get(next).text());
  }

  private static int particles(List<Token> toks, int from, int to) {
    int n = 0;
    for (int k = from + 1; k < to; k++) {
      n += NameWords.PARTICLE.matcher(toks.get(k).text()).matches() ? 1 : 0;
    }
    return n;
  }

  private static int ampersands(List<Token> toks, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += toks.get(k).text().equals("&") ? 1 : 0;
    }
    return n;
  }

  private void defineAcronym(String text, List<Token> toks, int k, Entity e) {
    if (k + 2 < toks.size()
        && toks.get(k).text().equals("(")
        && toks.get(k + 2).text().equals(")")) {
      String acr = toks.get(k + 1).text();
      if (ACRONYM.matcher(acr).matches()
          // "Hon Hai Precision Industry (Foxconn)": a company's short name in brackets
          || e.type().isOrganization()
              && SHORT_NAME.matcher(acr).matches()
              && !Places.isPlace(acr)) {
        seen.putIfAbsent(acr, e);
      }
    }
    // "Preferred Networks, or PFN, said": an acronym after ", or"
    if (k + 3 < toks.size()
        && toks.get(k).text().equals(",")
        && toks.get(k + 1).text().equals("or")
        && toks.get(k + 3).text().equals(",")
        && ACRONYM.matcher(toks.get(k + 2).text()).matches()
        && !STOP.contains(toks.get(k + 2).text())) {
      seen.putIfAbsent(toks.get(k + 2).text(), e);
    }
  }

  /**
   * "Quanta Cloud Technology (QCT)", "Yotta Data Services": a common word inside a company's name,
   * before another capitalised word or a bracketed short name.
   */
  private boolean innerWord(List<Token> toks, int k) {
    return INNER.matcher(toks.get(k).text()).matches()
        && k + 1 < toks.size()
        && (Character.isUpperCase(toks.get(k + 1).text().codePointAt(0))
                && !STOP.contains(toks.get(k + 1).text())
                && !startsKnown(toks, k + 1)
            || innerWord(toks, k + 1)
            || toks.get(k + 1).text().equals("(")
                && k + 3 < toks.size()
                && toks.get(k + 3).text().equals(")"));
  }

  /** Token {@code k} opens a bracketed short name: "Hon Hai Precision Industry (Foxconn)". */
  private static boolean bracketed(String text, List<Token> toks, int k) {
    return k + 2 < toks.size()
        && toks.get(k).text().equals("(")
        && toks.get(k + 2).text().equals(")")
        && SHORT_NAME.matcher(toks.get(k + 1).text()).matches();
  }

  private static boolean contiguous(String text, List<Token> w) {
    return contiguous(text, w, 0, w.size() - 1);
  }

  private static boolean contiguous(String text, List<Token> w, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      String gap = text.substring(w.get(k - 1).end(), w.get(k).begin());
      if (gap.length() > 1 || (!gap.isEmpty() && !gap.equals(" "))) {
        return false;
      }
    }
    return true;
  }

  private static void add(
      String text, List<Token> w, Entity e, Mention.Source src, List<Mention> out) {
    TextSpan span = new TextSpan(w.get(0).begin(), w.get(w.size() - 1).end());
    out.add(new Mention(span, span.of(text), e, src));
  }
}
