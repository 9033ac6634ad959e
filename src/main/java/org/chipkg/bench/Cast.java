package org.chipkg.bench;

import java.util.SplittableRandom;

/**
 * Who and what one generated article is about: a lead company and its rival, a partner, two
 * executives, two chips of the lead company, a foundry and a subsidiary.
 */
record Cast(
    String company,
    String rival,
    String partner,
    String ceo,
    String executive,
    String chip,
    String chip2,
    String foundry,
    String subsidiary) {

  static Cast random(SplittableRandom r) {
    String company = NameParts.company(r);
    String rival = distinct(r, company);
    String partner = distinct(r, company, rival);
    String ceo = NameParts.person(r);
    String executive = NameParts.person(r);
    while (executive.equals(ceo)) {
      executive = NameParts.person(r);
    }
    String chip = NameParts.chip(r);
    String chip2 = NameParts.chip(r);
    while (chip2.equals(chip)) {
      chip2 = NameParts.chip(r);
    }
    String subsidiary = distinct(r, company, rival, partner);
    return new Cast(
        company, rival, partner, ceo, executive, chip, chip2, NameParts.foundry(r), subsidiary);
  }

  private static String distinct(SplittableRandom r, String... taken) {
    while (true) {
      String c = NameParts.company(r);
      if (!java.util.Arrays.asList(taken).contains(c)) {
        return c;
      }
    }
  }

  /** The surname, for later references ("Okafor said"). */
  static String surname(String person) {
    return person.substring(person.lastIndexOf(' ') + 1);
  }
}
