package org.chipkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipkg.model.Claim;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.model.Role;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Coreference;
import org.chipkg.text.Sentence;

/**
 * People's roles: "Amazon chief executive Andy Jassy", "Amazon's AI boss, Peter DeSantis", "Lisa
 * Su, chief executive of AMD", "X named Y as its CFO", "founded by", "a team led by". A bare title
 * ("CEO Andy Jassy") takes the organization the same article gives that person for that role, else
 * the article's main organization.
 */
public final class RoleExtractor implements Extractor {
  private static final String O = "(?<org>@O\\d+@)";
  private static final String P = "(?<person>@P\\d+@)";
  private static final String T = Titles.TITLE;
  private static final List<Pattern> EXPLICIT =
      List.of(
          Pattern.compile(O + "(?:'s)?,?\\s+" + T + "(?:\\s+of\\s+[^@.;,]{1,40})?,?\\s+" + P),
          Pattern.compile(P + ",\\s+(?:the\\s+|a\\s+|who is\\s+|now\\s+)?" + O + "'s\\s+" + T),
          // "Lip-Bu Tan, the former Cadence chief executive", "Rani Borkar, the Microsoft corporate
          // vice president"
          Pattern.compile(P + ",\\s+(?:the|a)\\s+(?<former>former\\s+|ex-)?" + O + "\\s+" + T),
          // "Lip-Bu Tan, the former Cadence chief executive, takes over as Intel's CEO"
          Pattern.compile(
              P
                  + "(?:,[^;@]{0,80}?@O\\d+@[^;@]{0,40}?,)?\\s+(?:takes over as|took over as|will take over as|"
                  + "is now|became|becomes|will become|has become|was named)\\s+"
                  + O
                  + "'s\\s+(?:new\\s+)?"
                  + T),
          // "Justin Hotard, ..., had resigned to become chief executive of Nokia"
          Pattern.compile(
              P
                  + "(?:,[^;@]{0,90}?,)?\\s+(?:has\\s+|had\\s+)?(?:resigned|left|quit|departed|stepped down)\\s+"
                  + "(?:[\\w-]+\\s+){0,3}?to\\s+(?:become|be|serve as)\\s+(?:the\\s+)?(?:new\\s+)?"
                  + T
                  + "\\s+(?:of|at)\\s+"
                  + O),
          // "A spokesperson for Microsoft, Frank Shaw, said"
          Pattern.compile(
              "\\b(?:[Aa]n?|[Tt]he)\\s+(?<title>spokesperson|spokesman|spokeswoman)\\s+(?:for|at)\\s+"
                  + O
                  + ",\\s+"
                  + P),
          // "Walden International, whose chairman Lip-Bu Tan"
          Pattern.compile(O + ",\\s+whose\\s+" + T + "\\s+" + P),
          // "Alex Davis, CEO of investment firm Disruptive"
          Pattern.compile(
              P
                  + ",\\s+(?:the\\s+|a\\s+|an\\s+|who is\\s+|now\\s+)?"
                  + T
                  // "executive vice president of foundry business development at Samsung"
                  + "\\s+(?:of|at)\\s+(?:[a-z][\\w-]*\\s+){0,4}?(?:at\\s+)?"
                  + O),
          Pattern.compile(
              P
                  + "\\s+(?:is|was|became|has been|had been|will become|remains)\\s+(?:now\\s+|also\\s+)?(?:the\\s+)?"
                  + "(?:new\\s+)?"
                  + O
                  + "'s\\s+"
                  + T),
          Pattern.compile(
              P
                  + "\\s+(?:is|was|became|has been|had been|will become|remains|was named|"
                  + "has been named|was appointed|will take over as)\\s+(?:the\\s+)?(?:new\\s+)?"
                  + T
                  + "\\s+(?:of|at)\\s+"
                  + O),
          Pattern.compile(
              O
                  + "(?:,[^;.]{0,60}?,)?\\s+(?:[\\w-]+\\s+){0,3}?(?:has\\s+)?(?:named|appointed|hired|promoted|tapped)\\s+"
                  + P
                  + "(?:,(?:[^;.@]|@O\\d+@){0,60}?,)?,?\\s+(?:as|to be|to)?\\s*(?:its\\s+)?(?:new\\s+)?"
                  + T),
          // "said Ann Lee, a semiconductor analyst at Harbor Securities", "Harbor analyst Ann Lee"
          Pattern.compile(
              P + ",\\s+(?:(?:a|an|the)\\s+)?" + Titles.ANALYST + "\\s+(?:at|with|for)\\s+" + O),
          Pattern.compile(O + "(?:'s)?\\s+" + Titles.ANALYST + ",?\\s+" + P),
          // "Intel has appointed Kevork Kechichian to lead its data center group"
          Pattern.compile(
              O
                  + "(?:,[^;.]{0,60}?,)?\\s+(?:[\\w-]+\\s+){0,3}?(?:has\\s+)?(?:named|appointed|hired|promoted|tapped)\\s+"
                  + P
                  + "(?:,(?:[^;.@]|@O\\d+@){0,60}?,)?\\s+to\\s+(?<title>lead|head|run|oversee)\\s+(?:its|the company's)\\b"),
          Pattern.compile(
              O
                  + "\\s+(?:said|says|announced)\\s+(?:that\\s+)?"
                  + P
                  + "\\s+(?:would|will)\\s+(?:remain|stay on as|continue as|continue to serve as)\\s+(?:its\\s+)?"
                  + T),
          Pattern.compile(P + "\\s+(?<title>co-founded|founded)\\s+" + O),
          Pattern.compile(
              P
                  + ",\\s+who\\s+(?:has\\s+)?(?<title>runs|heads|leads|oversees|led|run|headed)\\s+"
                  // "who leads compute infrastructure at OpenAI"
                  + "(?:(?:[a-z][\\w-]*\\s+){1,3}?(?:at|for)\\s+)?"
                  + O
                  + "(?!'s)"),
          Pattern.compile(
              O
                  + ",\\s+(?:which is\\s+|now\\s+|(?:the|a|an)\\s+[^@;,]{0,40}?\\s+)?(?<title>led|run|headed)\\s+by\\s+(?:(?:chip\\s+)?"
                  + "(?:architect|engineer|designer|veteran|executive|entrepreneur|industry veteran)\\s+)?"
                  + P));

  /** "Etched, a chip startup founded by Harvard dropouts Gavin Uberti and Chris Zhu". */
  private static final Pattern FOUNDED_BY =
      Pattern.compile(
          "(?:"
              + O
              + "|(?<pronoun>\\b[Tt]he (?:company|startup|firm|chipmaker)|\\bIt))"
              + ",?\\s+(?:which was\\s+|was\\s+|(?:a|an|the)\\s+[^@.;]{0,40}?)?(?<title>co-founded|cofounded|founded)"
              // "was founded in Toronto in 2016 by"
              + "\\s+(?:in\\s+[^@.;,]{1,30}?\\s+)?by\\s+(?:[^@.;]|@O\\d+@){0,30}?(?<people>@P\\d+@(?:(?:,\\s*|,?\\s+and\\s+)@P\\d+@)*)");

  /** "Founded in 2021 by Arjun Mehta and Elena Sokolova, a former Intel researcher, Lumora …". */
  private static final Pattern FRONTED_FOUNDED_BY =
      Pattern.compile(
          "^(?<title>Co-founded|Cofounded|Founded)\\s+(?:in\\s+\\d{4}\\s+)?by\\s+"
              + "(?<people>@P\\d+@(?:(?:,\\s*|,?\\s+and\\s+)@P\\d+@)*)"
              + "(?:,\\s+(?:a|an|the|both)\\s+[^;]{0,60}?)?,\\s+"
              + O);

  /** The person's verb after the appositive says the role is over. */
  private static final Pattern LEFT =
      Pattern.compile(
          "^(?:[^;@,]{0,60},)?\\s+(?:has\\s+|had\\s+)?(?:left|resigned|departed|stepped down|quit|retired|was ousted|"
              + "was fired|was pushed out)\\b");

  /** "Justin Hotard, the executive who ran its data center group": a head of "its" company. */
  private static final Pattern WHO_RAN =
      Pattern.compile(
          P
              + ",\\s+(?:the|an?)\\s+(?:[\\w-]+\\s+)?(?:executive|official|manager|engineer|veteran)\\s+who\\s+"
              + "(?:ran|runs|led|leads|oversaw|oversees|headed|heads)\\s+(?<owner>its|the company's|@O\\d+@'s)\\s+"
              + "[^@;,]{0,80}?(?:group|unit|division|business|team|operations|efforts)\\b,?");

  /**
   * Roles at a company the sentence only refers to: "Rodrigo Liang, who co-founded the Palo Alto
   * company in 2017", "X will step down as CEO".
   */
  private static final List<Pattern> AT_REFERENT =
      List.of(
          Pattern.compile(
              P
                  + "(?:,\\s+who|(?:,[^;@]{0,80}?,)?\\s+(?:also\\s+)?)\\s*(?<title>co-founded|founded)\\s+"
                  + "(?:the\\s+[^@;]{0,40}?(?:company|startup|firm|chipmaker|business)\\b|it\\b)"
                  // "founded the company in 2016 with Douglas Wightman": the partners too
                  + "(?:\\s+in\\s+\\d{4})?(?:\\s+with\\s+(?<partners>@P\\d+@(?:(?:,\\s*|,?\\s+and\\s+)@P\\d+@)*))?"),
          // "Gavin Uberti, who co-founded the company in 2022, is its CEO", "Reiner Pope is CEO."
          Pattern.compile(
              P
                  + "(?:,[^;@]{0,100}?,)?\\s+(?:is|remains|serves as|became)\\s+(?:its\\s+|the company's\\s+)?(?:new\\s+)?"
                  + T
                  + "(?=\\s*[.;,]|\\s+and\\b)"),
          // "its president, Sunny Madra,", "Simon Edwards, its chief financial officer,"
          Pattern.compile(
              "\\b(?:[Ii]ts|[Tt]heir|[Tt]he company's)\\s+(?:new\\s+)?" + T + ",\\s+" + P),
          Pattern.compile(
              P
                  + ",\\s+(?:its|their|the company's)\\s+(?:new\\s+)?"
                  + T
                  + "\\s*(?:,(?!\\s*@P)|\\.)"),
          // "Simon Edwards ... would become chief executive", "taking over as CEO"
          Pattern.compile(
              P
                  + "(?:,[^;@]{0,80}?,|\\s+[^;@,.]{0,60}?\\s+and)?\\s+(?<incoming>would become|will become|is to become|would take over as|"
                  + "will take over as|taking over as|takes over as|took over as)\\s+(?:its\\s+|the\\s+(?:company's\\s+)?)?"
                  + "(?:new\\s+)?"
                  + T),
          // "Its founders, Reiner Pope and Mike Gunter, both worked at Google"
          Pattern.compile(
              "\\b(?:[Ii]ts|[Tt]he company's|[Tt]he startup's)\\s+(?<title>co-founders|founders),?\\s+"
                  + P
                  + "(?:\\s+and\\s+(?<partners>@P\\d+@))?"),
          Pattern.compile(
              P
                  + "(?:,[^;@]{0,100}?,)?\\s+(?<tense>will step down|would step down|is stepping down|plans to step down|"
                  + "stepped down|has stepped down|had stepped down)\\s+as\\s+(?:its\\s+|the\\s+company's\\s+)?"
                  + T));

  private static final Pattern BARE = Pattern.compile("(?<![@\\w'])(?<!'s )" + T + ",?\\s+" + P);
  private static final Pattern LED_BY =
      Pattern.compile(
          "(?<title>team|unit|group|division|company|startup|firm|business) (?:led|run|headed) by\\s+"
              + "(?:its\\s+)?(?:(?<core>"
              + Titles.CORE
              + ")\\s+)?"
              + P);

  @Override
  public String id() {
    return "roles";
  }

  @Override
  public List<Claim> extract(AnnotatedArticle a) {
    List<Claim> out = new ArrayList<>();
    Map<String, Entity> known = new HashMap<>();
    List<Runnable> later = new ArrayList<>();
    Coreference coref = new Coreference(a);
    for (Sentence s : a.sentences()) {
      if (s.isQuestion() || s.span().length() > SentenceExtractor.MAX_SENTENCE) {
        continue;
      }
      Masked m = new Masked(s);
      List<int[]> taken = new ArrayList<>();
      for (Pattern p : EXPLICIT) {
        Matcher x = p.matcher(m.text());
        while (x.find()) {
          Mention person = m.mention(x.group("person"));
          Mention org = m.mention(x.group("org"));
          String title =
              x.group("title")
                  .replaceAll("(?i)co-founded", "co-founder")
                  .replaceAll("(?i)^founded$", "founder")
                  .replaceAll(
                      "(?i)^(runs|heads|leads|oversees|led|run|headed|lead|head|oversee)$", "head");
          if (Masked.hasGroup(x, "former") && x.group("former") != null) {
            title = "former " + title;
          }
          String lead = m.text().substring(Math.max(0, x.start() - 12), x.start());
          if (LEFT.matcher(m.text().substring(x.end())).find()) {
            lead = lead + " former"; // "Sachin Katti, Intel's CTO, left the company"
          }
          add(
              a,
              s,
              out,
              known,
              person,
              org.entity(),
              lead + "|" + title,
              m.text(),
              List.of(person, org),
              0.9);
          if (Masked.hasGroup(x, "title2") && x.group("title2") != null) {
            add(
                a,
                s,
                out,
                known,
                person,
                org.entity(),
                lead + "|" + x.group("title2"),
                m.text(),
                List.of(person, org),
                0.9);
          }
          taken.add(new int[] {x.start("person"), x.end("person")});
        }
      }
      for (Pattern founded : List.of(FOUNDED_BY, FRONTED_FOUNDED_BY)) {
        Matcher fb = founded.matcher(m.text());
        while (fb.find()) {
          // "The startup, founded in 2022 by Priya Nair and Tom Berg, designs ...": its founders
          Optional<Entity> org =
              fb.group("org") != null
                  ? Optional.of(m.mention(fb.group("org")).entity())
                  : coref.organization(s, m.originalOffset(fb.start()));
          String title =
              fb.group("title").toLowerCase(Locale.ROOT).startsWith("co")
                  ? "co-founder"
                  : "founder";
          for (Mention person : m.mentionsIn(fb.group("people"))) {
            org.ifPresent(
                o -> add(a, s, out, known, person, o, "|" + title, m.text(), List.of(person), 0.9));
          }
        }
      }
      Matcher b = BARE.matcher(m.text());
      while (b.find()) {
        int ps = b.start("person");
        if (taken.stream().anyMatch(t -> t[0] == ps)) {
          continue;
        }
        if (m.text().substring(0, b.start()).matches("(?s).*\\bwhose\\s+$")) {
          continue; // "an investor, whose chairman X": the title is the unnamed investor's
        }
        if (b.group().startsWith("President ")) {
          continue; // "met President Donald Trump": a head of state, not a company's president
        }
        Mention person = m.mention(b.group("person"));
        String title = b.group("title");
        Optional<Entity> guess = coref.organization(s, m.originalOffset(b.start()));
        // "Alibaba said ... . Chief executive Eddie Wu said": the company the last sentence opens
        // with. A sentence that names no organization at all ("The round brings total funding to
        // $450
        // million, Chief Executive Officer Sid Sheth said") continues the last one's subject.
        boolean noOrg = s.mentions().stream().noneMatch(x -> x.entity().type().isOrganization());
        boolean tail = m.text().substring(0, b.start()).matches("(?s).*,\\s*$");
        Optional<Entity> previous =
            b.start() == 0 || (noOrg && tail) ? coref.previousSubject(s, noOrg) : Optional.empty();
        // "Qualcomm entered the race ..., chief executive Cristiano Amon said": the company the
        // sentence names first.
        Optional<Entity> before =
            m.mentionsIn(m.text().substring(0, b.start())).stream()
                .filter(x -> x.entity().type() == org.chipkg.model.EntityType.COMPANY)
                .map(Mention::entity)
                .findFirst();
        // "Chairman and Chief Executive C.C. Wei": both titles
        List<String> titles =
            b.group("title2") == null ? List.of(title) : List.of(title, b.group("title2"));
        later.add(
            () -> {
              String k = person.entity().key() + " " + Titles.kind(title);
              Entity org =
                  known.getOrDefault(
                      k,
                      before
                          .or(() -> previous)
                          .or(() -> coref.section(s))
                          .orElse(a.topic() != null ? a.topic() : guess.orElse(null)));
              for (String t : org == null ? List.<String>of() : titles) {
                add(a, s, out, known, person, org, t, m.text(), List.of(person), 0.6);
              }
            });
      }
      for (Pattern p : AT_REFERENT) {
        Matcher r = p.matcher(m.text());
        while (r.find()) {
          if (SentenceExtractor.negated(m, r)) {
            continue;
          }
          Mention person = m.mention(r.group("person"));
          String title =
              r.group("title").toLowerCase(Locale.ROOT).contains("found")
                  ? "founder"
                  : r.group("title");
          String tense =
              Masked.hasGroup(r, "tense") && r.group("tense").matches("(?:has |had )?stepped down")
                  ? " former"
                  : Masked.hasGroup(r, "incoming")
                          && r.group("incoming") != null
                          && r.group("incoming").matches("(?:would|will|is to) .*")
                      ? " will become"
                      : "";
          List<Mention> people = new ArrayList<>(List.of(person));
          if (Masked.hasGroup(r, "partners") && r.group("partners") != null) {
            people.addAll(m.mentionsIn(r.group("partners")));
          }
          Optional<Entity> org = coref.organization(s, m.originalOffset(r.start()));
          List<String> titles = new ArrayList<>(List.of(title));
          if (Masked.hasGroup(r, "title2") && r.group("title2") != null) {
            titles.add(r.group("title2")); // "its co-founder and chief executive"
          }
          for (Mention who : people) {
            for (String t : titles) {
              org.ifPresent(
                  o ->
                      add(a, s, out, known, who, o, tense + "|" + t, m.text(), List.of(who), 0.65));
            }
          }
          taken.add(new int[] {r.start("person"), r.end("person")});
        }
      }
      Matcher wr = WHO_RAN.matcher(m.text());
      while (wr.find()) {
        Mention person = m.mention(wr.group("person"));
        String owner = wr.group("owner");
        Optional<Entity> org =
            owner.startsWith("@")
                ? Optional.of(m.mention(owner.substring(0, owner.length() - 2)).entity())
                : coref.organization(s, m.originalOffset(wr.start("owner")));
        String tense = LEFT.matcher(m.text().substring(wr.end())).find() ? " former" : "";
        org.ifPresent(
            o -> add(a, s, out, known, person, o, tense + "|head", m.text(), List.of(person), 0.7));
      }
      Matcher l = LED_BY.matcher(m.text());
      while (l.find()) {
        Mention person = m.mention(l.group("person"));
        // "an independent company led by chief executive Sandra Rivera": that title
        String title = l.group("core") != null ? l.group("core") : "head";
        coref
            .organization(s, m.originalOffset(l.start()))
            .ifPresent(
                org -> add(a, s, out, known, person, org, title, m.text(), List.of(person), 0.6));
      }
    }
    later.forEach(Runnable::run);
    return out;
  }

  private void add(
      AnnotatedArticle a,
      Sentence s,
      List<Claim> out,
      Map<String, Entity> known,
      Mention person,
      Entity org,
      String rawTitle,
      String context,
      List<Mention> used,
      double confidence) {
    if (!org.type().isOrganization()) {
      return;
    }
    String title = Titles.clean(rawTitle.substring(rawTitle.indexOf('|') + 1));
    Role.Kind kind = Titles.kind(title);
    Role role =
        new Role(person.entity(), org, kind, title, Titles.tense(rawTitle.replace('|', ' '), ""));
    if (role.tense() != Role.Tense.FORMER) {
      // a bare "CEO Tan" later means the post the person holds, not one they left
      known.putIfAbsent(person.entity().key() + " " + kind, org);
    }
    out.add(Evidence.claim(a, s, role, id(), confidence, used));
  }
}
