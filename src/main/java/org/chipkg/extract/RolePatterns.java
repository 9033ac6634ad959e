package org.chipkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/** The sentence patterns {@link RoleExtractor} reads people's roles with. */
final class RolePatterns {
  static final String O = "(?<org>@O\\d+@)";
  static final String P = "(?<person>@P\\d+@)";
  static final String T = Titles.TITLE;
  static final List<Pattern> EXPLICIT =
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
          // "Mei Tanaka-Ross, who co-founded Kairo, has joined Meridian as senior vice president"
          Pattern.compile(
              P
                  + "(?:,(?:[^;@]|@O\\d+@){0,100}?,)?\\s+(?:has\\s+|had\\s+)?(?:joined|is joining)\\s+"
                  + O
                  + "\\s+as\\s+(?:its\\s+|a\\s+|an\\s+)?(?:new\\s+)?"
                  + T),
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
                  // "executive vice president of foundry business development at Samsung", "of
                  // Azure hardware systems at Microsoft": the company after "at"
                  + "\\s+(?:of|at)\\s+(?:@O\\d+@\\s+(?=(?:[a-z][\\w-]*\\s+){1,5}?at\\s+@O))?"
                  + "(?:[a-z][\\w-]*\\s+){0,5}?(?:at\\s+)?"
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
                  + "has been named|was appointed|will take over as)\\s+(?:the\\s+|a\\s+(?=co-?founder))?(?:new\\s+)?"
                  + T
                  + "\\s+(?:of|at)\\s+"
                  + O),
          // "Erin Voss is a principal analyst at Cinder Research"
          Pattern.compile(
              P
                  + "\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?<title>analyst)\\s+(?:at|with|for)\\s+"
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
          // "Ann Lee, a Taipei-based analyst at", "an IPO analyst at": any words before the title
          Pattern.compile(
              P
                  + ",\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){1,3}?(?<title>analyst)\\s+(?:at|with|for)\\s+"
                  + O),
          // "analyst Ann Lee, who leads Harbor's chip coverage"
          Pattern.compile(
              Titles.ANALYST
                  + "\\s+"
                  + P
                  + ",\\s+who\\s+(?:leads|heads|runs|covers|oversees)\\s+"
                  + O
                  + "'s\\s+(?:[\\w-]+\\s+){0,3}?(?:coverage|research|team)\\b"),
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
  static final Pattern FOUNDED_BY =
      Pattern.compile(
          "(?:"
              + O
              + "|(?<pronoun>\\b[Tt]he (?:company|startup|firm|chipmaker)|\\bIt))"
              + ",?\\s+(?:which was\\s+|was\\s+|(?:a|an|the)\\s+[^@.;]{0,40}?)?(?<title>co-founded|cofounded|founded)"
              // "was founded in Toronto in 2016 by"
              + "\\s+(?:in\\s+[^@.;,]{1,30}?\\s+)?by\\s+(?:[^@.;]|@[OC]\\d+@){0,30}?(?<people>@P\\d+@(?:(?:,\\s*|,?\\s+and\\s+)@P\\d+@)*)");

  /** "Founded in 2021 by Arjun Mehta and Elena Sokolova, a former Intel researcher, Lumora …". */
  static final Pattern FRONTED_FOUNDED_BY =
      Pattern.compile(
          "^(?<title>Co-founded|Cofounded|Founded)\\s+(?:in\\s+\\d{4}\\s+)?by\\s+"
              + "(?<people>@P\\d+@(?:(?:,\\s*|,?\\s+and\\s+)@P\\d+@)*)"
              + "(?:,\\s+(?:a|an|the|both)\\s+[^;]{0,60}?)?,\\s+"
              + O);

  /** The person's verb after the appositive says the role is over. */
  static final Pattern LEFT =
      Pattern.compile(
          "^(?:[^;@,]{0,60},)?\\s+(?:has\\s+|had\\s+)?(?:left|resigned|departed|stepped down|quit|retired|was ousted|"
              + "was fired|was pushed out)\\b");

  /** "Justin Hotard, the executive who ran its data center group": a head of "its" company. */
  static final Pattern WHO_RAN =
      Pattern.compile(
          P
              + ",\\s+(?:the|an?)\\s+(?:[\\w-]+\\s+)?(?:executive|official|manager|engineer|veteran)\\s+who\\s+"
              + "(?:ran|runs|led|leads|oversaw|oversees|headed|heads)\\s+(?<owner>its|the company's|@O\\d+@'s)\\s+"
              + "[^@;,]{0,80}?(?:group|unit|division|business|team|operations|efforts)\\b,?");

  /**
   * Roles at a company the sentence only refers to: "Rodrigo Liang, who co-founded the Palo Alto
   * company in 2017", "X will step down as CEO".
   */
  static final List<Pattern> AT_REFERENT =
      List.of(
          Pattern.compile(
              P
                  + "(?:,\\s+who|(?:,[^;@]{0,80}?,)?\\s+(?:also\\s+)?)\\s*(?<title>co-founded|founded)\\s+"
                  + "(?:the\\s+[^@;]{0,40}?(?:company|startup|firm|chipmaker|business)\\b|it\\b)"
                  // "founded the company in 2016 with Douglas Wightman": the partners too
                  + "(?:\\s+in\\s+\\d{4})?(?:\\s+with\\s+(?<partners>@P\\d+@(?:(?:,\\s*|,?\\s+and\\s+)@P\\d+@)*))?"),
          // "Gavin Uberti, who co-founded the company in 2022, is its CEO", "Reiner Pope is CEO.",
          // "Tomás Ferreira, Orinda's other co-founder, remains chief technology officer"
          Pattern.compile(
              P
                  + "(?:,\\s+who|,(?:[^;@]|@O\\d+@){0,100}?,)?\\s+(?:is|remains|serves as|became)\\s+(?:its\\s+|the company's\\s+)?(?:new\\s+)?"
                  + T
                  + "(?=\\s*[.;,]|\\s+and\\b)"),
          // "with Helen Zhou as its general manager"
          Pattern.compile(
              "\\bwith\\s+"
                  + P
                  + "\\s+as\\s+(?:its|their|the company's|the unit's)\\s+(?:new\\s+)?"
                  + T),
          // "Mehra would hand the chief executive job to Katherine Vollmer"
          Pattern.compile(
              "\\b(?<incoming>(?:would|will|is to)\\s+hand|hands|handed|passed|gave)\\s+(?:the\\s+|its\\s+)?"
                  + T
                  + "\\s+(?:job|post|role|title|reins)\\s+(?:over\\s+)?to\\s+"
                  + P),
          // "its president, Sunny Madra,", "Simon Edwards, its chief financial officer,"
          Pattern.compile(
              "\\b(?:[Ii]ts|[Tt]heir|[Tt]he company's)\\s+(?:new\\s+)?" + T + ",\\s+" + P),
          Pattern.compile(
              P
                  + ",\\s+(?:its|their|the company's|our)\\s+(?:new\\s+)?"
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

  /**
   * A role given without saying where, which news means at the company the article is about: "David
   * Okonkwo was named vice president of worldwide sales", "Priya Natarajan, who had been ..., was
   * promoted to chief operating officer in March".
   */
  static final Pattern NAMED_TO =
      Pattern.compile(
          P
              + "(?:,(?:[^;@]|@O\\d+@){0,100}?,)?\\s+(?:was|has been|had been|is being)\\s+"
              + "(?:named|appointed|promoted to|elevated to|elected)\\s+(?:as\\s+)?(?:its\\s+|the company's\\s+)?"
              + "(?:new\\s+)?"
              + T
              + "(?:\\s+(?:of|for)\\s+[^@.;,]{1,40}?)?"
              + "(?=\\s*[.;,]|\\s+(?:and|in|on|last|this|effective|after|replacing|succeeding)\\b)");

  /**
   * A call's participants list, one a line: "Jane Roe - Executive Vice President and Chief
   * Financial Officer", "John Doe - Chairman, President and CEO" (the company the call is about).
   */
  static final Pattern PARTICIPANT =
      Pattern.compile("^" + P + "\\s+[-–—]\\s+(?:[^@,]{1,40},\\s+)?" + T + "(?:,\\s+[^@]{1,40})?$");

  static final Pattern BARE = Pattern.compile("(?<![@\\w'])(?<!'s )" + T + ",?\\s+" + P);
  static final Pattern LED_BY =
      Pattern.compile(
          "(?<title>team|unit|group|division|company|startup|firm|business) (?:(?:is|was|has been) )?(?:led|run|headed) by\\s+"
              + "(?:its\\s+)?(?:(?<core>"
              + Titles.CORE
              + ")\\s+)?"
              + P);

  private RolePatterns() {}
}
