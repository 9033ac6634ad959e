package org.chipkg.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names built from seeded parts: companies, people, chips and foundries, most of them unknown to
 * the lexicon (so the context rules are exercised), some well-known ones mixed in.
 */
final class NameParts {
  private static final List<String> HEADS =
      List.of(
          "Vor", "Lum", "Quan", "Neu", "Syn", "Cere", "Heli", "Axi", "Tera", "Xyl", "Ond", "Kry",
          "Zen", "Ori", "Nim", "Pho", "Astr", "Cobal", "Defi", "Elan", "Fulc", "Grav", "Hyp", "Iri",
          "Jov", "Kin", "Lyr", "Magn", "Nov", "Opt", "Pyr", "Rad", "Sol", "Tor", "Ult", "Vel",
          "Wav", "Ys", "Zyph", "Argo", "Bril", "Cyn");
  private static final List<String> TAILS =
      List.of(
          "atex", "ina", "tum", "ra", "apse", "bral", "os", "on", "ix", "ara", "ex", "ium", "ova",
          "eon", "aris", "ent", "ica", "yn", "ora", "alis", "us", "ity", "aro", "ena");
  private static final List<String> COMPANY_SUFFIXES =
      List.of(
          "Systems",
          "Semiconductor",
          "Labs",
          "Technologies",
          "Computing",
          "Microsystems",
          "Networks",
          "Devices",
          "Electronics",
          "Inc.",
          "Corp.");
  private static final List<String> KNOWN_COMPANIES =
      List.of(
          "Nvidia",
          "AMD",
          "Intel",
          "Google",
          "Microsoft",
          "Meta",
          "Amazon",
          "Broadcom",
          "Qualcomm",
          "OpenAI",
          "Anthropic",
          "Apple",
          "Oracle",
          "Micron");
  private static final List<String> FIRST =
      List.of(
          "Maria", "James", "Wei", "Priya", "Daniel", "Sofia", "Kenji", "Amara", "Lucas", "Elena",
          "Omar", "Hannah", "Ravi", "Chloe", "Mateo", "Ingrid", "Tariq", "Yuki", "Grace", "Felix",
          "Nadia", "Samuel", "Leila", "Victor", "Mei", "Andre", "Zara", "Hugo", "Anya", "Diego",
          "Freya", "Kwame", "Lena", "Rohan", "Clara", "Jonas", "Ayesha", "Marcus", "Noor", "Paul");
  private static final List<String> LAST =
      List.of(
          "Alvarez",
          "Brennan",
          "Chen",
          "Dubois",
          "Eriksen",
          "Fujita",
          "Garcia",
          "Hartmann",
          "Iyer",
          "Jansen",
          "Kowalski",
          "Lindqvist",
          "Moreau",
          "Nakamura",
          "Okafor",
          "Petrov",
          "Quinlan",
          "Rossi",
          "Schneider",
          "Tanaka",
          "Ueda",
          "Varga",
          "Whitfield",
          "Xu",
          "Yilmaz",
          "Zhang",
          "Abbott",
          "Bianchi",
          "Castillo",
          "Delacroix",
          "Ferreira",
          "Gupta",
          "Holm",
          "Ibrahim",
          "Kaur",
          "Larsen",
          "Mendoza",
          "Novak",
          "Osei",
          "Park",
          "Reyes",
          "Sato");
  private static final List<String> CHIP_WORDS =
      List.of(
          "Helix",
          "Orion",
          "Vortex",
          "Photon",
          "Nimbus",
          "Quasar",
          "Falcon",
          "Zephyr",
          "Atlas",
          "Cobalt",
          "Titanium",
          "Aurora",
          "Meridian",
          "Pulsar",
          "Tempest",
          "Sirius",
          "Vega",
          "Cascade",
          "Onyx",
          "Spectra");
  private static final List<String> KNOWN_FOUNDRIES =
      List.of("TSMC", "Samsung Foundry", "GlobalFoundries", "SMIC", "Intel Foundry");

  private NameParts() {}

  static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** A company: one of a few known ones (one in four), else a made-up name with a suffix. */
  static String company(SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return pick(r, KNOWN_COMPANIES);
    }
    return stem(r) + " " + pick(r, COMPANY_SUFFIXES);
  }

  static String person(SplittableRandom r) {
    return pick(r, FIRST) + " " + pick(r, LAST);
  }

  /** A chip: a word and a generation ("Helix 3"), or a code ("VX-200", "NX500"). */
  static String chip(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> pick(r, CHIP_WORDS) + " " + (2 + r.nextInt(8));
      case 1 ->
          (char) ('A' + r.nextInt(26))
              + ""
              + (char) ('A' + r.nextInt(26))
              + "-"
              + (100 * (1 + r.nextInt(9)));
      default -> pick(r, CHIP_WORDS) + (char) ('A' + r.nextInt(26)) + (10 + r.nextInt(90));
    };
  }

  /** A foundry: a known one (two in three) or "Name Foundry". */
  static String foundry(SplittableRandom r) {
    return r.nextInt(3) < 2 ? pick(r, KNOWN_FOUNDRIES) : stem(r) + " Foundry";
  }

  private static String stem(SplittableRandom r) {
    return pick(r, HEADS) + pick(r, TAILS);
  }
}
