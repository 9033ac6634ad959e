package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences that must yield a given fact, and sentences that must yield none (negation, questions,
 * conditions). Each text is a one-paragraph article; the first line is its headline.
 */
class ExtractorsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Headline\\nAmazon chief executive Andy Jassy spoke on Monday. | andy-jassy CEO amazon CURRENT",
        "Headline\\nNvidia founder Jensen Huang spoke. | jensen-huang Founder nvidia CURRENT",
        "Headline\\nAmazon's AI boss, Peter DeSantis, spoke. | peter-desantis Head amazon CURRENT",
        "Headline\\nLisa Su, chief executive of AMD, spoke. | lisa-su CEO amd CURRENT",
        "Headline\\nFormer Intel CEO Pat Gelsinger spoke. | pat-gelsinger CEO intel FORMER",
        "Headline\\nAWS spokesperson Doron Aronson declined to comment. | doron-aronson Spokesperson amazon-web-services CURRENT",
        "Headline\\nThe cloud giant sells its custom AI chip, called Trainium. Amazon said so. | trainium developedBy amazon",
        "Headline\\nThe trend includes Google with its Tensor Processing Units (TPUs). | tpu developedBy google",
        "Headline\\nHyperscalers build custom silicon (Google TPUs, Microsoft Maia, Meta's MTIA). | mtia developedBy meta",
        "Headline\\nTrainium chips are produced by TSMC, the contract chipmaker. | trainium manufacturedBy tsmc",
        "Headline\\nThe result was Trainium, a custom accelerator optimized for training deep learning models. | trainium optimizedFor Training",
        "Headline\\nThe Inferentia chip, designed specifically for running models rather than training them, is cheap. | inferentia optimizedFor Inference",
        "Headline\\nThe next version, Trainium2, will not hit the market for more than a year. Trainium sold out. | trainium2 generationOf trainium",
        "Headline\\nNvidia recently overtook Apple to become TSMC's biggest customer. | nvidia customerOf tsmc",
        "Headline\\nAWS is positioning itself as a more direct competitor to Nvidia. | amazon-web-services competesWith nvidia",
        "Headline\\nAnnapurna Labs, a subsidiary of Amazon, designs chips. | annapurna-labs subsidiaryOf amazon",
        "Headline\\nNvidia, which boasts a massive three hundred twenty-six billion dollar revenue run rate, leads. | nvidia RevenueRunRate 326000000000 USD Exact Actual",
        "Headline\\nIf Amazon's chip business were standalone, its annual run rate could reach approximately $50 billion. | amazon RevenueRunRate 50000000000 USD Approximately Hypothetical",
        "Headline\\nAmazon's potential $50 billion run rate is akin to Intel's annual revenue. | intel AnnualRevenue 50000000000 USD Approximately Actual",
        "Headline\\nTrainium2 supply sold out quickly. | trainium2 status SoldOut",
        "Headline\\nAWS is in early-stage discussions to sell its custom Trainium AI chips to other companies. | trainium status InSalesTalks",
      })
  void yields(String text, String expected) {
    Set<String> keys = Facts.keys(text.replace("\\n", "\n"));
    assertTrue(keys.contains(expected.strip()), () -> "expected " + expected + " in " + keys);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Headline\\nApple did not say whether it would use Trainium.",
        "Headline\\nDoes Nvidia compete with Cerebras Systems?",
        "Headline\\nAnalysts asked if Intel could ever become TSMC's biggest customer.",
        "Headline\\nAWS has never been a competitor to Nvidia.",
        "Headline\\nThe new iPhone costs $999 and ships in black.",
        "Headline\\nReal results from MEFAI's AI. Get $50 off the Pro plan.\\nSponsored · Not financial advice.",
      })
  void yieldsNothing(String text) {
    Set<String> keys = Facts.keys(text.replace("\\n", "\n"));
    assertTrue(keys.isEmpty(), () -> "expected no facts, got " + keys);
  }
}
