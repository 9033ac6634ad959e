package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.chipkg.vocab.CK;

/**
 * The claims a writer stored since the consolidation was last refreshed, read from the quads it
 * wrote instead of back from the store, so that a deferred refresh only looks up which claims a
 * fact or an entity has. It must mirror the store: the writer forgets an article before removing or
 * replacing it and remembers it once its quads have committed. It holds at most {@code limit}
 * claims (later ones are read from the store as before), and none whose reading from the store
 * would depend on index order (a property with two values where the first is taken).
 *
 * <pre>{@code
 * WrittenClaims w = new WrittenClaims(100_000, store::asStored);
 * w.forget(article);            // before the write transaction
 * w.remember(article, quads);   // after it commits
 * }</pre>
 */
public final class WrittenClaims {
  /** A claim as {@link Reader} would read it, and the IRIs its graph names, in order. */
  record Read(StatedFact fact, Set<Node> iris) {}

  private final int limit;
  private final UnaryOperator<Node> asStored;
  private final Map<Node, Read> claims = new ConcurrentHashMap<>();
  private final Map<Node, List<Node>> byArticle = new ConcurrentHashMap<>();

  /** Remembers nothing: every claim is read from the store. */
  public WrittenClaims() {
    this(0, n -> n);
  }

  /**
   * @param limit how many claims it holds at most
   * @param asStored the term the store gives back for a term written to it (TDB2 writes some
   *     literals in a canonical form: "50"^^xsd:decimal comes back as "50.0")
   */
  public WrittenClaims(int limit, UnaryOperator<Node> asStored) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    this.limit = limit;
    this.asStored = java.util.Objects.requireNonNull(asStored, "asStored");
  }

  /** Reads the claims of an article from the quads just committed for it (all its graphs). */
  public void remember(Node article, List<Quad> quads) {
    forget(article);
    if (claims.size() >= limit) {
      return;
    }
    Map<Node, List<Quad>> byGraph = new HashMap<>();
    for (Quad q : quads) {
      if (!q.isDefaultGraph()) {
        Node o = q.getObject().isLiteral() ? asStored.apply(q.getObject()) : q.getObject();
        byGraph
            .computeIfAbsent(q.getGraph(), g -> new ArrayList<>())
            .add(
                o == q.getObject()
                    ? q
                    : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), o));
      }
    }
    GraphView articleGraph = GraphView.of(byGraph.getOrDefault(article, List.of()));
    if (ArticleInfo.SINGLE.stream().anyMatch(p -> articleGraph.count(article, p) > 1)) {
      return;
    }
    ArticleInfo info = ArticleInfo.read(articleGraph, article);
    List<Node> read = new ArrayList<>();
    articleGraph
        .find(Node.ANY, CK.factKey.asNode())
        .forEachRemaining(
            k -> {
              Node claim = k.getSubject();
              GraphView g = GraphView.of(byGraph.getOrDefault(claim, List.of()));
              String key = k.getObject().getLiteralLexicalForm();
              if (articleGraph.count(claim, CK.factKey.asNode()) == 1 && exact(g, key)) {
                claims.put(claim, new Read(StatedFact.read(g, claim, key, info), iris(g)));
                read.add(claim);
              }
            });
    byArticle.put(article, read);
  }

  /** Drops what was remembered of the article (about to be removed or replaced). */
  public void forget(Node article) {
    List<Node> old = byArticle.remove(article);
    if (old != null) {
      old.forEach(claims::remove);
    }
  }

  /** Drops everything (the refresh it served has committed). */
  public void clear() {
    claims.clear();
    byArticle.clear();
  }

  public int size() {
    return claims.size();
  }

  /** The claim as remembered, or null. */
  Read get(Node claim) {
    return claims.get(claim);
  }

  /** True when reading the claim graph cannot depend on the order a store returns its quads in. */
  private static boolean exact(GraphView g, String key) {
    List<Node> nodes = new ArrayList<>();
    g.find(Node.ANY, RDF.type.asNode())
        .forEachRemaining(
            q -> {
              if (StatedFact.factType(q.getObject())) {
                nodes.add(q.getSubject());
              }
            });
    if (nodes.size() > 1) {
      return false;
    }
    if (nodes.isEmpty()) {
      return g.count(Node.ANY, StatedFact.relation(key)) <= 1;
    }
    Set<Node> predicates = new java.util.HashSet<>();
    for (var it = g.find(nodes.get(0), Node.ANY); it.hasNext(); ) {
      Node p = it.next().getPredicate();
      if (!p.equals(RDF.type.asNode()) && !predicates.add(p)) {
        return false; // the first of two values would be the store's index order's pick
      }
    }
    return true;
  }

  private static Set<Node> iris(GraphView g) {
    Set<Node> out = new LinkedHashSet<>();
    g.find(Node.ANY, Node.ANY)
        .forEachRemaining(
            q -> {
              for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI()) {
                  out.add(n);
                }
              }
            });
    return out;
  }
}
