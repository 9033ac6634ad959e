package org.chipkg.extract;

import static org.chipkg.extract.RolePatterns.AT_REFERENT;
import static org.chipkg.extract.RolePatterns.BARE;
import static org.chipkg.extract.RolePatterns.EXPLICIT;
import static org.chipkg.extract.RolePatterns.FOUNDED_BY;
import static org.chipkg.extract.RolePatterns.FRONTED_FOUNDED_BY;
import static org.chipkg.extract.RolePatterns.LED_BY;
import static org.chipkg.extract.RolePatterns.LEFT;
import static org.chipkg.extract.RolePatterns.NAMED_TO;
import static org.chipkg.extract.RolePatterns.PARTICIPANT;
import static org.chipkg.extract.RolePatterns.WHO_RAN;

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
  /** A quotation and at most "said" before a title: '"...," said' or '"..." '. */
  private static final Pattern QUOTE_BEFORE =
      Pattern.compile("(?s)\\s*[\"“][^\"”]*[\"”]\\s*(?:,\\s*)?(?:said|says|added|adds)?\\s*");

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
      if (!SentenceExtractor.readable(s, "P")) { // every role is held by a person it names
        continue;
      }
      Masked m = new Masked(s);
      List<int[]> taken = new ArrayList<>();
      // person key -> what the sentence says they founded
      Map<String, Entity> foundedBy = new HashMap<>();
      java.util.Set<String> explicit = new java.util.HashSet<>();
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
          explicit.add(x.start("person") + " " + Titles.kind(title));
          if (Masked.hasGroup(x, "title2") && x.group("title2") != null) {
            explicit.add(x.start("person") + " " + Titles.kind(x.group("title2")));
          }
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
            org.ifPresent(o -> foundedBy.put(person.entity().key(), o));
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
        // '"AWS is our largest customer," Chief Executive Matt Murphy said': a quotation before the
        // title names the speaker's company no more than a sentence without any would
        boolean quoted = QUOTE_BEFORE.matcher(m.text().substring(0, b.start())).matches();
        Optional<Entity> previous =
            b.start() == 0 || (noOrg && tail) || quoted
                ? coref.previousSubject(s, noOrg || quoted)
                : Optional.empty();
        // "Qualcomm entered the race ..., chief executive Cristiano Amon said": the company the
        // sentence names first.
        Optional<Entity> before =
            quoted
                ? Optional.empty()
                : m.mentionsIn(m.text().substring(0, b.start())).stream()
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
          // "X, founded by Serena Ibarra, who remains chief executive": the company she founded
          Optional<Entity> org =
              Optional.ofNullable(foundedBy.get(person.entity().key()))
                  .or(() -> coref.organization(s, m.originalOffset(r.start())));
          List<String> titles = new ArrayList<>(List.of(title));
          if (Masked.hasGroup(r, "title2") && r.group("title2") != null) {
            titles.add(r.group("title2")); // "its co-founder and chief executive"
          }
          // "X is co-founder and CEO of Y": a title already read with its company
          titles.removeIf(t -> explicit.contains(r.start("person") + " " + Titles.kind(t)));
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
      for (Pattern p : List.of(NAMED_TO, PARTICIPANT)) {
        // "X was named CFO", "X - Chief Financial Officer": at the company the article is about
        Matcher n = p.matcher(m.text());
        while (n.find()) {
          Mention person = m.mention(n.group("person"));
          if (taken.stream().anyMatch(t -> t[0] == n.start("person"))) {
            continue;
          }
          Optional<Entity> org =
              Optional.ofNullable(a.topic())
                  .or(() -> coref.organization(s, m.originalOffset(n.start())));
          List<String> titles =
              n.group("title2") == null
                  ? List.of(n.group("title"))
                  : List.of(n.group("title"), n.group("title2"));
          for (String t : titles) {
            org.ifPresent(
                o -> add(a, s, out, known, person, o, "|" + t, m.text(), List.of(person), 0.65));
          }
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
