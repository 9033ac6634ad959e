package org.chipkg.consolidate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.chipkg.rdf.Iris;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.ORG;

/**
 * Reads claims from the dataset through its indexes (by fact key, by entity in a given position),
 * caching articles and claims for the length of one refresh.
 */
final class Reader {
  private final DatasetGraph dsg;
  private final String claimPrefix;
  private final String entityPrefix;
  private final Node consolidated;
  private final Map<Node, ArticleInfo> articles;
  private final Map<Node, StatedFact> claims = new HashMap<>();
  private final Map<Node, String> labels = new HashMap<>();
  private final Map<Node, List<Node>> parents = new HashMap<>();
  private final Map<List<Node>, Boolean> partOf = new HashMap<>();

  /**
   * A reader whose article descriptions come from {@code articles}, a map that plans of the same
   * refresh may share across threads (they read the same committed state).
   */
  Reader(DatasetGraph dsg, Iris iris, Node consolidated, Map<Node, ArticleInfo> articles) {
    this.articles = articles;
    this.dsg = dsg;
    this.claimPrefix = iris.base() + "claim/";
    this.entityPrefix = iris.base() + "id/";
    this.consolidated = consolidated;
  }

  /** Every claim of the fact, across articles. */
  List<StatedFact> claimsOf(String key) {
    List<StatedFact> out = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, CK.factKey.asNode(), NodeFactory.createLiteralString(key))
        .forEachRemaining(
            q -> {
              if (!q.getGraph().equals(consolidated)) {
                out.add(claim(q.getSubject(), q.getGraph(), key));
              }
            });
    return out;
  }

  /** The entities a claim names. */
  Set<Node> entitiesOf(Node claim) {
    Set<Node> out = new LinkedHashSet<>();
    dsg.find(claim, Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining(
            q -> {
              for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(entityPrefix)) {
                  out.add(n);
                }
              }
            });
    return out;
  }

  /** Claims where the entity is in a position some conflict rule looks at. */
  List<StatedFact> factsAbout(Node e, Set<Node> singleProperties) {
    Map<Node, StatedFact> out = new LinkedHashMap<>();
    List<Quad> hits = new ArrayList<>();
    for (Node p :
        List.of(
            ORG.organization.asNode(),
            ORG.member.asNode(),
            CK.chip.asNode(),
            CK.subject.asNode())) {
      dsg.find(Node.ANY, Node.ANY, p, e).forEachRemaining(hits::add);
    }
    for (Node p : singleProperties) {
      dsg.find(Node.ANY, e, p, Node.ANY).forEachRemaining(hits::add);
    }
    for (Quad q : hits) {
      Node g = q.getGraph();
      if (g.isURI() && g.getURI().startsWith(claimPrefix) && !out.containsKey(g)) {
        StatedFact f = claim(g);
        if (f != null) {
          out.put(g, f);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  String label(Node e) {
    return labels.computeIfAbsent(
        e,
        n -> {
          var it = dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY);
          try {
            if (it.hasNext()) {
              return it.next().getObject().getLiteralLexicalForm();
            }
          } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
          }
          String uri = n.getURI();
          return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
        });
  }

  /** True when {@code a} is a subsidiary or generation of {@code b}, directly or through others. */
  boolean partOf(Node a, Node b) {
    return partOf.computeIfAbsent(List.of(a, b), k -> reaches(a, b));
  }

  private boolean reaches(Node a, Node b) {
    Deque<Node> todo = new ArrayDeque<>(List.of(a));
    Set<Node> seen = new HashSet<>();
    while (!todo.isEmpty() && seen.size() < 50) {
      Node x = todo.pop();
      if (!seen.add(x)) {
        continue;
      }
      for (Node up : parents(x)) {
        if (up.equals(b)) {
          return true;
        }
        todo.push(up);
      }
    }
    return false;
  }

  /** What the entity is directly a subsidiary or generation of, in any claim. */
  private List<Node> parents(Node x) {
    return parents.computeIfAbsent(
        x,
        n -> {
          List<Node> out = new ArrayList<>();
          for (Node p : List.of(CK.subsidiaryOf.asNode(), CK.generationOf.asNode())) {
            dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
          }
          return out;
        });
  }

  private StatedFact claim(Node claim) {
    if (claims.containsKey(claim)) {
      return claims.get(claim);
    }
    var it = dsg.find(Node.ANY, claim, CK.factKey.asNode(), Node.ANY);
    try {
      while (it.hasNext()) {
        Quad q = it.next();
        if (!q.getGraph().equals(consolidated)) {
          return claim(claim, q.getGraph(), q.getObject().getLiteralLexicalForm());
        }
      }
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
    return null;
  }

  private StatedFact claim(Node claim, Node article, String key) {
    return claims.computeIfAbsent(
        claim,
        c ->
            StatedFact.read(
                dsg, c, key, articles.computeIfAbsent(article, a -> ArticleInfo.read(dsg, a))));
  }
}
