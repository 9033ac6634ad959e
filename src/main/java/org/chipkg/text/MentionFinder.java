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
          "Spokesperson",
          "Former",
          "Incoming",
          "Interim",
          "Acting",
          "Analysts",
          "Analyst",
          "Customers",
          "Shares",
          "Homegrown",
          "Custom",
          "Proprietary",
          "Own",
          "Latest",
          "Newest",
          "First",
          "Our",
          "Your",
          "Big",
          "Top",
          "Rise",
          "Inside",
          "Startup",
          "Chipmaker",
          "Rival",
          "Rivals",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Published",
          "Updated",
          "Inc",
          "Corp",
          "Ltd",
          "LLC",
          "Plc",
          // Titles before a name ("Chief Financial Officer Colette Kress") are context, not name.
          "Officer",
          "Financial",
          "Operating",
          "Technology",
          "Chairwoman",
          "Co-CEO",
          "Co-Founder",
          "Cofounder",
          "Ultra",
          "Pro",
          "Max",
          "Plus",
          "Mini");
  private static final Pattern PERSON_TITLE_BEFORE =
      Pattern.compile(
          "(?i).*\\b(ceo|chief executive|chief executive officer|founder|co-founder|cofounder|"
              + "president|chair|chairman|chairwoman|cfo|cto|coo|spokesperson|spokesman|"
              + "spokeswoman|vice president|executive|chief|boss|head|director|analyst|"
              + "officer|engineer|leader|minister|secretary|said|told|named|hired|appointed|co-ceo|"
              + "promoted|tapped|architect|veteran|(?:co-?)?founded\\s+(?:in\\s+\\d{4}\\s+)?by(?:\\s+[\\w-]+){0,2}|"
              + "(?:led|run|headed)\\s+by(?:\\s+[\\w-]+){0,2})[,]?\\s*$");

  /** "Google's head of AI infrastructure, Amin Vahdat,": a title phrase, then the name. */
  private static final Pattern PERSON_TITLE_PHRASE =
      Pattern.compile(
          "(?i).*\\b(head|chief|president|director|ceo|founder|officer|vice president|boss)\\s+of\\s+[^.;,]{1,40},\\s*$");

  private static final Pattern PERSON_AFTER =
      Pattern.compile(
          "^(,\\s+\\p{Lu}[\\w.&-]*(?:\\s\\p{Lu}[\\w.&-]*)?['’]s\\s+(?:[\\w-]+\\s+){0,2}?(ceo|chief|founder|co-founder|president|chair|"
              + "cfo|cto|coo|spokes|head|executive|general manager|managing director|vice president|"
              + "senior vice|director)|,\\s*(the\\s+|a\\s+|its\\s+|who\\s+)?(ceo|chief|founder|co-founder|president|chair|"
              + "head|director|vice|senior|executive|spokes|analyst|general manager|managing director)|"
              + ",\\s+(?:formerly|previously)\\s+(?:of|at|with)\\s+\\p{Lu}|,\\s+(?:the\\s+|a\\s+)?(?:former|ex-)\\s*\\p{Lu}|"
              + ",\\s+(?:the|a)\\s+\\p{Lu}[\\w.&-]*\\s+(?:[\\w-]+\\s+){0,2}?(?:ceo|chief|president|vice president|"
              + "executive|director|head|founder|co-founder|spokes\\w+|cfo|cto)\\b|"
              + ",\\s*who\\s+(?:has\\s+)?(runs|heads|leads|oversees|led|headed|founded|"
              + "co-founded)\\b|,?\\s+(said|says|told|noted|"
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
              + "officer|chair|chairman|spokesperson)\\s+(of|at)|(?:wholly\\s+|majority-)?(?:owned|acquired|bought)\\s+by|(developed|designed|built|made|"
              + "manufactured|fabricated|produced)\\s+by|(co-developed|co-designed|jointly developed|"
              + "partnered|partnering|teamed up|collaborating|collaborated|partnership|joint venture|"
              + "alliance)\\s+with)\\s*$");
  private static final Pattern COMPANY_AFTER =
      Pattern.compile(
          "^(\\s+(Inc|Corp|Ltd|LLC|Plc)\\b|['’]s\\s+(ceo|chief|founder|co-founder|president|chair|cfo|cto|coo|spokes|"
              + "board|head|shares)|['’]s\\s+(?:[\\w-]+\\s+){0,2}(chips?|accelerators?|processors?|GPUs?)\\b|"
              // "Kunlunxin, Baidu's chip unit": the owner and the unit are companies
              + "['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:unit|division|subsidiary)\\b|"
              + ",\\s+\\p{Lu}\\w+['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:unit|division|subsidiary)\\b|"
              + "\\s+(ceo|chief executive|co-founder|founder|president|spokesperson|cfo|cto|coo)\\b|"
              + "\\s+(has\\s+)?(named|hired|appointed|promoted|raised|unveiled|launched|announced|invested|"
              + "invests|acquired|agreed|reported|posted|shipped|raised|raises|filed)\\s|"
              + "\\s+(?:was|is)\\s+valued\\b|"
              // "Groq said co-founder and chief executive Jonathan Ross": a company's announcement
              // "Marvell Technology": the word after the name says it is a company
              + "\\s+Technology\\s+(?!Officer)|"
              + "\\s+said\\s+(?:its\\s+)?(?:co-founder|founder|chief|ceo|president|chair|cfo|cto)\\b|"
              + "\\s+(?:would|will)\\s+be\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}customer\\b|"
              + ",\\s+(?:led|founded|co-founded|run|headed|backed|owned|funded)\\s+by\\b|"
              + ",\\s+which\\s+(?:also\\s+|has\\s+)?(?:counts|makes|designs|develops|builds|sells|raised|competes|is working|"
              + "uses|buys|bought|relies|licenses|is (?:also )?(?:a|an|one of)\\s+(?:[\\w-]+\\s+){0,2}(?:customer|rival|supplier|investor)|"
              + "works|partners|supplies|reported|posted|employs|owns)\\b|"
              + "-designed|-built|-made|\\s+shares\\b|,\\s+(a|an|the)\\s+"
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
              + "superchips?|silicon|series|family|line|lineup|architecture)\\b(?!\\s+(?:startups?|makers?|compan(?:y|ies)|firms?|designers?|giants?|"
              + "business|units?|stocks?|shares|sales|industry|market|war|race|exports?|supply|shortage|"
              + "plants?|factor(?:y|ies)|teams?|sector))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPANY_APPOSITIVE =
      Pattern.compile(
          "^,\\s+(?:a|an|the)\\s+(?:[\\w-]+,?\\s+){0,3}(?:company|startup|start-up|firm|chipmaker|"
              + "maker|designer|provider|giant|lab)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHIP_APPOSITIVE =
      Pattern.compile(
          "^,\\s+(?:a|an|its|the|their)\\s+(?:[\\w-]+\\s+){0,3}(?:chips?|accelerators?|processors?|"
              + "GPUs?|TPUs?|superchips?)\\b(?!\\s+(?:startup|maker|company|firm|designer|giant|business|unit))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHIP_BEFORE =
      Pattern.compile(
          "(?i).*(?:\\b(chips?|accelerators?|processors?|silicon|GPUs?|TPUs?|NPUs?|CPUs?)\\b[^.;]{0,40}\\b(called|named|"
              + "dubbed|known as|code-named|codenamed|such as|including|like)\\s+(the\\s+)?|\\b(?:successor to|successor of|"
              + "predecessor|follows|replaces|succeeds)\\s+(?:the\\s+|its\\s+)?)$");

  /** "the AI5, which Tesla designed for its cars": a code name that is designed or fabricated. */
  private static final Pattern CODE_CHIP_AFTER =
      Pattern.compile(
          "^,\\s+(?:which|that)\\s+(?:[\\w-]+\\s+){0,2}?(?:designed|developed|is designed|was designed|"
              + "(?:will be|is|was) (?:made|produced|manufactured|fabricated))\\b");

  /** "C.C. Wei", "J. Smith": initials before a name. */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");

  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?i)q[1-4]|h[12]|fy\\d{2,4}|\\d+(?:nm|g|k|gb|tb|mb|gw|mw|x)");
  private static final Pattern CODE = Pattern.compile("(?=.*\\p{L})(?=.*\\p{N})[\\p{L}\\p{N}-]+");
  private static final Pattern CHIP_WORD =
      Pattern.compile(
          "(?i)\\b(chips?|gpus?|accelerators?|processors?|silicon|family|lineup|series)\\b");

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
      if (known != null) {
        int used = extend(text, toks, i, n, known, out);
        if (used > n) {
          return used;
        }
        Mention.Source src =
            name.equals(known.label()) ? Mention.Source.CONTEXT : Mention.Source.COREFERENCE;
        add(text, window, known, src, out);
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
        && (end == i || (!STOP.contains(toks.get(end).text()) && !startsKnown(toks, end)))) {
      end++;
    }
    while (end > i && STOP.contains(toks.get(i).text())) {
      i++;
    }
    if (end <= i) {
      return Math.max(1, end - start);
    }
    if (end - i > 3) {
      return end - start; // a title-case headline, not a name
    }
    List<Token> name = toks.subList(i, end);
    String before =
        text.substring(Math.max(s.begin(), toks.get(i).begin() - 60), toks.get(i).begin());
    String after =
        text.substring(
            name.get(name.size() - 1).end(),
            Math.min(s.end(), name.get(name.size() - 1).end() + 60));
    EntityType type = classify(name, before, after, text, s);
    String nameText = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    if (type == null && !out.isEmpty() && name.size() <= 3 && !Places.isPlace(nameText)) {
      // "Anthropic and Databricks", "Nvidia, AMD": a name listed with a known one is of its kind.
      Mention prev = out.get(out.size() - 1);
      String gap = text.substring(prev.span().end(), name.get(0).begin());
      if (gap.matches(",\\s|\\s(?:and|or)\\s|,\\s(?:and|or)\\s")
          && (prev.entity().type() != EntityType.PERSON
              // "Gavin Uberti and Chris Zhu": a full name joined to a person's is a person.
              || name.size() >= 2 && gap.contains("and"))) {
        type =
            prev.entity().type() == EntityType.FOUNDRY ? EntityType.COMPANY : prev.entity().type();
      }
    }
    if (type == null && name.size() == 1) {
      java.util.regex.Matcher g =
          java.util.regex.Pattern.compile("(\\p{L}+)(\\d{1,3})").matcher(name.get(0).text());
      if (g.matches()
          && lexicon.entities().stream()
              .anyMatch(e -> e.type() == EntityType.CHIP && e.label().equals(g.group(1)))) {
        type = EntityType.CHIP; // "Inferentia2": a numbered generation of a known chip
      }
    }
    if (type == null) {
      return end - start;
    }
    if (type == EntityType.COMPANY
        && end < toks.size()
        && COMPANY_SUFFIX.matcher(toks.get(end).text()).matches()) {
      end++;
    }
    if (type == EntityType.COMPANY
        && end < toks.size()
        && toks.get(end).text().equals(".")
        && toks.get(end).begin() == toks.get(end - 1).end()
        && toks.get(end - 1).text().matches("Inc|Corp|Ltd|Co")) {
      end++;
    }
    name = toks.subList(i, end);
    String label = text.substring(name.get(0).begin(), name.get(name.size() - 1).end());
    Optional<Entity> listed =
        type.isOrganization() ? lexicon.lookupCompany(label) : Optional.empty();
    if (listed.isPresent()) {
      // "Semiconductor Manufacturing International Corp." for the listed "... Corporation"
      seen.putIfAbsent(label, listed.get());
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
        && COMPANY_SUFFIX.matcher(last).matches()) {
      seen.putIfAbsent(name.get(0).text(), e);
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
    if (known.type().isOrganization()
        && (next.matches("Inc|Corp|Ltd|LLC|Plc|Co") || COMPANY_SUFFIX.matcher(next).matches())) {
      // "Amazon.com Inc's": the legal suffix belongs to the known name.
      add(text, toks.subList(i, k + 1), known, Mention.Source.LEXICON, out);
      return n + 1;
    }
    EntityType type = null;
    if (known.type() == EntityType.CHIP && next.matches("v?\\d{1,4}[A-Za-z]{0,3}")) {
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

  private boolean startsKnown(List<Token> toks, int k) {
    for (int n = Math.min(lexicon.maxTokens(), toks.size() - k); n >= 1; n--) {
      if (lexicon.lookup(toks.subList(k, k + n)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private EntityType classify(
      List<Token> name, String before, String after, String text, TextSpan s) {
    if (Places.isPlace(text.substring(name.get(0).begin(), name.get(name.size() - 1).end()))) {
      return null; // "Saudi Arabia's Humain": a place, not a person or a company
    }
    if (name.size() == 1 && NOT_A_NAME.matcher(name.get(0).text()).matches()) {
      return null; // "Q3", "H1", "FY2026", "5G", "3nm": periods and units, not products
    }
    boolean allWords =
        name.stream()
            .allMatch(
                t ->
                    t.text().matches("\\p{Lu}[\\p{Ll}]+(\\p{Lu}\\p{Ll}+)?(-\\p{L}\\p{Ll}+)?")
                        || INITIALS.matcher(t.text()).matches()
                        || t.text().equals("."));
    if (name.size() == 1 && COMPANY_SUFFIX.matcher(name.get(0).text()).matches()) {
      return null; // "Computing power is key": a suffix word alone is not a company
    }
    if (COMPANY_SUFFIX.matcher(name.get(name.size() - 1).text()).matches()) {
      return EntityType.COMPANY;
    }
    if (allWords
        && name.size() >= 2
        && name.size() <= 3
        && (PERSON_TITLE_BEFORE.matcher(before).matches()
            || PERSON_AFTER.matcher(after).find()
            || (PERSON_TITLE_PHRASE.matcher(before).matches() && after.startsWith(",")))) {
      return EntityType.PERSON;
    }
    if (FOUNDRY_AFTER.matcher(after).find() || FOUNDRY_BEFORE.matcher(before).matches()) {
      return EntityType.FOUNDRY;
    }
    if (COMPANY_APPOSITIVE.matcher(after).find()) {
      return EntityType.COMPANY;
    }
    if (CHIP_AFTER.matcher(after).find()
        || CHIP_BEFORE.matcher(before).matches()
        || CHIP_APPOSITIVE.matcher(after).find()) {
      return EntityType.CHIP;
    }
    if (name.stream().anyMatch(t -> CODE.matcher(t.text()).matches())
        && (CHIP_WORD.matcher(text.substring(s.begin(), s.end())).find()
            || CODE_CHIP_AFTER.matcher(after).find())) {
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
    if (!first
        && t.equals(".")
        && INITIALS.matcher(toks.get(k - 1).text()).matches()
        && k + 1 < toks.size()
        && Character.isUpperCase(toks.get(k + 1).text().codePointAt(0))) {
      return true; // "C.C. Wei": the dot after initials belongs to the name
    }
    if (first && t.matches("(?:[a-z]-|[a-z]{1,2})\\p{Lu}[\\p{L}\\p{N}-]*")) {
      return true; // "d-Matrix", "xAI": a lower-case prefix before a capital (not "co-CEO")
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
