package org.chipkg.text;

import static org.chipkg.text.NameWords.CODE;
import static org.chipkg.text.NameWords.COMPANY_SUFFIX;
import static org.chipkg.text.NameWords.INITIALS;
import static org.chipkg.text.NameWords.STOP;

import java.util.List;
import java.util.regex.Pattern;
import org.chipkg.model.EntityType;
import org.chipkg.model.TextSpan;

/**
 * Types a capitalised name the lexicon lacks from the words around it: a title before a person
 * ("CEO Lisa Su"), a company suffix or appositive ("Cerebras Systems", "Groq, a Mountain View
 * startup"), a foundry ("Y, the contract chipmaker"), a chip ("a chip called Maia", "Gaudi 3").
 */
final class NameContext {
  private static final Pattern PERSON_TITLE_BEFORE =
      Pattern.compile(
          "(?i).*\\b(ceo|chief executive|chief executive officer|founders?|co-founders?|cofounders?|"
              + "president|chair|chairman|chairwoman|cfo|cto|coo|spokesperson|spokesman|"
              + "spokeswoman|vice president|executives?|chief|boss|head|director|analysts?|"
              + "officer|engineers?|researchers?|leader|minister|secretary|said|told|named|hired|appointed|co-ceo|"
              + "promoted|tapped|architect|veteran|(?:co-?)?founded\\s+(?:(?:in|at)\\s+[\\w-]+\\s+){0,2}by(?:\\s+[\\w-]+){0,2}|"
              + "(?:co-?)?founded\\s+(?:the|it)\\b[^.;]{0,40}?\\bwith|"
              + "(?:led|run|headed)\\s+by(?:\\s+[\\w-]+){0,2})[,]?\\s*$");

  /** "Google's head of AI infrastructure, Amin Vahdat,": a title phrase, then the name. */
  private static final Pattern PERSON_TITLE_PHRASE =
      Pattern.compile(
          "(?i).*\\b(head|chief|president|director|ceo|founder|officer|vice president|boss)\\s+of\\s+[^.;,]{1,40},\\s*$");

  private static final Pattern PERSON_AFTER =
      Pattern.compile(
          "^(,\\s+\\p{Lu}[\\w.&-]*(?:\\s\\p{Lu}[\\w.&-]*)?['’]s\\s+(?:[\\w-]+\\s+){0,2}?(ceo|chief|founder|co-founder|president|chair|"
              + "cfo|cto|coo|spokes|head|executive|general manager|managing director|vice president|"
              + "senior vice|director)|,\\s*(the\\s+|an?\\s+|its\\s+|our\\s+|who\\s+)?(?:(?:other|new|former|corporate|"
              + "[\\p{L}-]+-based)\\s+)?(ceo|co-ceo|chief|founder|co-founder|president|chair|"
              + "head|director|vice|senior|executive|spokes|analyst|general manager|managing director)|"
              + ",\\s+(?:formerly|previously)\\s+(?:of|at|with)\\s+\\p{Lu}|,\\s+(?:the\\s+|a\\s+)?(?:former|ex-)\\s*\\p{Lu}|"
              + ",\\s+(?:the|a)\\s+\\p{Lu}[\\w.&-]*\\s+(?:[\\w-]+\\s+){0,2}?(?:ceo|chief|president|vice president|"
              + "executive|director|head|founder|co-founder|spokes\\w+|cfo|cto)\\b|"
              + ",\\s*who\\s+(?:has\\s+)?(runs|heads|leads|oversees|led|headed|founded|"
              + "co-founded)\\b|,?\\s+(said|says|told|noted|"
              + "added|explained|wrote|argued|estimated|co-founded|cofounded|founded)|"
              + "\\s+(?:is|was|became|remains)\\s+(?:its\\s+|the\\s+)?(?:new\\s+)?(?:ceo|chief executive|president|cfo)\\b|"
              // "Ana Ruiz is co-founder and CEO of", "Ana Ruiz is a principal analyst at"
              + "\\s+(?:is|was|became|remains)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:co-?founder|founder)\\s+(?:and|of)\\b|"
              + "\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?analyst\\s+(?:at|with|for)\\s+\\p{Lu}|"
              // "Priya Natarajan, who had been senior vice president", "David Okonkwo was named",
              // "with Helen Zhou as its general manager", "Satya Kumar - Corporate Vice President"
              + ",\\s*who\\s+(?:had|has)\\s+been\\s+(?:the\\s+|a\\s+|its\\s+)?(?:ceo|chief|president|senior|vice|"
              + "executive|director|head|general manager)|"
              + "\\s+(?:was|has been|had been)\\s+(?:named|appointed|promoted|elected)\\s+(?:as\\s+|to\\s+)?"
              + "(?:its\\s+|the\\s+)?(?:new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:ceo|chief|president|vice president|director|"
              + "head|general manager|chair|chairman|chairwoman|cfo|cto|coo)\\b|"
              + "\\s+as\\s+(?:its|their|the company's)\\s+(?:new\\s+)?(?:ceo|chief|president|general manager|head|"
              + "cfo|cto|coo|chair)|"
              + "\\s+[-–—]\\s+(?:corporate\\s+|executive\\s+|senior\\s+)?(?:ceo|chief|president|vice president|chair|"
              + "chairman|chairwoman|founder|co-founder|head|director|general manager|managing director|"
              + "cfo|cto|coo)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPANY_BEFORE =
      Pattern.compile(
          "(?i).*\\b(startup|start-up|chipmaker|chip maker|chip designer|rival|company|firm|"
              + "giant|maker|provider|supplier|vendor|competitor|investor|unicorn|hyperscaler|startups|"
              + "chipmakers|companies|firms|customers|clients|partners|giants|providers|operators|"
              + "lab|customer|partner|joined|(ceo|chief|president|founder|head|director|executive|"
              + "officer|chair|chairman|spokesperson|analyst|analysts|economist|strategist)\\s+(of|at|with)|"
              // "compete head-on with Groq", "faces competition from", "taking on", "up against",
              // "pitches it against"
              + "(?:compete|competes|competing|competed|competition)\\s+(?:(?:directly|head-on|head-to-head|"
              + "squarely)\\s+)?(?:with|against|from)|up against|(?:take|takes|taking|took) on|"
              + "(?:pitch|pitches|pitched|pitching|pit|pits|pitted|pitting) (?:it|them) against|"
              // "Its most direct rival, Groq,"
              + "(?:rival|competitor|challenger),|"
              + "(?:subsidiary|unit|division|affiliate|parent)\\s+of|(?:spun|spin)\\s+(?:off|out)\\s+(?:from|of)|"
              + "\\b[Tt]he\\s+(?:unit|subsidiary|division|spinoff|spin-off),|"
              // "Volkswagen's software subsidiary Cariad", "SMIC and its subsidiary ...", "the
              // sovereign fund Mubadala"
              + "['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:subsidiary|unit|division|affiliate|arm)|"
              + "\\bits\\s+(?:[\\w-]+\\s+){0,2}(?:subsidiary|affiliate)|fund|"
              // "deployed by Solstice Cloud", "customer is Fairhaven Insurance", "the GPU cloud
              // Crusoe"
              + "(?:deployed|adopted|operated)\\s+by|customers?\\s+(?:is|was)|(?-i:cloud|neocloud)|"
              + "(?:startups|companies|firms|chipmakers|players|specialists|makers|designers|vendors|"
              + "suppliers|challengers|upstarts|neoclouds|clouds|operators|providers|labs|houses)\\s+(?:such as|like|including)|(?:wholly\\s+|majority-)?(?:owned|acquired|bought)\\s+by|(developed|designed|built|made|"
              + "manufactured|fabricated|produced)\\s+by|(co-developed|co-designed|jointly developed|"
              + "partnered|partnering|teamed up|collaborating|collaborated|partnership|joint venture|"
              + "alliance)\\s+with|(?:rivals|competitors|customers|clients|investors|backers|"
              + "partners)\\b[^.;]{0,40}?\\b(?:include|includes|included|including|such as|are)(?:\\s+the)?)\\s*$");
  private static final Pattern COMPANY_AFTER =
      Pattern.compile(
          "^(\\s+(Inc|Corp|Ltd|LLC|Plc)\\b|['’]s\\s+(ceo|chief|founder|co-founder|president|chair|cfo|cto|coo|spokes|"
              + "board|head|shares)|['’]s\\s+(?:[\\w-]+\\s+){0,2}(chips?|accelerators?|processors?|GPUs?)\\b|"
              // "Kunlunxin, Baidu's chip unit": the owner and the unit are companies
              + "['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:unit|division|subsidiary)\\b|"
              + ",\\s+\\p{Lu}\\w+['’]s\\s+(?:[\\w-]+\\s+){0,2}(?:unit|division|subsidiary|(?-i:arm)(?!-))\\b|"
              + "\\s+(ceo|chief executive|co-founder|founder|president|spokesperson|cfo|cto|coo|"
              + "co-chief executive|co-ceo)\\b|"
              // "Foxconn chairman Young Liu", "Quanta vice chairman and president C.C. Leung"
              + "\\s+(?:vice\\s+|deputy\\s+)?(?:chairman|chairwoman|chair)(?:\\s+and\\s+[\\w-]+(?:\\s+[\\w-]+)?)?"
              + "\\s+(?-i:\\p{Lu})|"
              // "CoreWeave counts OpenAI and Meta among its largest clients"
              + "\\s+counts\\s+[^.;]{1,60}?\\s+(?:among|as)\\s+(?:its|a|an|one of its)\\s+|"
              + "\\s+(has\\s+)?(named|hired|appointed|promoted|raised|unveiled|launched|announced|invested|"
              + "invests|acquired|agreed|reported|posted|shipped|raised|raises|filed)\\s|"
              // "Groq makes chips", "Rebellions designs AI accelerators"
              + "\\s+(?:makes|designs|develops|sells|supplies|builds|produces)\\s+(?:[\\w-]+\\s+){0,3}?"
              + "(?:chips?|processors?|accelerators?|semiconductors|silicon|GPUs?|CPUs?)\\b|"
              + "\\s+(?:was|is)\\s+(?:last\\s+|now\\s+|previously\\s+)?valued\\b|"
              // "Marvell expects fourth-quarter revenue of", "Cerebras reported revenue"
              + "\\s+(?:expects|forecast|forecasts|projects|posted|reported|generated|booked)\\s+"
              + "(?:[\\w-]+\\s+){0,2}?(?:revenue|sales|profit|net income|earnings|loss)\\b|"
              // "Groq has positioned itself as": a company speaks of itself as "itself"
              + "\\s+(?:has\\s+|had\\s+)?(?:positioned|described|billed|branded|pitched)\\s+itself\\b|"
              // "Groq said co-founder and chief executive Jonathan Ross": a company's announcement
              // "Marvell Technology": the word after the name says it is a company
              + "\\s+Technology\\b(?!\\s+Officer)|"
              + "\\s+said\\s+(?:its\\s+)?(?:co-founder|founder|chief|ceo|president|chair|cfo|cto)\\b|"
              + "\\s+(?:would|will)\\s+be\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}customer\\b|"
              + ",\\s+(?:led|founded|co-founded|run|headed|backed|owned|funded)\\s+by\\b|"
              + ",\\s+which\\s+(?:also\\s+|has\\s+)?(?:counts|makes|designs|develops|builds|sells|raised|competes|is working|"
              + "uses|buys|bought|relies|licenses|is (?:also )?(?:a|an|one of)\\s+(?:[\\w-]+\\s+){0,2}(?:customer|rival|supplier|investor)|"
              + "works|partners|supplies|reported|posted|employs|owns)\\b|"
              + "-designed|-built|-made|\\s+shares\\b|,\\s+(a|an|the)\\s+"
              + "([\\w-]+\\s+){0,3}(company|startup|firm|chipmaker|maker|designer|provider)\\b"
              + "(?!\\s+(?:said|says|told|added|noted|reported|announced)\\b)"
              // "Lightmatter's $400 million Series D", "Lightmatter started out building"
              + "|['’]s\\s+(?:\\$[\\d.]+\\s+(?:million|billion)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:funding|round|"
              + "valuation|IPO|investors|backers|headquarters|Series\\s+[A-H])\\b"
              + "|\\s+(?:started out|was founded|is based|is headquartered)\\b"
              // "Cerebras is one of a handful of companies"
              + "|\\s+is\\s+(?:one of\\s+)?(?:a\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:companies|startups|firms|chipmakers)\\b)",
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
          "^(\\s+|-)(?:(?:AI|inference|training|vision|edge|server|data[- ]center|networking|custom|"
              + "general-purpose|low-power|flagship|neural|laptop|PC|desktop|mobile|smartphone|automotive)\\s+){0,2}"
              // "its Pike inference card": a card of a kind, not "Visa cards"
              + "(chips?|chiplets?|accelerators?|modules|(?<=(?i:inference|training|AI|accelerator)\\s)cards?|"
              + "graphics processing units?|"
              + "processors?|processing units?|GPUs?|CPUs?|NPUs?|TPUs?|"
              + "superchips?|silicon|series|family|families|line|lineup|architecture)\\b(?!\\s+(?:startups?|makers?|compan(?:y|ies)|firms?|designers?|giants?|"
              + "business|units?|stocks?|shares|sales|industry|market|war|race|exports?|supply|shortage|"
              + "plants?|factor(?:y|ies)|teams?|sector|designs?|IP|cores?|licen[cs]es?|technology|(?:neo)?clouds?|providers?|operators?))",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Modalix is manufactured by TSMC", "X, built on TSMC's 7nm process": what a foundry makes or a
   * process node carries is a chip.
   */
  private static final Pattern CHIP_MADE_AFTER =
      Pattern.compile(
          "^(?:\\s+(?:is|are|was|were|will be|has been|have been)\\s+(?:being\\s+|also\\s+|now\\s+)?"
              + "(?:manufactured|fabricated|fabbed)\\s+(?:by|at)\\b"
              // "Alchip and Marvell, is made on ...": a comma ends a list or aside, not the subject
              + "|(?:,\\s+|\\s+(?:is|was|are|were)\\s+)(?:built|made|produced|manufactured|fabricated)\\s+"
              + "(?:by\\s+\\p{Lu}[\\w.&-]*\\s+)?(?:on|using)\\s+(?:a|an|its|\\p{Lu}[\\w.&-]*['’]s)\\s+"
              + "\\d{1,2}(?:-nanometer|\\s?nm)\\b)");

  /** "AMD's Instinct MI355X": a model number after a company's possessive. */
  private static final Pattern POSSESSOR_BEFORE = Pattern.compile("\\p{Lu}[\\w.&-]*['’]s\\s+$");

  private static final Pattern MODEL_NUMBER = Pattern.compile("\\p{Lu}{1,3}\\d{2,4}[A-Z]{0,2}");

  /** "the ATOM and REBEL families of chips": the first of a list of chips. */
  private static final Pattern CHIP_LISTED_BEFORE =
      Pattern.compile(
          "^(?:,\\s+(?:\\p{Lu}[\\w.&-]*['’]s\\s+)?\\p{Lu}[\\w-]*)*,?\\s+(?:and|or)\\s+"
              + "(?:\\p{Lu}[\\w.&-]*['’]s\\s+)?\\p{Lu}[\\w-]*(?:\\s+(?:"
              + MentionFinder.VARIANT_WORDS
              + "))?\\s+(?:(?:AI|inference|training|data[- ]center)\\s+){0,2}(?:chips|accelerators|"
              // "Nvidia's Blackwell and Rubin GPUs", "H100 and H200 graphics processing units"
              + "processors|GPUs|CPUs|NPUs|TPUs|superchips|graphics processing units|families|series|lines)\\b");

  private static final Pattern COMPANY_APPOSITIVE =
      Pattern.compile(
          "^,\\s+(?:a|an|the)\\s+(?:[\\w-]+,?\\s+){0,3}(?:company|startup|start-up|firm|chipmaker|"
              + "maker|designer|provider|giant|lab|group|conglomerate|operator|developer|supplier|vendor|"
              + "manufacturer|automaker|carmaker|consortium|institute|agency|laboratory|university|"
              + "subsidiary|unit|division|arm|affiliate|spinoff|spin-off|venture|"
              // "Lambda, the San Francisco GPU cloud,": a cloud as a business, not a chip's kind
              + "(?:neo)?cloud(?=\\s*[,.;)]|\\s+(?:in|based|that|which|with|whose)\\b)|neocloud|assembler|ODM)\\b"
              // "Cobalt 200, an Arm-based server processor", "X, the company's third NPU": the
              // word describes what follows
              + "(?!-|['’]s\\b)"
              + "(?!\\s+(?:said|says|told|added|noted|reported|announced)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHIP_APPOSITIVE =
      Pattern.compile(
          "^,\\s+(?:a|an|its|the|their)\\s+(?:[\\w'’-]+\\s+){0,3}(?:chips?|chiplets?|accelerators?|processors?|"
              + "processing units?|GPUs?|CPUs?|NPUs?|TPUs?|ASICs?|superchips?|successor to|successor of|"
              + "predecessor|(?:generation|version|variant|iteration|family|line)s?\\s+of)\\b(?!\\s+(?:startup|maker|company|firm|designer|giant|business|unit|"
              + "subsidiary|division|arm|affiliate|venture|spinoff|spin-off))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHIP_BEFORE =
      Pattern.compile(
          "(?i).*(?:\\b(chips?|chiplets?|accelerators?|processors?|silicon|GPUs?|TPUs?|NPUs?|CPUs?)\\b[^.;]{0,40}\\b(called|named|calls|"
              + "dubbed|known as|code-named|codenamed|such as|including|like)\\s+(the\\s+)?"
              // "processors such as Amazon's Graviton": the maker's possessive before the name
              + "(?:\\p{Lu}[\\w.&-]*['’]s\\s+)?|\\b(?:successor to|successor of|"
              + "predecessor|follows|replaces|succeeds)\\s+(?:the\\s+|its\\s+)?"
              // "including Wormhole and the newer Blackhole"
              + "|\\b(?:including|such as|like)\\s+\\p{Lu}[\\w-]*\\s+and\\s+the\\s+(?:newer|older|latest|new|upcoming)\\s+"
              // "its own server processor, Cobalt 200,": the chip a kind word names
              + "|\\b(?:its|their|own|new|latest|first|current|next|newest)\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:chip|chiplet|processor|accelerator|GPU|CPU|NPU)s?,\\s+(?:the\\s+)?"
              // "Its successor, Sable-2,"
              + "|\\b(?:its|their|a|the)\\s+successor,\\s+(?:the\\s+)?)$");

  /** "the AI5, which Tesla designed for its cars": a code name that is designed or fabricated. */
  private static final Pattern CODE_CHIP_AFTER =
      Pattern.compile(
          "^,\\s+(?:which|that)\\s+(?:[\\w-]+\\s+){0,2}?(?:designed|developed|is designed|was designed|"
              + "(?:will be|is|was) (?:made|produced|manufactured|fabricated))\\b");

  /** "AMD, which makes the MI355X": a model number a company makes or ships. */
  private static final Pattern CODE_CHIP_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:makes|made|designs|designed|develops|developed|sells|ships|shipped|launched|"
              + "unveiled|introduced|announced|released)\\s+(?:the|its|their)\\s+$");

  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)q[1-4]|h[12]|fy\\d{2,4}|\\d+(?:nm|g|k|gb|tb|mb|gw|mw|x|d|b|m|t|h|q|w|v|p|s)");
  private static final Pattern CHIP_WORD =
      Pattern.compile(
          "(?i)\\b(chips?|gpus?|accelerators?|processors?|silicon|family|lineup|series)\\b");

  /** A process node such as "4NP", "18A" or "N3P process": a way of making chips, not a chip. */
  private static final Pattern NODE_AFTER =
      Pattern.compile(
          "(?i)^(?:-class)?\\s+(?:(?:manufacturing|fabrication|production|chipmaking)\\s+)?"
              + "(?:process|node|technology|manufacturing)\\b");

  private static final Pattern NODE = Pattern.compile("\\d{1,2}A|\\d{1,2}NP?");

  private static final Pattern TECHNOLOGY_AFTER =
      Pattern.compile("^\\s+(?:Officer|Minister|Ministry)\\b");

  private NameContext() {}

  /**
   * "Marvell Technology designs ...": token {@code k} is "Technology" after the name starting at
   * {@code i} (not "Chief Technology Officer").
   */
  static boolean technologyCompany(String text, List<Token> toks, int i, int k) {
    if (!toks.get(k).text().equals("Technology")) {
      return false;
    }
    int end = toks.get(k).end();
    String after = text.substring(end, Math.min(text.length(), end + 30));
    return !TECHNOLOGY_AFTER.matcher(after).find()
        && toks.subList(i, k).stream().noneMatch(t -> STOP.contains(t.text()));
  }

  /** A short name in brackets after a name: "(Foxconn)", "(JASM)". */
  private static final Pattern BRACKET = Pattern.compile("\\s*\\((" + MentionFinder.SHORT + ")\\)");

  /** What a company does after its bracketed short name: "(Foxconn) said", "(FII), its unit". */
  private static final Pattern BRACKET_ORG_AFTER =
      Pattern.compile(
          "\\s+(?:said|says|reported|posted|announced|has|had|is|was|will|plans|shares)\\b"
              + "|,\\s+(?:its|their|which|whose)\\b|,\\s+\\p{Lu}[\\w.&-]*['’]s\\s");

  /** Last words of a product's, a law's or a technology's name: "Graphics Processing Unit". */
  private static final Pattern NOT_ORG_END =
      Pattern.compile(
          "Units?|Memory|Act|Processors?|Engines?|Architecture|Interface|Program|Standard|"
              + "Protocol|Agreement|Index|Lithography|Packaging");

  /** "Israel's ", "South Korea's ": a place's possessive, as before a company of that place. */
  private static final Pattern PLACE_POSSESSIVE =
      Pattern.compile("(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)['’]s\\s+$");

  /** "Israel's Hailo", "Canada's Celestica": the name after a place's possessive. */
  private static boolean placePossessive(String before) {
    java.util.regex.Matcher m = PLACE_POSSESSIVE.matcher(before);
    return m.find() && Places.isPlace(m.group(1));
  }

  static EntityType classify(
      List<Token> name, String before, String after, String text, TextSpan s) {
    if (Places.isPlace(text.substring(name.get(0).begin(), name.get(name.size() - 1).end()))) {
      return null; // "Saudi Arabia's Humain": a place, not a person or a company
    }
    if (name.stream().anyMatch(t -> CODE.matcher(t.text()).matches())
            && NODE_AFTER.matcher(after).find()
        || name.size() == 1 && NODE.matcher(name.get(0).text()).matches()) {
      return null; // "TSMC's N3P node", "Intel 18A": a process node
    }
    if (name.size() == 1 && NOT_A_NAME.matcher(name.get(0).text()).matches()) {
      return null; // "Q3", "H1", "FY2026", "5G", "3nm": periods and units, not products
    }
    java.util.regex.Matcher bracket = BRACKET.matcher(after);
    if (bracket.lookingAt()
        && !NOT_ORG_END.matcher(name.get(name.size() - 1).text()).matches()
        && !PERSON_TITLE_BEFORE.matcher(before).matches()) {
      String rest = after.substring(bracket.end());
      if (BRACKET_ORG_AFTER.matcher(rest).lookingAt()
          || COMPANY_APPOSITIVE.matcher(rest).find()
          || COMPANY_AFTER.matcher(rest).find()) {
        return EntityType.COMPANY; // "Hon Hai Precision Industry (Foxconn) said"
      }
    }
    if (name.stream().anyMatch(t -> NameWords.DOMAIN.matcher(t.text()).matches())) {
      return EntityType.COMPANY; // "SiMa.ai", "Character.ai": a web address names a company
    }
    boolean allWords =
        name.stream()
            .allMatch(
                t ->
                    t.text().matches("\\p{Lu}[\\p{Ll}]+(\\p{Lu}\\p{Ll}+)?(-\\p{L}\\p{Ll}+)?")
                        || INITIALS.matcher(t.text()).matches()
                        || NameWords.PARTICLE.matcher(t.text()).matches()
                        || t.text().equals("."));
    long particles =
        name.stream().filter(t -> NameWords.PARTICLE.matcher(t.text()).matches()).count();
    if (name.size() == 1 && COMPANY_SUFFIX.matcher(name.get(0).text()).matches()) {
      return null; // "Computing power is key": a suffix word alone is not a company
    }
    if (COMPANY_SUFFIX.matcher(name.get(name.size() - 1).text()).matches()
        || name.size() >= 2
            && NameWords.NAME_END.matcher(name.get(name.size() - 1).text()).matches()) {
      return EntityType.COMPANY;
    }
    if (name.size() >= 2
        && NameWords.DEPARTMENT.matcher(name.get(name.size() - 1).text()).matches()
        && !COMPANY_APPOSITIVE.matcher(after).find()) {
      return null; // "Vice President, Investor Relations": a department, no one's name
    }
    if (allWords
        && name.size() >= 2
        && name.size() - particles <= 3
        && !NameWords.NOT_PERSON_END.matcher(name.get(name.size() - 1).text()).matches()
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
        || CHIP_LISTED_BEFORE.matcher(after).find()
        || CHIP_BEFORE.matcher(before).matches()
        || CHIP_APPOSITIVE.matcher(after).find()
        || CHIP_MADE_AFTER.matcher(after).find()) {
      return EntityType.CHIP;
    }
    // A code name in a sentence about chips is one ("the MI355X"), unless shaped like a foundry's
    // process node ("skip N2 and move to A16"), which needs a chip word of its own.
    if (name.stream().anyMatch(t -> CODE.matcher(t.text()).matches())
        && !(name.size() == 1 && NameWords.FOUNDRY_NODE.matcher(name.get(0).text()).matches())
        && (CHIP_WORD.matcher(text.substring(s.begin(), s.end())).find()
            || CODE_CHIP_AFTER.matcher(after).find()
            || CODE_CHIP_BEFORE.matcher(before).find()
            || POSSESSOR_BEFORE.matcher(before).find()
                && name.stream().anyMatch(t -> MODEL_NUMBER.matcher(t.text()).matches()))) {
      return EntityType.CHIP;
    }
    if (COMPANY_AFTER.matcher(after).find()
        || COMPANY_BEFORE.matcher(before).matches()
        || name.size() <= 2 && placePossessive(before)
        || COMPANY_SUFFIX.matcher(name.get(name.size() - 1).text()).matches()) {
      return EntityType.COMPANY;
    }
    return null;
  }
}
