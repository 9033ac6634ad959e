package org.chipkg.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.chipkg.extract.ExtractionPipeline;
import org.chipkg.model.Article;

/**
 * Article in, quads out: runs the extraction pipeline and the encoder. Thread-safe.
 *
 * <pre>{@code
 * ArticleGraphs graphs = new ArticleGraphs(ExtractionPipeline.builder().build(), encoder);
 * DatasetGraph quads = graphs.of(article);
 * }</pre>
 */
public final class ArticleGraphs {
  private final ExtractionPipeline pipeline;
  private final ClaimEncoder encoder;

  public ArticleGraphs(ExtractionPipeline pipeline, ClaimEncoder encoder) {
    this.pipeline = pipeline;
    this.encoder = encoder;
  }

  public static ArticleGraphs standard() {
    return new ArticleGraphs(
        ExtractionPipeline.builder().build(),
        new ClaimEncoder(Iris.standard(), Entailment.standard()));
  }

  public String articleIri(Article a) {
    return encoder.iris().article(a.id());
  }

  /** Pushes the article's quads to {@code out}. */
  public void encode(Article a, StreamRDF out) {
    ExtractionPipeline.Result r = pipeline.run(a);
    encoder.encode(r.article(), r.claims(), out);
  }

  /** The article's quads in a fresh in-memory dataset. */
  public DatasetGraph of(Article a) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    StreamRDF s = StreamRDFLib.dataset(dsg);
    s.start();
    encode(a, s);
    s.finish();
    return dsg;
  }
}
