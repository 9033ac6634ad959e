package org.chipkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.chipkg.model.Entity;
import org.chipkg.text.Slug;

/**
 * Mints ChipKG IRIs under a configurable base (default {@code https://w3id.org/chipkg/}). Entity
 * IRIs come from safe slugs; claim and fact-node IRIs from a hash of what they state, so the same
 * fact gets the same IRI every time.
 */
public final class Iris {
  public static final String DEFAULT_BASE = "https://w3id.org/chipkg/";
  private final String base;

  public Iris(String base) {
    if (base == null || !base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
      throw new IllegalArgumentException("base must be an http(s) IRI ending in '/': " + base);
    }
    this.base = base;
  }

  public static Iris standard() {
    return new Iris(DEFAULT_BASE);
  }

  public String base() {
    return base;
  }

  public String entity(Entity e) {
    return base + "id/" + e.key();
  }

  public String named(String name) {
    return base + "id/" + Slug.of(name);
  }

  /** The article's IRI; ids are already safe ([A-Za-z0-9_.-]), others are slugged. */
  public String article(String articleId) {
    return base
        + "article/"
        + (articleId.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") ? articleId : Slug.of(articleId));
  }

  /** One IRI per article and fact. */
  public String claim(String articleId, String factKey) {
    return base + "claim/" + hash(articleId + "\n" + factKey);
  }

  /** One IRI per distinct fact, across articles. */
  public String fact(String factKey) {
    return base + "fact/" + hash(factKey);
  }

  /** One IRI per conflict, from what its sides state. */
  public String conflict(String id) {
    return base + "conflict/" + hash(id);
  }

  /** The graph that holds consolidated facts and conflicts. */
  public String consolidatedGraph() {
    return base + "graph/consolidated";
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
