package org.chipkg.model;

import java.util.List;
import java.util.Objects;

/**
 * A person's position in an organization, as an {@code org:Membership}.
 *
 * @param person who
 * @param organization where
 * @param kind the role concept
 * @param title the title as written, e.g. "chief executive"
 * @param tense whether the text says the role is current, former or incoming
 */
public record Role(Entity person, Entity organization, Kind kind, String title, Tense tense)
    implements Fact {
  /** Role concepts; each is a {@code skos:Concept} in {@code ck:}. */
  public enum Kind {
    CEO,
    FOUNDER,
    CHAIR,
    PRESIDENT,
    CFO,
    COO,
    CTO,
    EXECUTIVE,
    DIRECTOR,
    HEAD,
    SPOKESPERSON,
    ANALYST;

    public String localName() {
      return switch (this) {
        case FOUNDER -> "Founder";
        case CHAIR -> "Chair";
        case PRESIDENT -> "President";
        case EXECUTIVE -> "Executive";
        case DIRECTOR -> "Director";
        case HEAD -> "Head";
        case SPOKESPERSON -> "Spokesperson";
        case ANALYST -> "Analyst";
        default -> name();
      };
    }
  }

  /** When the role holds relative to the article. */
  public enum Tense {
    CURRENT,
    FORMER,
    INCOMING
  }

  public Role {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tense, "tense");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("role without title: " + person.key());
    }
  }

  @Override
  public List<Entity> entities() {
    return List.of(person, organization);
  }

  @Override
  public String key() {
    return person.key() + " " + kind.localName() + " " + organization.key() + " " + tense;
  }
}
