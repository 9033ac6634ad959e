package org.chipkg.text;

import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and shapes shared by the name finders: words that never start or join a name. */
final class NameWords {
  static final Set<String> STOP =
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
          // pronouns ("Her co-founder, X, is ..."; "My co-founder X"); not "He", a surname
          "My",
          "Her",
          "His",
          "She",
          "We",
          "They",
          "Them",
          "Him",
          // "Deputy Chair Ana Ruiz": a title, not a company before it ("Vice" is listed above)
          "Deputy",
          "Big",
          "Top",
          "Rise",
          "Inside",
          "Startup",
          "Chipmaker",
          "Rival",
          "Parent",
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
          "Co-author",
          // "Commerce Secretary Howard Lutnick", "Prime Minister Narendra Modi"
          "Secretary",
          "Minister",
          "Co-CEO",
          "Co-Founder",
          "Cofounder",
          "Ultra",
          "Pro",
          "Max",
          "Plus",
          "Mini");
  static final Pattern COMPANY_SUFFIX =
      Pattern.compile(
          "Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|LLC|Labs|Technologies|Systems|Semiconductor|"
              + "Semiconductors|Networks|Computing|Robotics|Holdings|Group|Microsystems|"
              + "Electronics|Devices|Instruments|Sons|Computer|Industries|Laboratories|Platforms|Photonics|"
              + "Telecom|Research|Compute|Silicon|Accelerators");

  /** "C.C. Wei", "J. Smith": initials before a name. */
  static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");

  static final Pattern CODE = Pattern.compile("(?=.*\\p{L})(?=.*\\p{N})[\\p{L}\\p{N}-]+");

  /** The legal form after a company's name, no part of the name itself. */
  static final Pattern LEGAL_SUFFIX =
      Pattern.compile("Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|LLC|Plc|Co\\.?");

  /** Verbs of title-case headlines ("Halvard Unveils Fjord-3"), never the start of a name. */
  static final Pattern HEADLINE_VERB =
      Pattern.compile(
          "Unveils|Unveil|Launches|Launch|Announces|Introduces|Debuts|Releases|Ships|Raises|Buys|"
              + "Acquires|Taps|Picks|Wins|Lands|Signs|Expands|Files|Names|Hires|Plans|Beats|Posts|"
              + "Reports|Forecasts|Sees|Says|Adds|Cuts|Rolls|Readies|Delays|Targets|Challenges|Takes|"
              + "Bets|Inks|Partners|Teams|Joins|Opens|Begins|Starts|Enters|Hits|Tops|Reveals|Shows");

  /** A foundry's name for a process node ("TSMC's N2", "N3P"), when a foundry owns it. */
  static final Pattern FOUNDRY_NODE = Pattern.compile("[NA]\\d{1,2}[A-Z]?|SF\\d[A-Z]?");

  /** "Blackwell Ultra", "M4 Max": a variant of a known chip is a chip of its own. */
  static final Pattern VARIANT = Pattern.compile(MentionFinder.VARIANT_WORDS);

  /** "China-specific H20", "Arm-based Cobalt": a hyphenated adjective before a name. */
  static final Pattern ADJECTIVE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}\\p{N}]*-(?:specific|based|made|designed|built|focused|only|class|grade)");

  /** "Third-generation Fjord chip": an ordinal before a product's name is no part of it. */
  static final Pattern ORDINAL =
      Pattern.compile(
          "(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Next|Latest|New)"
              + "(?:-generation)?");

  /** The kind of product after a product's name in a title-case line ("Fjord-3 Accelerator"). */
  static final Pattern PRODUCT_KIND =
      Pattern.compile("Accelerators?|Chips?|Processors?|GPUs?|CPUs?|NPUs?|Superchips?");

  /**
   * A word that ends a company's name though it also stands alone ("Nordlys Cloud", "Hon Hai
   * Precision Industry").
   */
  static final Pattern NAME_END = Pattern.compile("Cloud|AI|Industry");

  /** What may follow such a last word: punctuation, a possessive, a title or a verb. */
  static final Pattern AFTER_NAME_END =
      Pattern.compile(
          "(?:[,.;:)]|['’]s\\b|\\s+(?:co-founder|founder|chief|CEO|president|said|says|is|was|has|"
              + "had|will|would|raised|announced|reported|signed|plans|agreed|uses|used)\\b)");

  /**
   * Words that end the name of a department, firm or office, never a person's: "Corporate Vice
   * President, Investor Relations", "analyst at Renmark Research".
   */
  static final Pattern NOT_PERSON_END =
      Pattern.compile(
          "Relations|Affairs|Operations|Marketing|Sales|Engineering|Research|Finance|Communications|"
              + "Strategy|Development|Products|Capital|Partners|Securities|Ventures|Investment|"
              + "Investments|Consulting|Markets|Management|Advisors|Advisory|Bank|Fund");

  /** The last word of a department's name ("Investor Relations"), which names no company. */
  static final Pattern DEPARTMENT =
      Pattern.compile("Relations|Affairs|Operations|Marketing|Sales|Communications|Strategy");

  /** A particle of a surname ("Pieter de Vries", "Ursula von der Leyen"), never a name alone. */
  static final Pattern PARTICLE =
      Pattern.compile("de|van|von|der|den|da|di|del|della|du|dos|das|le|la|bin|al");

  /** "SiMa.ai", "Character.ai": a company named by its web address. */
  static final Pattern DOMAIN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}-]*\\.(?:ai|io|com)");

  private NameWords() {}
}
