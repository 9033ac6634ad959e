package org.chipkg.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private static final Set<String> STOP =
      Set.of(
          "The",
          "A",
          "An",
          "This",
          "That",
          "These",
          "Those",
          "In",
          "On",
          "At",
          "For",
          "By",
          "With",
          "While",
          "When",
          "If",
          "But",
          "And",
          "Or",
          "As",
          "Its",
          "It",
          "Their",
          "Now",
          "Yet",
          "Today",
          "However",
          "Meanwhile",
          "According",
          "After",
          "Before",
          "Since",
          "Under",
          "Over",
          "Some",
          "Many",
          "Most",
          "Other",
          "Another",
          "Such",
          "Why",
          "What",
          "How",
          "Who",
          "Where",
          "Despite",
          "Even",
          "Also",
          "Both",
          "Each",
          "Every",
          "Currently",
          "Historically",
          "Previously",
          "Initially",
          "Chief",
          "Executive",
          "Senior",
          "Vice",
          "President",
          "CEO",
          "CFO",
          "CTO",
          "COO",
          "AI",
          "GPU",
          "GPUs",
          "CPU",
          "CPUs",
          "ASIC",
          "ASICs",
          "Data",
          "Cloud",
          "Key",
          "Source",
          "Sources",
          "Product",
          "Timing",
          "Current",
          "Status",
          "Strategic",
          "Potential",
          "Context",
          "Background",
          "Industry",
          "Expert",
          "FAQs",
          "Conclusion",
          "Outlook",
          "Analysis",
          "Deep",
          "Impact",
          "Reaction",
          "Next",
          "New",
          "Founder",
          "Co-founder",
          "Chairman",
          "Chair",
          "Director",
          "Head",
          "Spokesperson");
  private static final Pattern PERSON_TITLE_BEFORE =
      Pattern.compile(
          "(?i).*\\b(ceo|chief executive|chief executive officer|founder|co-founder|cofounder|"
              + "president|chair|chairman|chairwoman|cfo|cto|coo|spokesperson|spokesman|"
              + "spokeswoman|vice president|executive|chief|boss|head|director|analyst|"
              + "officer|engineer|leader|minister|secretary|said|told|by)[,]?\\s*$");
  private static final Pattern PERSON_AFTER =
      Pattern.compile(
          "^(,\\s*(the\\s+|a\\s+|its\\s+|who\\s+)?(ceo|chief|founder|co-founder|president|chair|"
              + "head|director|vice|senior|executive|spokes|analyst)|\\s+(said|says|told|noted|"
              + "added|explained|wrote|argued|estimated))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPANY_SUFFIX =
      Pattern.compile(
          "Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|LLC|Labs|Technologies|Systems|Semiconductor|"
              + "Semiconductors|Networks|Computing|Robotics|Holdings|Group|Microsystems|"
              + "Electronics|Devices|Instruments");
  private static final Pattern COMPANY_BEFORE =
      Pattern.compile(
          "(?i).*\\b(startup|start-up|chipmaker|chip maker|chip designer|rival|company|firm|"
              + "giant|maker|provider|supplier|vendor|competitor|investor|unicorn|hyperscaler|"
              + "lab|customer|partner|joined|(ceo|chief|president|founder|head|director|executive|"
              + "officer|chair|chairman|spokesperson)\\s+(of|at))\\s*$");
  private static final Pattern COMPANY_AFTER =
      Pattern.compile(
          "^(['’]s\\s+(ceo|chief|founder|co-founder|president|chair|cfo|cto|coo|spokes|"
              + "board|head|shares)|-designed|-built|-made|\\s+shares\\b|,\\s+(a|an|the)\\s+"
              + "([\\w-]+\\s+){0,3}(company|startup|firm|chipmaker|maker|designer|provider))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOUNDRY_AFTER =
      Pattern.compile(
          "^(,\\s+(the|a)\\s+([\\w-]+\\s+){0,3}(contract chipmaker|contract manufacturer|foundry)"
              + "|\\s+Foundry\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOUNDRY_BEFORE =
      Pattern.compile("(?i).*\\b(foundry|contract chipmaker|contract manufacturer)\\s*$");
  private static final Pattern CHIP_AFTER =
      Pattern.compile(
          "^(\\s+|-)(AI\\s+)?(chips?|accelerators?|processors?|GPUs?|CPUs?|NPUs?|TPUs?|"
              + "superchips?|silicon|series)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHIP_BEFORE =
      Pattern.compile(
          "(?i).*\\b(chips?|accelerators?|processors?|silicon|GPUs?)\\b[^.;]{0,40}\\b(called|named|"
              + "dubbed|known as|such as|including|like)\\s+(the\\s+)?$");
  private static final Pattern CODE = Pattern.compile("(?=.*\\p{L})(?=.*\\p{N})[\\p{L}\\p{N}-]+");
  private static final Pattern CHIP_WORD =
      Pattern.compile("(?i)\\b(chips?|gpus?|accelerators?|processors?|silicon)\\b");

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
      int used = matchLexicon(text, toks, i, out);
      if (used == 0) {
        used = matchContext(text, toks, i, sentence, out);
      }
      i += Math.max(used, 1);
    }
    return out;
  }

  private int matchLexicon(String text, List<Token> toks, int i, List<Mention> out) {
    for (int n = Math.min(lexicon.maxTokens(), toks.size() - i); n >= 1; n--) {
      List<Token> window = toks.subList(i, i + n);
      if (!contiguous(text, window)) {
        continue;
      }
      Optional<Entity> e = lexicon.lookup(window);
      if (e.isPresent()) {
        add(text, window, e.get(), Mention.Source.LEXICON, out);
        defineAcronym(text, toks, i + n, e.get());
        return n;
      }
    }
    Entity known = seen.get(toks.get(i).text());
    if (known != null) {
      add(text, toks.subList(i, i + 1), known, Mention.Source.COREFERENCE, out);
      return 1;
    }
    return 0;
  }

  private int matchContext(
      String text, List<Token> toks, int start, TextSpan s, List<Mention> out) {
    int i = start;
    int end = i;
    while (end < toks.size() && nameLike(toks, end, end == i) && contiguous(text, toks, i, end)) {
      end++;
    }
    while (end > i && STOP.contains(toks.get(i).text())) {
      i++;
    }
    if (end <= i) {
      return Math.max(1, end - start);
    }
    List<Token> name = toks.subList(i, end);
    String before =
        text.substring(Math.max(s.begin(), toks.get(i).begin() - 60), toks.get(i).begin());
    String after =
        text.substring(
            name.get(name.size() - 1).end(),
            Math.min(s.end(), name.get(name.size() - 1).end() + 60));
    EntityType type = classify(name, before, after, text, s);
    if (type == null) {
      return end - start;
    }
    if (type == EntityType.COMPANY
        && end < toks.size()
        && COMPANY_SUFFIX.matcher(toks.get(end).text()).matches()) {
      name = toks.subList(i, end + 1);
      end++;
    }
    String label = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    Entity e = seen.computeIfAbsent(label, l -> new Entity(Slug.of(l), l, type, null));
    add(text, name, e, Mention.Source.CONTEXT, out);
    if (e.type() == EntityType.PERSON && name.size() >= 2) {
      seen.putIfAbsent(name.get(name.size() - 1).text(), e);
    }
    defineAcronym(text, toks, end, e);
    return end - start;
  }

  private EntityType classify(
      List<Token> name, String before, String after, String text, TextSpan s) {
    boolean allWords =
        name.stream().allMatch(t -> t.text().matches("\\p{Lu}[\\p{Ll}]+(\\p{Lu}\\p{Ll}+)?"));
    if (allWords
        && name.size() >= 2
        && name.size() <= 3
        && (PERSON_TITLE_BEFORE.matcher(before).matches() || PERSON_AFTER.matcher(after).find())) {
      return EntityType.PERSON;
    }
    if (FOUNDRY_AFTER.matcher(after).find() || FOUNDRY_BEFORE.matcher(before).matches()) {
      return EntityType.FOUNDRY;
    }
    if (CHIP_AFTER.matcher(after).find() || CHIP_BEFORE.matcher(before).matches()) {
      return EntityType.CHIP;
    }
    if (name.stream().anyMatch(t -> CODE.matcher(t.text()).matches())
        && CHIP_WORD.matcher(text.substring(s.begin(), s.end())).find()) {
      return EntityType.CHIP;
    }
    if (COMPANY_AFTER.matcher(after).find()
        || COMPANY_BEFORE.matcher(before).matches()
        || COMPANY_SUFFIX.matcher(name.get(name.size() - 1).text()).matches()) {
      return EntityType.COMPANY;
    }
    return null;
  }

  private boolean nameLike(List<Token> toks, int k, boolean first) {
    String t = toks.get(k).text();
    if (t.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(t.codePointAt(0))) {
      return true;
    }
    // "Gaudi 3", "Maia 200": a number right after a capitalised word belongs to the name.
    return !first
        && t.matches("\\d{1,4}[A-Za-z]?")
        && Character.isUpperCase(toks.get(k - 1).text().codePointAt(0));
  }

  private void defineAcronym(String text, List<Token> toks, int k, Entity e) {
    if (k + 2 < toks.size()
        && toks.get(k).text().equals("(")
        && toks.get(k + 2).text().equals(")")) {
      String acr = toks.get(k + 1).text();
      if (acr.matches("\\p{Lu}[\\p{Lu}\\p{N}]{1,6}s?")) {
        seen.putIfAbsent(acr, e);
      }
    }
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
