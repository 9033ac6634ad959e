package org.chipkg.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.chipkg.model.Article;
import org.chipkg.rdf.ArticleGraphs;

/** An article's IRI and its quads, straight from the encoder (no intermediate dataset). */
public record ArticleQuads(String articleIri, List<Quad> quads) {
  public ArticleQuads {
    quads = List.copyOf(quads);
  }

  public static ArticleQuads of(ArticleGraphs graphs, Article a) {
    List<Quad> out = new ArrayList<>();
    graphs.encode(
        a,
        new StreamRDFBase() {
          @Override
          public void quad(Quad q) {
            out.add(q);
          }

          @Override
          public void triple(Triple t) {
            out.add(Quad.create(Quad.defaultGraphIRI, t));
          }
        });
    return new ArticleQuads(graphs.articleIri(a), out);
  }
}
