package org.chipkg.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipkg.rdf.Entailment;
import org.chipkg.rdf.Iris;
import org.chipkg.vocab.CK;

/**
 * Keeps the consolidated graph current. The store calls it inside its write transaction: {@link
 * #touched} before an article's claims are removed and after its new claims are written, then
 * {@link #refresh} for what was touched, so an ingest or a removal costs in proportion to the facts
 * and entities it concerns, not to the store.
 *
 * <pre>{@code
 * Consolidator c = Consolidator.builder().ontology(Entailment.standard().ontology()).build();
 * Consolidator.Touched t = c.touched(dsg, article);
 * // ... replace the article's graphs ...
 * c.refresh(dsg, t.plus(c.touched(dsg, article)));
 * }</pre>
 */
public final class Consolidator {
  /** Fact keys and entities whose consolidation must be redone. */
  public record Touched(Set<String> keys, Set<Node> entities) {
    public Touched {
      keys = Set.copyOf(keys);
      entities = Set.copyOf(entities);
    }

    public Touched plus(Touched o) {
      Set<String> k = new LinkedHashSet<>(keys);
      k.addAll(o.keys);
      Set<Node> e = new LinkedHashSet<>(entities);
      e.addAll(o.entities);
      return new Touched(k, e);
    }

    public boolean isEmpty() {
      return keys.isEmpty() && entities.isEmpty();
    }
  }

  /** Quads to delete from and add to the consolidated graph. */
  public record Plan(List<Quad> deletions, List<Quad> additions) {
    public Plan {
      deletions = List.copyOf(deletions);
      additions = List.copyOf(additions);
    }
  }

  /**
   * Article descriptions read by the plans of one refresh, shared by plans that read the same
   * committed state (thread-safe).
   */
  public static final class SharedReads {
    private final Map<Node, ArticleInfo> articles = new ConcurrentHashMap<>();
  }

  private final Iris iris;
  private final ConflictRules rules;
  private final Node graph;
  private final BiConsumer<DatasetGraph, List<Quad>> bulkAdd;

  private Consolidator(Iris iris, Graph ontology, BiConsumer<DatasetGraph, List<Quad>> bulkAdd) {
    this.iris = iris;
    this.bulkAdd = bulkAdd;
    this.rules = ConflictRules.from(ontology);
    this.graph = NodeFactory.createURI(iris.consolidatedGraph());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** With the standard IRIs and the bundled ontology. */
  public static Consolidator standard() {
    return builder().build();
  }

  /** The IRI of the graph that holds facts and conflicts. */
  public String graphIri() {
    return graph.getURI();
  }

  /**
   * The fact keys of the article's claims, and the entities in the positions a conflict rule looks
   * at: a role's organization and person, a status's chip, a figure's subject, the subject of a
   * single-valued relation (and, when that relation is a part-of link, the entities that hang below
   * it, whose exemptions it may change).
   */
  public Touched touched(DatasetGraph dsg, Node article) {
    return Touches.inStore(rules, dsg, article);
  }

  /**
   * The same as {@link #touched(DatasetGraph, Node)} for an article whose graphs are given as quads
   * (just written, so the store need not be read back for them); only the entities below a part-of
   * subject are looked up in the store.
   */
  public Touched touched(Node article, List<Quad> quads, DatasetGraph store) {
    return Touches.inQuads(rules, article, quads, store);
  }

  /**
   * The changes to the consolidated graph that bring it up to date for what was touched, computed
   * by reading only: a plan for the caller to {@link #apply}. Resources planned for different fact
   * keys and different entities are disjoint, so plans for parts of a {@link Touched} can be made
   * separately (in parallel read transactions of the state the writer starts from) and applied
   * together.
   */
  public Plan plan(DatasetGraph dsg, Touched t) {
    return plan(dsg, t, new SharedReads());
  }

  /**
   * {@link #plan(DatasetGraph, Touched)} with what the plans of one refresh read alike (the
   * articles' dates, outlets and signatures) kept once for all of them, across threads.
   */
  public Plan plan(DatasetGraph dsg, Touched t, SharedReads shared) {
    Reader reader = new Reader(dsg, iris, graph, shared.articles);
    Resources writes = new Resources(dsg, graph);
    for (String key : t.keys()) {
      Node fact = NodeFactory.createURI(iris.fact(key));
      List<StatedFact> claims = reader.claimsOf(key);
      if (claims.isEmpty()) {
        writes.remove(fact);
      } else {
        Set<Node> involves = reader.entitiesOf(claims.get(0).claim());
        writes.replace(fact, Support.quads(graph, fact, key, claims, involves));
      }
    }
    ConflictFinder finder = new ConflictFinder(rules, reader::label, reader::partOf);
    for (Node e : t.entities()) {
      Set<Node> old = new LinkedHashSet<>();
      dsg.find(graph, Node.ANY, CK.involves.asNode(), e)
          .forEachRemaining(
              q -> {
                if (q.getSubject().getURI().startsWith(iris.base() + "conflict/")) {
                  old.add(q.getSubject());
                }
              });
      for (Conflict c : finder.find(e, reader.factsAbout(e, rules.singleProperties()))) {
        Node node = NodeFactory.createURI(iris.conflict(c.id()));
        writes.replace(node, quads(node, c));
        old.remove(node);
      }
      old.forEach(writes::remove);
    }
    return writes.plan();
  }

  /** Applies a plan inside the caller's write transaction: its deletions, then its additions. */
  public void apply(DatasetGraph dsg, Plan plan) {
    plan.deletions().forEach(dsg::delete);
    bulkAdd.accept(dsg, plan.additions());
  }

  /** Recomputes the support of the touched facts and the conflicts about the touched entities. */
  public void refresh(DatasetGraph dsg, Touched t) {
    apply(dsg, plan(dsg, t));
  }

  /**
   * Marks the consolidated graph as behind the claims (a bulk ingest deferring its refresh), or
   * clears the mark; both inside the caller's write transaction.
   */
  public void markPending(DatasetGraph dsg, boolean pending) {
    Quad mark =
        Quad.create(
            graph,
            graph,
            CK.refreshPending.asNode(),
            NodeFactory.createLiteralDT(
                "true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
    if (pending) {
      dsg.add(mark);
    } else {
      dsg.delete(mark);
    }
  }

  /**
   * True when the consolidated graph cannot be trusted: the store has articles but no consolidated
   * graph (written before consolidation existed), or a deferred refresh never ran (a crash
   * mid-load).
   */
  public boolean stale(DatasetGraph dsg) {
    if (dsg.contains(graph, graph, CK.refreshPending.asNode(), Node.ANY)) {
      return true;
    }
    return !dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()
        && dsg.find(
                Node.ANY,
                Node.ANY,
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.chipkg.vocab.SCHEMA.NewsArticle.asNode())
            .hasNext();
  }

  /** Rebuilds the whole consolidated graph from the claims in the store. */
  public void rebuild(DatasetGraph dsg) {
    dsg.removeGraph(graph);
    Touched all = new Touched(Set.of(), Set.of());
    List<Node> articles = new ArrayList<>();
    dsg.find(
            Node.ANY,
            Node.ANY,
            org.apache.jena.vocabulary.RDF.type.asNode(),
            org.chipkg.vocab.SCHEMA.NewsArticle.asNode())
        .forEachRemaining(
            q -> {
              if (q.getGraph().equals(q.getSubject())) {
                articles.add(q.getSubject());
              }
            });
    for (Node a : articles) {
      all = all.plus(touched(dsg, a));
    }
    refresh(dsg, all);
  }

  private List<Quad> quads(Node node, Conflict c) {
    List<Quad> qs = new ArrayList<>();
    qs.add(
        Quad.create(
            graph, node, org.apache.jena.vocabulary.RDF.type.asNode(), CK.Conflict.asNode()));
    qs.add(Quad.create(graph, node, CK.rule.asNode(), c.rule()));
    qs.add(
        Quad.create(graph, node, CK.reason.asNode(), NodeFactory.createLiteralString(c.reason())));
    qs.add(Quad.create(graph, node, CK.involves.asNode(), c.focus()));
    Map<String, List<StatedFact>> sides = c.sides();
    for (Map.Entry<String, List<StatedFact>> side : sides.entrySet()) {
      qs.add(
          Quad.create(
              graph,
              node,
              CK.conflictingFact.asNode(),
              NodeFactory.createURI(iris.fact(side.getKey()))));
      for (StatedFact f : side.getValue()) {
        qs.add(Quad.create(graph, node, CK.conflictingClaim.asNode(), f.claim()));
      }
    }
    return qs;
  }

  /** Builder: the IRIs to mint with and the ontology whose annotations give the rules. */
  public static final class Builder {
    private Iris iris = Iris.standard();
    private Graph ontology;
    private BiConsumer<DatasetGraph, List<Quad>> bulkAdd = (dsg, quads) -> quads.forEach(dsg::add);

    public Builder iris(Iris iris) {
      this.iris = Objects.requireNonNull(iris, "iris");
      return this;
    }

    public Builder ontology(Graph ontology) {
      this.ontology = Objects.requireNonNull(ontology, "ontology");
      return this;
    }

    /**
     * How a refresh writes the quads it adds, all at once at its end inside the caller's
     * transaction (default: one {@code add} per quad); the store passes its parallel index writer.
     */
    public Builder bulkAdd(BiConsumer<DatasetGraph, List<Quad>> bulkAdd) {
      this.bulkAdd = Objects.requireNonNull(bulkAdd, "bulkAdd");
      return this;
    }

    public Consolidator build() {
      return new Consolidator(
          iris, ontology != null ? ontology : Entailment.standard().ontology(), bulkAdd);
    }
  }
}
