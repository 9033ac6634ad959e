package org.chipkg.rdf;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.chipkg.model.ArticleMetadata;
import org.chipkg.model.Entity;
import org.chipkg.model.Mention;
import org.chipkg.text.AnnotatedArticle;
import org.chipkg.text.Sentence;
import org.chipkg.text.TextSignature;
import org.chipkg.vocab.CK;
import org.chipkg.vocab.SCHEMA;

/** Article and entity descriptions, written into the article's graph. */
final class Descriptions {
  private static final String WIKIDATA = "http://www.wikidata.org/entity/";
  private static final String DBPEDIA = "http://dbpedia.org/resource/";

  /** Classpath location of the DBpedia names (copied from {@code ontology/dbpedia.tsv}). */
  static final String DBPEDIA_RESOURCE = "/ontology/dbpedia.tsv";

  /** Wikidata id to DBpedia resource name, for the entities whose DBpedia page was verified. */
  private static final Map<String, String> DBPEDIA_NAMES = dbpediaNames();

  private final Iris iris;
  private final Entailment entailment;

  Descriptions(Iris iris, Entailment entailment) {
    this.iris = iris;
    this.entailment = entailment;
  }

  void article(AnnotatedArticle a, Node article, StreamRDF out) {
    ArticleMetadata md = a.article().metadata();
    add(out, article, article, RDF.type.asNode(), SCHEMA.NewsArticle.asNode());
    add(out, article, article, SCHEMA.identifier.asNode(), lit(a.article().id()));
    if (md.headline() != null) {
      add(out, article, article, SCHEMA.headline.asNode(), lit(md.headline()));
    }
    if (md.published() != null) {
      add(out, article, article, SCHEMA.datePublished.asNode(), Dates.literal(md.published()));
    }
    if (md.publisher() != null) {
      Node pub = outlet(md.publisher(), article, out);
      add(out, article, article, SCHEMA.publisher.asNode(), pub);
    }
    for (String cited : md.citedSources()) {
      add(out, article, article, CK.citesSource.asNode(), outlet(cited, article, out));
    }
    String signature = TextSignature.of(a.sentences());
    if (!signature.isEmpty()) {
      add(out, article, article, CK.textSignature.asNode(), lit(signature));
    }
  }

  private Node outlet(String name, Node article, StreamRDF out) {
    Node n = NodeFactory.createURI(iris.named(name));
    add(out, article, n, RDF.type.asNode(), SCHEMA.Organization.asNode());
    add(out, article, n, RDFS.label.asNode(), lit(name));
    add(out, article, n, SCHEMA.name.asNode(), lit(name));
    return n;
  }

  void entities(AnnotatedArticle a, Node article, Set<Entity> entities, StreamRDF out) {
    Map<String, Set<String>> alt = new TreeMap<>();
    for (Sentence s : a.sentences()) {
      for (Mention m : s.mentions()) {
        String form = m.text().replaceAll("['’]s$", "").strip();
        if (!form.equals(m.entity().label()) && m.source() != Mention.Source.COREFERENCE) {
          alt.computeIfAbsent(m.entity().key(), k -> new TreeSet<>()).add(form);
        }
      }
    }
    for (Entity e : entities) {
      Node n = NodeFactory.createURI(iris.entity(e));
      Triple type =
          Triple.create(n, RDF.type.asNode(), NodeFactory.createURI(CK.NS + e.type().localName()));
      for (Triple t : entailment.closure(type)) {
        out.quad(Quad.create(article, t));
      }
      add(out, article, n, RDFS.label.asNode(), lit(e.label()));
      for (String form : alt.getOrDefault(e.key(), Set.of())) {
        add(out, article, n, SKOS.altLabel.asNode(), lit(form));
      }
      if (e.wikidata() != null) {
        add(out, article, n, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA + e.wikidata()));
        String dbpedia = DBPEDIA_NAMES.get(e.wikidata());
        if (dbpedia != null) {
          add(out, article, n, OWL.sameAs.asNode(), NodeFactory.createURI(DBPEDIA + dbpedia));
        }
      }
    }
  }

  /**
   * The labels of the ontology's concepts the article's facts use (ck:NetIncome "net income",
   * ck:CEO), so that each article's RDF reads on its own.
   */
  void concepts(Node article, Set<Node> concepts, StreamRDF out) {
    for (Node c : concepts) {
      for (Node p : java.util.List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
        entailment
            .ontology()
            .find(c, p, Node.ANY)
            .forEachRemaining(t -> add(out, article, c, p, t.getObject()));
      }
    }
  }

  private static Map<String, String> dbpediaNames() {
    Map<String, String> m = new TreeMap<>();
    try (java.io.InputStream in = Descriptions.class.getResourceAsStream(DBPEDIA_RESOURCE)) {
      if (in == null) {
        return m;
      }
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String[] c = line.strip().split("\t");
        if (!line.startsWith("#")
            && c.length == 2
            && c[0].matches("Q[0-9]+")
            && c[1].matches("[^\\s<>\"{}|^`]+")) {
          m.put(c[0], c[1]);
        }
      }
    } catch (java.io.IOException e) {
      throw new org.chipkg.model.ChipKgException("cannot read " + DBPEDIA_RESOURCE, e);
    }
    return m;
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static void add(StreamRDF out, Node g, Node s, Node p, Node o) {
    out.quad(Quad.create(g, s, p, o));
  }
}
