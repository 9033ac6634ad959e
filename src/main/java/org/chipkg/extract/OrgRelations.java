package org.chipkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.text.Coreference;

/** Shared pieces of the organization-relation extractors. */
final class OrgRelations {
  /** One or more organization slots in a list: "@O1@, @O2@, and @O3@". */
  static final String ORGS = "(?<objs>@O\\d+@(?:(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)@O\\d+@)*)";

  private OrgRelations() {}

  /**
   * The subject of a relation matched at {@code x}: the first organization of the sentence before
   * the match, else what "it"/"the company" refers to.
   */
  static Optional<Entity> subject(Coreference coref, Masked m, Matcher x) {
    String before = m.text().substring(0, x.start());
    for (Mention c : m.mentionsIn(before)) {
      if (c.entity().type().isOrganization()) {
        return Optional.of(c.entity());
      }
    }
    return coref.organization(m.sentence(), m.originalOffset(x.start()));
  }

  static List<Mention> orgs(Masked m, String slots) {
    return m.mentionsIn(slots).stream().filter(c -> c.entity().type().isOrganization()).toList();
  }
}
