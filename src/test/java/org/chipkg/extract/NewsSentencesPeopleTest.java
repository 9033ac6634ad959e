package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chipkg.ingest.ArticleReader;
import org.chipkg.model.ArticleMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People, figures and article metadata as news writes them, one sentence each (a one-paragraph
 * article after a headline; " ¶ " starts a new paragraph): what a sentence must yield ("yes": that
 * key) and what it must not ("no": no key containing the text). Written for this test, in words of
 * our own.
 */
class NewsSentencesPeopleTest {
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        // rupee amounts in crore (ten million) and lakh (a hundred thousand)
        "Kaveri Systems, a chip startup, raised ₹500 crore in a Series A round. | kaveri-systems FundingRound 5000000000 INR Exact Actual | yes",
        "Sarvam Circuits, a Pune chip startup, said it raised ₹75 lakh in a seed round. | sarvam-circuits FundingRound 7500000 INR Exact Actual | yes",
        // an amount in another currency with the article's own conversion into dollars: one figure,
        // in dollars, with the amount as first written beside it (OriginalAmountTest), not a twin
        "Kestrel Semiconductor said quarterly revenue rose to NT$48.2 billion (US$1.5 billion). | kestrel-semiconductor QuarterlyRevenue 1500000000 USD Exact Actual | yes",
        "Kestrel Semiconductor said quarterly revenue rose to NT$48.2 billion (US$1.5 billion). | 48200000000 TWD | no",
        "Halden Micro was valued at about HK$31 billion, or roughly US$4 billion, after the listing. | halden-micro Valuation 4000000000 USD Approximately Actual | yes",
        "Analysts said China's AI chip market was worth 150 billion yuan (US$21 billion) last year. | ai-chip-market MarketSize 21000000000 USD Exact Actual | yes",
        "Deccan Semiconductor said it is investing ₹30,000 crore (about $3.6 billion) in the new plant. | deccan-semiconductor Investment 3600000000 USD Approximately Actual | yes",
        "Deccan Semiconductor said it is investing ₹30,000 crore (about $3.6 billion) in the new plant. | 300000000000 INR | no",
        // people's roles: firms with an ampersand, names typed by how news introduces a new
        // officer, a call's participants list, titles given without saying where
        "\"Demand is real,\" said Nora Vance, an analyst at Pell & Crane. | nora-vance Analyst pell-crane CURRENT | yes",
        "Velora Systems reshuffled its top team this week. Tariq Osei, who had been senior vice president of engineering, was promoted to chief technology officer in May. | tariq-osei CTO velora-systems CURRENT | yes",
        "Velora Systems reshuffled its top team this week. Imogen Clarke was named vice president of global sales, replacing an executive who retired. | imogen-clarke Executive velora-systems CURRENT | yes",
        "Velora Systems moved its software tools into a new unit, with Bram Hollis as its general manager. | bram-hollis Head velora-systems CURRENT | yes",
        "Velora Systems third-quarter earnings call. ¶ Call participants: ¶ Dana Cole - Executive Vice President and Chief Financial Officer ¶ Omar Vidal - Corporate Vice President, Investor Relations | dana-cole CFO velora-systems CURRENT | yes",
        "Velora Systems third-quarter earnings call. ¶ Call participants: ¶ Dana Cole - Executive Vice President and Chief Financial Officer ¶ Omar Vidal - Corporate Vice President, Investor Relations | omar-vidal Executive velora-systems CURRENT | yes",
        "Velora Systems third-quarter earnings call. ¶ Call participants: ¶ Dana Cole - Executive Vice President and Chief Financial Officer ¶ Omar Vidal - Corporate Vice President, Investor Relations | investor-relations | no",
        "Velora Systems reshuffled its board. Sofia Brandt, a former banker, was named lead independent director. | sofia-brandt Director velora-systems CURRENT | yes",
        "Velora Systems was founded in 2019 by two engineers. Jonas Berg, Velora's other co-founder, remains chief technology officer. | jonas-berg CTO velora-systems CURRENT | yes",
        "Velora Systems said its founder would hand the chief executive job to Mira Okafor, a former AMD executive. | mira-okafor CEO velora-systems INCOMING | yes",
        "\"The listing will be priced richly,\" said Colm Reilly, an IPO analyst at Brennan Securities. | colm-reilly Analyst brennan-securities CURRENT | yes",
        "\"Margins will hold,\" analyst Petra Lund, who leads Halvorsen Capital's chip coverage, wrote. | petra-lund Analyst halvorsen-capital CURRENT | yes",
        "Lumen Arc, a startup founded by former Google TPU engineers Ana Ruiz and Leo Park, raised $50 million. | leo-park Founder lumen-arc CURRENT | yes",
        // markets: a place's possessive, servers, a total addressable market, a place phrase
        // before the verb, and a clause after the figure that is no cue for it
        "Officials said India's chip market was worth $40 billion in 2025 and will reach $90 billion by 2030. | chip-market MarketSize 40000000000 USD Exact Actual | yes",
        "Analysts expect the AI server market to reach $180 billion next year. | ai-server-market MarketSize 180000000000 USD Exact Projected | yes",
        "Halden Micro expects the HBM total addressable market to grow to about $60 billion by 2029. | hbm-market MarketSize 60000000000 USD Approximately Projected | yes",
        "A consultancy forecasts that the market for AI inference chips in data centers will grow to $150 billion by 2031. | ai-inference-chip-market MarketSize 150000000000 USD Exact Projected | yes",
        // the figure an earlier one was, or the one it replaced, is no figure of now
        "Velora Systems reported revenue of $2.1 billion, compared with $1.8 billion in the prior quarter. | 1800000000 | no",
        "Velora Systems raised $90 million at a valuation of $900 million, down from the $1.2 billion at which it raised money in 2023. | 1200000000 | no",
        "Velora Systems is raising its capital expenditure plan to about $5 billion, from $4 billion. | 4000000000 | no",
        "Velora Systems is raising its capital expenditure plan to about $5 billion, from $4 billion. | velora-systems CapitalExpenditure 5000000000 USD Approximately Projected | yes",
        // a surname particle ("van der", "de") inside a person's name
        "Brightwave Labs was founded in Utrecht in 2019 by Anouk van der Berg and Jonas Falk, two former ASML engineers. | anouk-van-der-berg Founder brightwave-labs CURRENT | yes",
        "Brightwave Labs was founded in Utrecht in 2019 by Anouk van der Berg and Jonas Falk, two former ASML engineers. | jonas-falk Founder brightwave-labs CURRENT | yes",
        "Chief executive Anouk de Wit said Brightwave Labs will double its staff. | anouk-de-wit CEO brightwave-labs CURRENT | yes",
        "Brightwave Labs makes sensors. Sales de facto doubled, Brightwave Labs said. | de-facto | no",
        // a roundup: each item's heading names the company its paragraph is about
        "Kestrel Labs raises $40 million ¶ Kestrel Labs, a Leeds startup, raised $40 million. ¶ Fjordline ships Tern ¶ Tern, the second generation of its Skua line of inference chips, is now in volume production. Chief executive Ola Brekke said drone makers ordered most. Fjordline, a Bergen startup, has 80 staff. | ola-brekke CEO fjordline CURRENT | yes",
        "Kestrel Labs raises $40 million ¶ Kestrel Labs, a Leeds startup, raised $40 million. ¶ Fjordline ships Tern ¶ Tern, the second generation of its Skua line of inference chips, is now in volume production. Chief executive Ola Brekke said drone makers ordered most. Fjordline, a Bergen startup, has 80 staff. | skua developedBy kestrel-labs | no",
        "Norway's Fjordline said Tern chips are now in volume production. ¶ Chief executive Ola Brekke said carmakers ordered most of them. | ola-brekke CEO fjordline CURRENT | yes",
        // a fact sheet's "Revenue: $X"; a net loss and the year-ago profit it is compared with
        "Lumora, a chip startup, filed for an IPO. ¶ - Revenue: $486 million in 2025, up from $112 million in 2024. ¶ - Fourth-quarter revenue: $171 million. | lumora QuarterlyRevenue 171000000 USD Exact Actual | yes",
        "Lumora, a chip startup, filed for an IPO. ¶ - Revenue: $486 million in 2025, up from $112 million in 2024. | 112000000 | no",
        "Lumora, a chip startup, filed for an IPO. ¶ - Net loss: narrowed to $63 million in 2025, from $148 million a year earlier. | NetIncome | no",
        "Lumora, a chip startup, had a net loss of $63 million, compared with net income of $20 million a year earlier. | NetIncome | no",
        "Lumora, a chip startup, had net income of $63 million, compared with a loss of $20 million in the prior quarter. | lumora NetIncome 63000000 USD Exact Actual | yes",
        "Ostrel co-chief executive Daniel Voss said deliveries would be phased. | daniel-voss CEO ostrel CURRENT | yes",
        // a bare title continues the subject of the sentence before, after its opening phrase
        "Samsung is building a fab in Texas, and Samsung expects it to open next year. ¶ After a long search, Broadcom has signed a letter of intent with Samsung. A binding contract has not been concluded, chief executive Hock Tan told reporters. | hock-tan CEO broadcom CURRENT | yes",
        "Samsung is building a fab in Texas, and Samsung expects it to open next year. ¶ After a long search, Broadcom has signed a letter of intent with Samsung. A binding contract has not been concluded, chief executive Hock Tan told reporters. | hock-tan CEO samsung | no",
        // a quotation before the title: the company it names is not the speaker's
        "Shares of Broadcom rose 9% after it expanded a chip deal. \"Samsung is our largest custom customer,\" Chief Executive Hock Tan said. | hock-tan CEO broadcom CURRENT | yes",
        "Shares of Broadcom rose 9% after it expanded a chip deal. \"Samsung is our largest custom customer,\" Chief Executive Hock Tan said. | hock-tan CEO samsung | no",
        "Samsung is building a fab in Texas, and Samsung expects it to open next year. ¶ Last week, Broadcom closed a funding round. \"With this money we will finish the design,\" said finance chief Mara Lind, who previously worked at Intel. | mara-lind CFO broadcom CURRENT | yes",
        // "who remains chief executive" of the company the sentence says the person founded;
        // "has joined X as ..."; "The company is led by chief executive ..."
        "Vantor Labs, founded in 2018 by former AMD engineer Lena Brandt, who remains chief executive, designs accelerators. | lena-brandt CEO vantor-labs CURRENT | yes",
        "Vantor Labs, founded in 2018 by former AMD engineer Lena Brandt, who remains chief executive, designs accelerators. | lena-brandt CEO amd | no",
        "Lena Brandt, who co-founded Kairo in 2019, has joined Broadcom as senior vice president of its optical unit. | lena-brandt Executive broadcom CURRENT | yes",
        "Vantor Labs builds inference chips. The company is led by chief executive Lena Brandt, a former research director at Google. | lena-brandt CEO vantor-labs CURRENT | yes",
        // a name before "chairman" and a person is a company, even one nobody listed
        "Orvane chairman Young Lin said demand for AI servers is strong. | young-lin Chair orvane CURRENT | yes",
        "Orvane vice chairman and president Lin Chao said orders doubled. | lin-chao Executive orvane CURRENT | yes",
        "Vice Chairman Ana Ruiz said orders doubled. | vice | no",
        // a pronoun before a title is no company
        "Vyomix raised $24 million. Co-founder Kavya Rao spoke. Her co-founder, Arjun Menon, is chief technology officer. | Founder her | no",
        "Brackwell Labs makes chips. My co-founder Dev Ramesh saw the same thing. | Founder my | no",
        // a vice chairman is an executive, not the chair
        "Samsung Electronics vice chairman and president Liang Wen-hao said orders doubled. | liang-wen-hao Executive samsung-electronics CURRENT | yes",
        "Samsung Electronics vice chairman and president Liang Wen-hao said orders doubled. | liang-wen-hao Chair | no",
        "Samsung Electronics Deputy Chairwoman Mira Holt said orders doubled. | mira-holt Chair | no",
        "Samsung Electronics Deputy Chairwoman Mira Holt said orders doubled. | mira-holt Executive samsung-electronics CURRENT | yes",
        // an appositive title after an article or an adjective ("a Taipei-based analyst"), a word
        // such as "Co-author" before a name, the company after "at" in "vice president of X at Y"
        "Nvidia sells chips. Mei-ling Chou, a Taipei-based analyst at Harbor Securities, said demand is strong. | mei-ling-chou Analyst harbor-securities CURRENT | yes",
        "Nvidia sells chips. Co-author Mei-ling Chou, an analyst at Harbor Securities, added that margins held. | co-author | no",
        "Nvidia sells chips. Co-author Mei-ling Chou, an analyst at Harbor Securities, added that margins held. | mei-ling-chou Analyst harbor-securities CURRENT | yes",
        "Nvidia sells chips. Dana Whitfield, corporate vice president of Azure hardware at Microsoft, said supply is tight. | dana-whitfield Executive microsoft CURRENT | yes",
        "Nvidia sells chips. Dana Whitfield, corporate vice president of Azure hardware at Microsoft, said supply is tight. | Executive azure | no",
        // "X is co-founder and CEO of Y", "X is a principal analyst at Y": a name typed by its
        // copula and title; the title is read once, with the company the sentence names
        "Nvidia sells chips. Tomas Brandvik is co-founder and CEO of Kestrel Compute, a startup in Oslo. | tomas-brandvik Founder kestrel-compute CURRENT | yes",
        "Nvidia sells chips. Tomas Brandvik is co-founder and CEO of Kestrel Compute, a startup in Oslo. | tomas-brandvik Founder nvidia | no",
        "Nvidia sells chips. Tomas Brandvik is a co-founder of Kestrel Compute. | tomas-brandvik Founder kestrel-compute CURRENT | yes",
        "Nvidia sells chips. Helga Marsh is a senior analyst at Tallow Research. | helga-marsh Analyst tallow-research CURRENT | yes",
        "Kestrel Compute makes chips. \"Orders are up,\" said finance chief Oskar Lind. | oskar-lind CFO kestrel-compute CURRENT | yes",
        "Kestrel Compute makes chips. Ola Brenna, our founder and CEO, has built chips for years. | ola-brenna CEO kestrel-compute CURRENT | yes",
        "Kestrel Compute makes chips. ¶ My co-founder Ivo Sand saw the same thing. | Founder my | no",
        "Kestrel Compute makes chips. ¶ My co-founder Ivo Sand saw the same thing. | ivo-sand Founder kestrel-compute CURRENT | yes",
        "Kestrel Compute makes chips. Co-founder & CEO Ola Brenna said demand is high. | ola-brenna CEO kestrel-compute CURRENT | yes",
        // a round named by its series ("its $48 million Series A, led by"), "our" before a figure
        "Kestrel Compute makes chips. It announced its $48 million Series A, led by Larch Capital. | kestrel-compute FundingRound 48000000 USD Exact Actual | yes",
        "Kestrel Compute makes chips. We are also announcing our $48 million Series A, led by Larch Capital. | kestrel-compute FundingRound 48000000 USD Exact Actual | yes",
        "Kestrel Compute makes chips. It raised a $9 million seed round from angels. | kestrel-compute FundingRound 9000000 USD Exact Actual | yes",
      })
  void readsAsNewsMeansIt(String sentence, String key, String yields) {
    YieldCheck.check(sentence, key, yields);
  }

  /**
   * The top lines of an article (" ¶ " starts a new line) and what its metadata must read: the
   * publication date and the publisher (" => " between the columns: bylines hold "|").
   */
  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        // a byline below a web page's menu lines
        "Rivals race to copy the chip ¶ Skip to content ¶ Home ¶ Latest   Devices   Cloud ¶ Search ¶ Sign in ¶ By Tom Ellery | Harbor Tech Daily | July 9, 2026, 9:02 AM ET ¶ Body text. => 2026-07-09 => Harbor Tech Daily",
        // a wire dateline with a numeric US date and an outlet written with a dash
        "Chipmaker posts profit ¶ Pacific Wire — Business Desk | 11/03/2026 08:15 AM ¶ Body text. => 2026-11-03 => Pacific Wire — Business Desk",
        // an author and an outlet alike in form: the outlet is the one the page names again
        "Wafer Notes #12: a new fab ¶ Dana Whitcombe | Wafer Notes | Mar 4, 2026 ¶ Body text. ¶ Wafer Notes is a reader-supported publication. => 2026-03-04 => Wafer Notes",
      })
  void readsTheByline(String lines, String date, String publisher) {
    ArticleMetadata md = new ArticleReader().read("t", "t", lines.replace(" ¶ ", "\n")).metadata();
    assertEquals(date.strip(), md.published() == null ? null : md.published().lexical());
    assertEquals(publisher.strip(), md.publisher());
  }

  @org.junit.jupiter.api.Test
  void labelsAMarketWithItsPlace() {
    assertTrue(
        Facts.claims("Headline\nOfficials said India's chip market will reach $90 billion by 2030.")
            .stream()
            .map(c -> c.fact())
            .filter(f -> f instanceof org.chipkg.model.Measurement)
            .anyMatch(
                f ->
                    ((org.chipkg.model.Measurement) f)
                        .subject()
                        .label()
                        .equals("India chip market")));
  }
}
