package org.chipkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipkg.ingest.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * An amount with the article's own conversion is one measurement: the dollar value, with the amount
 * as first written beside it (not a second figure in the other currency).
 */
class OriginalAmountTest {
  private static List<String> measurements(String text) {
    DatasetGraph g = ArticleGraphs.standard().of(new ArticleReader().read("t", "t", text));
    List<String> out = new ArrayList<>();
    String q =
        """
        PREFIX ck: <https://w3id.org/chipkg/ontology#>
        SELECT ?v ?u ?ov ?ou WHERE {
          GRAPH ?c { ?m a ck:Measurement ; ck:value ?v ; ck:unit ?u .
                     OPTIONAL { ?m ck:originalValue ?ov ; ck:originalUnit ?ou } }
        } ORDER BY ?v
        """;
    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(g)).query(q).build()) {
      qe.execSelect()
          .forEachRemaining(
              r ->
                  out.add(
                      r.getLiteral("v").getLexicalForm()
                          + " "
                          + r.getResource("u").getLocalName()
                          + (r.contains("ov")
                              ? " from "
                                  + r.getLiteral("ov").getLexicalForm()
                                  + " "
                                  + r.getResource("ou").getLocalName()
                              : "")));
    }
    return out;
  }

  @Test
  void aConvertedAmountIsOneMeasurementWithItsOriginal() {
    assertEquals(
        List.of("1500000000 USD from 48200000000 TWD"),
        measurements(
            "Kestrel results\nKestrel Semiconductor said quarterly revenue rose to NT$48.2 billion"
                + " (US$1.5 billion).\n"));
  }

  @Test
  void aMarketSizeWithItsConversionToo() {
    assertEquals(
        List.of("21000000000 USD from 150000000000 CNY"),
        measurements(
            "China chips\nAnalysts said China's AI chip market was worth 150 billion yuan"
                + " (US$21 billion) last year.\n"));
  }

  @Test
  void anAmountWithoutConversionKeepsItsCurrency() {
    assertEquals(
        List.of("14700000000 EUR"),
        measurements("Results\nVoltari Semiconductor reported annual revenue of €14.7 billion.\n"));
  }
}
