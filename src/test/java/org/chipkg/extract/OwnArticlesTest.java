package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chipkg.text.Lexicon;
import org.chipkg.text.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Short articles of our own about companies, chips and people the lexicon does not hold: the
 * extractors must find them from context.
 */
class OwnArticlesTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "cerebras",
            List.of(
                "andrew-feldman CEO cerebras-systems CURRENT",
                "wse-3 developedBy cerebras-systems",
                "wse-3 manufacturedBy tsmc",
                "wse-3 optimizedFor Training",
                "cerebras-systems FundingRound 1100000000 USD Exact Actual",
                "cerebras-systems Valuation 8100000000 USD Exact Actual")),
        Arguments.of(
            "amd",
            List.of(
                "lisa-su CEO amd CURRENT",
                "instinct-mi300x developedBy amd",
                "instinct-mi300x optimizedFor Inference",
                "microsoft usesChip instinct-mi300x",
                "amd competesWith nvidia")),
        Arguments.of(
            "google",
            List.of(
                "sundar-pichai CEO alphabet CURRENT",
                "ironwood developedBy google",
                "anthropic customerOf google")),
        Arguments.of(
            "maia",
            List.of(
                "maia-200 developedBy microsoft",
                "maia-200 manufacturedBy tsmc",
                "maia-200 optimizedFor Inference",
                "maia-200 generationOf maia")),
        Arguments.of(
            "meta",
            List.of(
                "mtia-v2 developedBy meta",
                "mtia-v2 manufacturedBy tsmc",
                "mtia-v2 optimizedFor Inference")),
        Arguments.of(
            "intel",
            List.of(
                "pat-gelsinger CEO intel FORMER",
                "gaudi-3 developedBy intel",
                "gaudi-3 manufacturedBy tsmc",
                "gaudi-3 optimizedFor Training",
                "intel QuarterlyRevenue 13700000000 USD Exact Actual")),
        Arguments.of(
            "broadcom", List.of("hock-tan CEO broadcom CURRENT", "openai customerOf broadcom")),
        Arguments.of(
            "samsung",
            List.of(
                "elon-musk CEO tesla CURRENT",
                "ai5 developedBy tesla",
                "ai5 manufacturedBy samsung-foundry",
                "ai5 optimizedFor Inference")),
        Arguments.of(
            "groq", List.of("sunny-madra President groq CURRENT", "groq competesWith nvidia")),
        Arguments.of(
            "tenstorrent",
            List.of(
                "jim-keller CEO tenstorrent CURRENT",
                "blackhole developedBy tenstorrent",
                "tenstorrent FundingRound 693000000 USD Exact Actual",
                "tenstorrent Valuation 2600000000 USD Approximately Actual")),
        Arguments.of(
            "nvidia-quarter",
            List.of(
                "colette-kress CFO nvidia CURRENT",
                "lip-bu-tan CEO intel CURRENT",
                "blackwell developedBy nvidia",
                "openai usesChip instinct-mi450",
                "openai customerOf amd",
                "anthropic usesChip tpu",
                "google customerOf broadcom",
                "amd competesWith nvidia",
                "nvidia QuarterlyRevenue 57000000000 USD Exact Actual",
                "nvidia NetIncome 31900000000 USD Exact Actual",
                "softbank Investment 2000000000 USD Exact Actual")),
        Arguments.of(
            "maia-launch",
            List.of(
                "scott-guthrie Executive microsoft CURRENT",
                "cristiano-amon CEO qualcomm CURRENT",
                "maia-200 developedBy microsoft",
                "sohu designedBy etched",
                "sohu manufacturedBy samsung-electronics",
                "google subsidiaryOf alphabet",
                "amazon-web-services subsidiaryOf amazon",
                "nvidia Valuation 4500000000000 USD Approximately Actual",
                "microsoft CapitalExpenditure 34900000000 USD Exact Actual",
                "etched FundingRound 500000000 USD Exact Actual")),
        Arguments.of(
            "memory-and-startups",
            List.of(
                "kwak-noh-jung President sk-hynix CURRENT",
                "kwak-noh-jung CEO sk-hynix CURRENT",
                "jun-young-hyun CEO samsung-electronics CURRENT",
                "rene-haas CEO arm CURRENT",
                "titan developedBy openai",
                "titan developedBy broadcom",
                "titan manufacturedBy tsmc",
                "arm subsidiaryOf softbank-group",
                "nvidia customerOf sk-hynix",
                "sk-hynix OperatingIncome 11400000000000 KRW Exact Actual",
                "groq Valuation 6900000000 USD Exact Actual",
                "groq FundingRound 750000000 USD Exact Actual")),
        Arguments.of(
            "amazon-weighs-sales",
            List.of(
                "andy-jassy CEO amazon CURRENT",
                "matt-garman Head amazon-web-services CURRENT",
                "trainium developedBy amazon",
                "trainium3 manufacturedBy tsmc",
                "trainium3 generationOf trainium",
                "annapurna-labs subsidiaryOf amazon",
                "amazon-web-services subsidiaryOf amazon",
                "google subsidiaryOf alphabet",
                "amazon competesWith nvidia",
                "anthropic usesChip trainium2",
                "nvidia QuarterlyRevenue 57000000000 USD Exact Actual",
                "trainium status InSalesTalks")),
        Arguments.of(
            "aws-could-sell",
            List.of(
                "matt-garman CEO amazon-web-services CURRENT",
                "trainium designedBy annapurna-labs",
                "trainium manufacturedBy tsmc",
                "trainium3 optimizedFor Training",
                "inferentia2 optimizedFor Inference",
                "amazon competesWith amd",
                "anthropic usesChip trainium",
                "databricks usesChip trainium",
                "meta customerOf google-cloud",
                "amazon RevenueRunRate 20000000000 USD AtLeast Actual",
                "amazon RevenueRunRate 50000000000 USD Approximately Hypothetical",
                "h100 manufacturedBy tsmc")),
        Arguments.of(
            "intel-foundry",
            List.of(
                "naga-chandrasekaran Head intel CURRENT",
                "pat-gelsinger CEO intel FORMER",
                "m-series developedBy apple",
                "huawei competesWith nvidia",
                "apple customerOf tsmc",
                "nvidia Investment 5000000000 USD Exact Actual")),
        Arguments.of(
            "executives",
            List.of(
                "lisa-su Chair amd CURRENT",
                "lisa-su CEO amd CURRENT",
                "jensen-huang Founder nvidia CURRENT",
                "jensen-huang CEO nvidia CURRENT",
                "kevin-scott CTO microsoft CURRENT",
                "amin-vahdat Head google CURRENT",
                "pat-gelsinger CEO intel FORMER",
                "dario-amodei Founder anthropic CURRENT",
                "tpu developedBy google",
                "tpu optimizedFor Inference",
                "tpu optimizedFor Training")),
        Arguments.of(
            "spending",
            List.of(
                "microsoft CapitalExpenditure 80000000000 USD Exact Projected",
                "meta CapitalExpenditure 70000000000 USD AtLeast Projected",
                "meta CapitalExpenditure 72000000000 USD AtMost Projected",
                "nvidia AnnualRevenue 130500000000 USD Exact Actual",
                "nvidia Valuation 4400000000000 USD Approximately Actual",
                "broadcom DealValue 10000000000 USD Exact Actual",
                "amd SegmentRevenue 4300000000 USD Exact Actual",
                "asml AnnualRevenue 28000000000 EUR Approximately Actual",
                "coreweave DealValue 9000000000 USD Approximately Actual")),
        Arguments.of(
            "trainium-business",
            List.of(
                "andy-jassy CEO amazon CURRENT",
                "trainium3 designedBy annapurna-labs",
                "trainium3 manufacturedBy tsmc",
                "annapurna-labs subsidiaryOf amazon",
                "anthropic customerOf amazon-web-services",
                "amazon RevenueRunRate 50000000000 USD Exact Hypothetical",
                "amazon RevenueRunRate 20000000000 USD AtLeast Actual",
                "intel AnnualRevenue 53000000000 USD Approximately Actual",
                "nvidia RevenueRunRate 326000000000 USD Approximately Actual",
                "amazon competesWith nvidia")),
        Arguments.of(
            "families",
            List.of(
                "rubin developedBy nvidia",
                "rubin successorOf blackwell",
                "b200 generationOf blackwell",
                "maia-200 successorOf maia-100",
                "mi355x generationOf instinct",
                "ironwood generationOf tpu",
                "ironwood developedBy google",
                "ironwood optimizedFor Inference")),
        Arguments.of(
            "blackwell-quarter",
            List.of(
                "jensen-huang CEO nvidia CURRENT",
                "colette-kress CFO nvidia CURRENT",
                "lisa-su CEO amd CURRENT",
                "blackwell manufacturedBy tsmc",
                "mi450 developedBy amd",
                "openai customerOf amd",
                "anthropic usesChip tpu",
                "tpu designedBy broadcom",
                "tpu developedBy google",
                "broadcom QuarterlyRevenue 16000000000 USD Exact Actual",
                "nvidia Valuation 4400000000000 USD Approximately Actual")),
        Arguments.of(
            "startups-and-foundries",
            List.of(
                "gavin-uberti Founder etched CURRENT",
                "chris-zhu Founder etched CURRENT",
                "gavin-uberti CEO etched CURRENT",
                "etched Valuation 5000000000 USD Approximately Actual",
                "sohu manufacturedBy tsmc",
                "ai6 manufacturedBy samsung-electronics",
                "nvidia customerOf sk-hynix",
                "humain customerOf qualcomm",
                "lip-bu-tan CEO intel CURRENT")),
        Arguments.of(
            "ironwood-and-suppliers",
            List.of(
                "thomas-kurian CEO google-cloud CURRENT",
                "sam-altman CEO openai CURRENT",
                "openai customerOf nvidia",
                "openai customerOf amd",
                "openai customerOf broadcom",
                "baltra developedBy apple",
                "maia-100 developedBy microsoft",
                "nvidia Revenue 54000000000 USD Exact Projected")),
        Arguments.of(
            "maia-200",
            List.of(
                "maia-200 developedBy microsoft",
                "maia-200 manufacturedBy tsmc",
                "maia-200 optimizedFor Inference",
                "mtia developedBy meta",
                "mtia manufacturedBy tsmc",
                "rivos subsidiaryOf meta",
                "pat-gelsinger CEO intel FORMER",
                "microsoft CapitalExpenditure 37500000000 USD Exact Actual",
                "anthropic usesChip trainium2",
                "trainium2 status Available")),
        Arguments.of(
            "executive-shuffle",
            List.of(
                "rene-haas CEO arm CURRENT",
                "vikas-parekh Head softbank-group CURRENT",
                "arm subsidiaryOf softbank-group",
                "jun-young-hyun CEO samsung-electronics CURRENT",
                "jay-puri Executive nvidia FORMER",
                "matt-murphy CEO marvell CURRENT",
                "trainium2 designedBy marvell",
                "ascend-910c manufacturedBy smic",
                "intel DealValue 1600000000 USD Approximately Projected")),
        Arguments.of(
            "market-sizes",
            List.of(
                "ai-accelerator-market MarketSize 500000000000 USD AtLeast Projected",
                "ai-chip-market MarketSize 500000000000 USD AtLeast Projected",
                "amd AnnualRevenue 25800000000 USD Exact Actual",
                "amd SegmentRevenue 3700000000 USD Exact Actual",
                "broadcom MarketOpportunity 60000000000 USD AtLeast Projected",
                "nvidia AnnualRevenue 130500000000 USD Exact Actual",
                "micron QuarterlyRevenue 10700000000 USD Exact Projected",
                "tsmc Revenue 320500000000 TWD Exact Actual")),
        Arguments.of(
            "challengers",
            List.of(
                "jim-keller Head tenstorrent CURRENT",
                "blackhole developedBy tenstorrent",
                "nvidia competesWith tenstorrent",
                "sn40l optimizedFor Inference",
                "corsair developedBy d-matrix",
                "corsair optimizedFor Inference",
                "nvidia competesWith positron",
                "ascend developedBy huawei",
                "huawei competesWith nvidia")),
        Arguments.of(
            "press-release",
            List.of(
                "jensen-huang CEO nvidia CURRENT",
                "jensen-huang Founder nvidia CURRENT",
                "nvidia QuarterlyRevenue 57000000000 USD Exact Actual",
                "anthropic customerOf nvidia",
                "nvidia Revenue 65000000000 USD Exact Projected")),
        Arguments.of(
            "trainium-talks",
            List.of(
                "andy-jassy CEO amazon CURRENT",
                "amazon-web-services subsidiaryOf amazon",
                "annapurna-labs subsidiaryOf amazon",
                "trainium designedBy annapurna-labs",
                "trainium manufacturedBy tsmc",
                "anthropic usesChip trainium",
                "amazon Investment 8000000000 USD Exact Actual",
                "trainium2 status FullyAllocated",
                "trainium3 status Available",
                "trainium status InSalesTalks",
                "amazon competesWith nvidia")),
        Arguments.of(
            "investor-view",
            List.of(
                "andy-jassy CEO amazon CURRENT",
                "anthropic customerOf amazon-web-services",
                "poolside customerOf amazon-web-services",
                "trainium3 developedBy alchip",
                "trainium3 developedBy marvell",
                "trainium3 manufacturedBy tsmc",
                "amazon-web-services CapitalExpenditure 100000000000 USD Exact Projected")),
        Arguments.of(
            "explainer",
            List.of(
                "andy-jassy CEO amazon CURRENT",
                "trainium manufacturedBy tsmc",
                "trainium3 successorOf trainium2",
                "trainium3 optimizedFor Training",
                "trainium3 optimizedFor Inference",
                "amazon customerOf nvidia",
                "intel AnnualRevenue 53000000000 USD Approximately Actual",
                "trainium status InSalesTalks")),
        Arguments.of(
            "computex",
            List.of(
                "mark-papermaster CTO amd CURRENT",
                "bill-dally Executive nvidia CURRENT",
                "cristiano-amon CEO qualcomm CURRENT",
                "rene-haas CEO arm CURRENT",
                "mediatek Revenue 150000000000 TWD Exact Actual",
                "mi400 developedBy amd")),
        Arguments.of(
            "openai-broadcom",
            List.of(
                "titan developedBy openai",
                "titan developedBy broadcom",
                "titan manufacturedBy tsmc",
                "greg-brockman President openai CURRENT",
                "hock-tan CEO broadcom CURRENT",
                "google customerOf broadcom",
                "meta customerOf broadcom")),
        Arguments.of(
            "broadcom-earnings",
            List.of(
                "hock-tan CEO broadcom CURRENT",
                "broadcom Revenue 15950000000 USD Exact Actual",
                "broadcom NetIncome 4140000000 USD Exact Actual",
                "broadcom Revenue 17400000000 USD Approximately Projected",
                "broadcom Valuation 1400000000000 USD Approximately Actual")),
        Arguments.of(
            "micron-hbm",
            List.of(
                "sanjay-mehrotra CEO micron CURRENT",
                "mark-murphy CFO micron CURRENT",
                "micron competesWith sk-hynix",
                "micron QuarterlyRevenue 11320000000 USD Exact Actual",
                "micron CapitalExpenditure 18000000000 USD Approximately Projected",
                "sk-hynix OperatingIncome 9200000000000 KRW Exact Actual")),
        Arguments.of(
            "huawei-ascend",
            List.of(
                "eric-xu Chair huawei CURRENT",
                "jensen-huang CEO nvidia CURRENT",
                "ascend developedBy huawei",
                "ascend-910b manufacturedBy smic",
                "ascend-950dt optimizedFor Training",
                "ascend-950pr optimizedFor Inference",
                "siyuan developedBy cambricon-technologies",
                "huawei AnnualRevenue 862100000000 CNY Exact Actual")),
        Arguments.of(
            "china-cloud-chips",
            List.of(
                "robin-li CEO baidu CURRENT",
                "kunlun-p800 developedBy baidu",
                "kunlun-p800 designedBy kunlunxin",
                "kunlunxin subsidiaryOf baidu",
                "alibaba-group CapitalExpenditure 380000000000 CNY AtLeast Projected",
                "ai-chip-market MarketSize 50000000000 USD Exact Projected")),
        Arguments.of(
            "qualcomm-ai200",
            List.of(
                "durga-malladi Head qualcomm CURRENT",
                "cristiano-amon CEO qualcomm CURRENT",
                "ai200 developedBy qualcomm",
                "ai200 optimizedFor Inference",
                "ai250 optimizedFor Inference",
                "snapdragon manufacturedBy tsmc",
                "nvidia competesWith qualcomm",
                "amd competesWith qualcomm",
                "qualcomm QuarterlyRevenue 10400000000 USD Exact Actual")),
        Arguments.of(
            "samsung-tesla",
            List.of(
                "elon-musk CEO tesla CURRENT",
                "ai6 developedBy tesla",
                "ai6 manufacturedBy samsung-electronics",
                "ai5 designedBy tesla",
                "ai5 manufacturedBy tsmc",
                "tesla customerOf samsung-electronics",
                "apple customerOf tsmc",
                "samsung-electronics DealValue 16500000000 USD Exact Actual")),
        Arguments.of(
            "softbank-ampere",
            List.of(
                "renee-james Founder ampere CURRENT",
                "renee-james President intel FORMER",
                "masayoshi-son CEO softbank-group CURRENT",
                "ampereone manufacturedBy tsmc",
                "oracle customerOf ampere",
                "ampere subsidiaryOf softbank-group",
                "arm subsidiaryOf softbank-group",
                "softbank-group DealValue 6500000000 USD Exact Actual",
                "softbank-group Investment 30000000000 USD AtMost Projected")),
        Arguments.of(
            "openai-amd",
            List.of(
                "lisa-su CEO amd CURRENT",
                "jean-hu CFO amd CURRENT",
                "sam-altman CEO openai CURRENT",
                "mi450 designedBy amd",
                "mi450 manufacturedBy tsmc",
                "mi450 optimizedFor Training",
                "openai customerOf nvidia",
                "oracle usesChip mi450",
                "nvidia Investment 100000000000 USD AtMost Projected",
                // the story's sentence just before a "Sponsored:" line is not the ad
                "amd QuarterlyRevenue 7700000000 USD Exact Actual")),
        Arguments.of(
            "marvell-microsoft",
            List.of(
                "matt-murphy CEO marvell CURRENT",
                "marvell QuarterlyRevenue 2100000000 USD Exact Actual",
                "marvell QuarterlyRevenue 2300000000 USD Approximately Projected",
                "braga-m manufacturedBy tsmc",
                "google customerOf broadcom",
                "meta customerOf broadcom",
                "broadcom competesWith marvell")),
        Arguments.of(
            "photonic-startup",
            List.of(
                "arjun-mehta CEO lumora CURRENT",
                "arjun-mehta Founder lumora CURRENT",
                "elena-sokolova Founder lumora CURRENT",
                "lumen-1 developedBy lumora",
                "lumen-1 manufacturedBy globalfoundries",
                "lumora FundingRound 210000000 USD Exact Actual",
                "lumora Valuation 1600000000 USD Exact Actual")),
        Arguments.of(
            "samsung-tesla-wire",
            List.of(
                "ai5 developedBy tesla",
                "ai5 manufacturedBy tsmc",
                "elon-musk CEO tesla CURRENT",
                "jensen-huang CEO nvidia CURRENT",
                "blackwell status SoldOut",
                "nvidia QuarterlyRevenue 57000000000 USD Exact Actual")),
        Arguments.of(
            "arm-own-chip",
            List.of(
                "rene-haas CEO arm CURRENT",
                "arm subsidiaryOf softbank-group",
                "graphcore subsidiaryOf softbank-group",
                "arm competesWith qualcomm",
                "meta customerOf arm",
                "meta CapitalExpenditure 65000000000 USD AtMost Projected",
                "arm Valuation 180000000000 USD Approximately Actual")),
        Arguments.of(
            "sambanova-shakeup",
            List.of(
                "rodrigo-liang Founder sambanova-systems CURRENT",
                "sn40l developedBy sambanova-systems",
                "sn40l manufacturedBy tsmc",
                "sambanova-systems FundingRound 676000000 USD Exact Actual",
                "groq Valuation 6900000000 USD Exact Actual",
                "etched FundingRound 500000000 USD Exact Actual")),
        Arguments.of(
            "intel-exits",
            List.of(
                "justin-hotard Head intel FORMER",
                "justin-hotard CEO nokia CURRENT",
                "lip-bu-tan CEO intel CURRENT",
                "lip-bu-tan CEO cadence-design-systems FORMER",
                "sachin-katti CTO intel FORMER",
                "gaudi-3 manufacturedBy tsmc",
                "intel QuarterlyRevenue 14300000000 USD Exact Actual",
                "intel QuarterlyRevenue 12700000000 USD AtMost Projected")),
        Arguments.of(
            "tsmc-quarter",
            List.of(
                "c-c-wei Chair tsmc CURRENT",
                "c-c-wei CEO tsmc CURRENT",
                "wendell-huang CFO tsmc CURRENT",
                "blackwell manufacturedBy tsmc",
                "instinct-mi350 manufacturedBy tsmc",
                "m5 manufacturedBy tsmc",
                "intel competesWith tsmc",
                "nvidia customerOf tsmc",
                "tsmc QuarterlyNetIncome 14770000000 USD Exact Actual",
                "tsmc CapitalExpenditure 42000000000 USD AtMost Projected",
                "tsmc Valuation 1500000000000 USD Approximately Actual")),
        Arguments.of(
            "meta-rivos",
            List.of(
                "puneet-kumar CEO rivos CURRENT",
                "mark-zuckerberg CEO meta CURRENT",
                "rivos subsidiaryOf meta",
                "mtia manufacturedBy tsmc",
                "meta customerOf nvidia",
                "rivos Valuation 2000000000 USD Approximately Actual",
                "meta CapitalExpenditure 72000000000 USD AtMost Projected")),
        Arguments.of(
            "startup-rounds",
            List.of(
                "sid-sheth CEO d-matrix CURRENT",
                "jim-keller Head tenstorrent CURRENT",
                "thomas-sohmers Founder positron CURRENT",
                "corsair manufacturedBy tsmc",
                "d-matrix FundingRound 275000000 USD Exact Actual",
                "d-matrix Valuation 2000000000 USD Exact Actual",
                "etched FundingRound 500000000 USD Approximately Projected",
                "positron FundingRound 51600000 USD Exact Actual")),
        Arguments.of(
            "amd-quarter",
            List.of(
                "lisa-su CEO amd CURRENT",
                "jean-hu CFO amd CURRENT",
                "instinct developedBy amd",
                "mi355 manufacturedBy tsmc",
                "amd competesWith nvidia",
                "oracle usesChip mi450",
                "amd QuarterlyRevenue 9250000000 USD Exact Actual",
                "amd Valuation 420000000000 USD Approximately Actual")),
        Arguments.of(
            "anthropic-tpu",
            List.of(
                "krishna-rao CFO anthropic CURRENT",
                "thomas-kurian CEO google-cloud CURRENT",
                "tpu manufacturedBy tsmc",
                "ironwood optimizedFor Inference",
                "anthropic usesChip tpu",
                "amazon Investment 8000000000 USD Exact Actual",
                "anthropic Valuation 183000000000 USD Exact Actual",
                "anthropic RevenueRunRate 7000000000 USD Approximately Actual")),
        Arguments.of(
            "maia-delay",
            List.of(
                "rani-borkar Executive microsoft CURRENT",
                "braga developedBy microsoft",
                "braga manufacturedBy tsmc",
                "braga optimizedFor Inference",
                "maia-100 developedBy microsoft",
                "apple usesChip tpu",
                "microsoft customerOf nvidia")),
        Arguments.of(
            "rebellions-release",
            List.of(
                "sunghyun-park CEO rebellions CURRENT",
                "rebel developedBy rebellions",
                "rebel manufacturedBy samsung-foundry",
                "rebellions FundingRound 250000000 USD Exact Actual")),
        Arguments.of(
            "appointments",
            List.of(
                "willem-meintjes CFO marvell CURRENT",
                "matt-murphy CEO marvell CURRENT",
                "julie-shin-choi Executive cerebras-systems CURRENT",
                "jonathan-ross Founder groq CURRENT",
                "jonathan-ross CEO groq CURRENT",
                "trainium2 designedBy marvell",
                "microsoft customerOf marvell",
                "wse-3 developedBy cerebras-systems")),
        Arguments.of(
            "huawei-denial",
            List.of(
                "zhao-haijun CEO smic CURRENT",
                "ascend-910c developedBy huawei",
                "ascend-910c manufacturedBy smic",
                "bytedance customerOf nvidia",
                "smic QuarterlyRevenue 2210000000 USD Exact Actual",
                "smic Valuation 500000000000 HKD Exact Actual")),
        Arguments.of(
            "nvidia-intel",
            List.of(
                "jensen-huang CEO nvidia CURRENT",
                "lip-bu-tan CEO intel CURRENT",
                "blackwell manufacturedBy tsmc",
                "microsoft customerOf nvidia",
                "amazon customerOf nvidia",
                "nvidia Investment 5000000000 USD Exact Projected",
                "softbank-group Investment 2000000000 USD Exact Actual",
                "intel Valuation 110000000000 USD Approximately Actual",
                "nvidia QuarterlyRevenue 46700000000 USD Exact Actual")));
  }

  /** Facts an article must not yield: each string must be in no fact key. */
  static Stream<Arguments> falseFacts() {
    return Stream.of(
        // "up from a loss of $1.88 billion a year earlier": neither a rate nor the company's income
        Arguments.of("broadcom-earnings", List.of("1880000000", "RevenueRunRate")),
        // "compared with analysts' average estimate of $11.9 billion"
        Arguments.of("micron-hbm", List.of("11900000000")),
        // "China's AI chip market could be worth $50 billion a year": the market's, not China's;
        // "Baidu, meanwhile, is using its own Kunlun P800 chips": Baidu's, named later
        Arguments.of(
            "china-cloud-chips",
            List.of("china ", "kunlun-p800 developedBy nvidia", "eddie-wu CEO nvidia")),
        // "TSMC, which makes its Snapdragon processors": the foundry makes them, not designs them
        Arguments.of("qualcomm-ai200", List.of("developedBy tsmc")),
        // "It is backed by ... Intel Capital, and raised $676 million": the startup raised it
        Arguments.of("sambanova-shakeup", List.of("intel FundingRound", "nvidia customerOf")),
        // "a $16.5 billion contract to make chips for Tesla": Samsung's deal, Tesla the customer
        Arguments.of("samsung-tesla", List.of("tesla DealValue")),
        // "Ampere Computing" is Ampere, "Huawei Technologies" Huawei; an ad line has no figure
        Arguments.of("softbank-ampere", List.of("computing", " 9.99 ")),
        Arguments.of("huawei-ascend", List.of(" technologies", "semiconductor-manufacturing")),
        // "Analysts had expected NT$415.4 billion", "compared with NT$325.3 billion a year
        // earlier", "TSMC's Taipei-listed shares", "competes with TSMC for customers such as";
        // "NT$452.3 billion ($14.77 billion)" is one figure, in dollars
        Arguments.of(
            "tsmc-quarter",
            List.of(
                "415400000000", "325300000000", "452300000000", "taipei", "microsoft customerOf")),
        // "whose chairman Lip-Bu Tan": not Meta's; "valued at about $2 billion in a funding
        // round" is a valuation; "Meta, which is one of Nvidia's largest customers, has said it
        // plans to spend": Meta's capex; "Amazon bought Annapurna Labs ..., and ... its Trainium"
        Arguments.of(
            "meta-rivos",
            List.of(
                "lip-bu-tan Chair meta",
                "rivos FundingRound 2000000000",
                "nvidia CapitalExpenditure",
                "amazon usesChip")),
        // "..., Chief Executive Officer Sid Sheth said" after a paragraph about D-Matrix;
        // "Graphcore, once valued at $2.8 billion, was sold to SoftBank Group"
        Arguments.of("startup-rounds", List.of("sid-sheth CEO nvidia", "softbank-group Valuation")),
        // "Sachin Katti, Intel's chief technology officer ..., left the company"
        Arguments.of("intel-exits", List.of("sachin-katti CTO intel CURRENT", "12870000000")),
        // "supply OpenAI and Oracle with its Instinct processors": AMD's; "Analysts on average had
        // estimated $9.15 billion"
        Arguments.of("amd-quarter", List.of("developedBy oracle", "9150000000")),
        // "Meta is in talks to use Google's TPUs": not yet a customer
        Arguments.of("anthropic-tpu", List.of("meta customerOf", "meta usesChip")),
        // "are used by Apple and Anthropic, and Amazon's Trainium2 chips power ...": Amazon's own
        Arguments.of("maia-delay", List.of("amazon usesChip tpu")),
        // "Closes $250 Million Series C" is 250 million; "will use the funds to expand production
        // of REBEL" is not using the chip
        Arguments.of("rebellions-release", List.of(" 250 USD", "usesChip rebel")),
        // "Marvell Chairman and CEO Matt Murphy" once Marvell is typed: not the topic's CEO;
        // "Groq said co-founder ... Jonathan Ross": Groq's, not the previous paragraph's Cerebras
        Arguments.of(
            "appointments",
            List.of("matt-murphy CEO arm", "jonathan-ross CEO cerebras", "marvell-technology")),
        // "Huawei ... denied a media report that it had agreed to supply ... to BYD"; "HK$500
        // billion" is no US dollar figure
        Arguments.of("huawei-denial", List.of("byd", "500000000000 USD")),
        // "Nvidia will buy Intel common stock" buys shares, not Intel; "a $2 billion investment by
        // SoftBank Group" is SoftBank's; "from more than $250 billion in 2021" is an old value;
        // "posted a net loss of $2.9 billion"; "Shares of AMD fell 2% to $157.36"
        Arguments.of(
            "nvidia-intel",
            List.of("subsidiaryOf", "intel Investment", "250000000000", "2900000000", "157.36")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("falseFacts")
  void yieldsNoFalseFacts(String name, List<String> forbidden) throws IOException {
    Set<String> keys = Facts.keys(read(name));
    for (String f : forbidden) {
      assertTrue(
          keys.stream().noneMatch(k -> k.contains(f)), () -> name + ": " + f + " in " + keys);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsFactsAboutUnknownNames(String name, List<String> expected) throws IOException {
    Set<String> keys = Facts.keys(read(name));
    for (String e : expected) {
      assertTrue(keys.contains(e), () -> name + ": expected " + e + " in " + keys);
    }
  }

  @Test
  void negativeArticleYieldsNothing() throws IOException {
    Set<String> keys = Facts.keys(read("negatives"));
    assertTrue(keys.isEmpty(), () -> "expected nothing, got " + keys);
  }

  @Test
  void trapsYieldOnlyWhatIsStated() throws IOException {
    // Negation, a question, a condition, a comparison, a subjectless deal value, a share price.
    assertEquals(
        Set.of(
            "sam-altman CEO openai CURRENT", "microsoft Investment 13000000000 USD Exact Actual"),
        Facts.keys(read("traps")));
  }

  @Test
  void itsIsTheSubjectNotTheObject() throws IOException {
    Set<String> keys = Facts.keys(read("challengers"));
    assertTrue(
        keys.stream()
            .noneMatch(
                k -> k.contains("developedBy nvidia") || k.contains("developedBy microsoft")),
        keys::toString);
  }

  @Test
  void thePurposeIsTheSubjectsNotTheReplacedChips() throws IOException {
    Set<String> keys = Facts.keys(read("explainer"));
    assertTrue(
        keys.stream().noneMatch(k -> k.startsWith("trainium2 optimizedFor")), keys::toString);
  }

  @Test
  void aPartnerIsNotABuyer() throws IOException {
    Set<String> keys = Facts.keys(read("openai-broadcom"));
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("broadcom usesChip")), keys::toString);
  }

  @Test
  void rentingChipsOutIsNotUsingThem() throws IOException {
    Set<String> keys = Facts.keys(read("investor-view"));
    assertTrue(
        keys.stream().noneMatch(k -> k.startsWith("amazon-web-services usesChip")), keys::toString);
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("apple")), keys::toString);
  }

  @Test
  void relatedCoverageYieldsNothing() throws IOException {
    Set<String> keys = Facts.keys(read("trainium-talks"));
    assertTrue(keys.stream().noneMatch(k -> k.contains("100000000000")), keys::toString);
  }

  @Test
  void toleranceIsNotAFigure() throws IOException {
    Set<String> keys = Facts.keys(read("market-sizes"));
    assertTrue(keys.stream().noneMatch(k -> k.contains(" 300000000 ")), keys::toString);
  }

  @Test
  void figuresGoToTheirOwnSubject() throws IOException {
    Set<String> keys = Facts.keys(read("marvell-microsoft"));
    keys.addAll(Facts.keys(read("photonic-startup")));
    keys.addAll(Facts.keys(read("samsung-tesla-wire")));
    assertTrue(
        keys.stream()
            .noneMatch(
                k ->
                    k.startsWith("microsoft QuarterlyRevenue")
                        || k.startsWith("ayar-labs Valuation")
                        || k.startsWith("bloomberg")),
        keys::toString);
  }

  @Test
  void deniedFactsAreNotFacts() throws IOException {
    Set<String> keys = Facts.keys(read("executive-shuffle"));
    assertTrue(
        keys.stream()
            .noneMatch(k -> k.contains("trainium developedBy nvidia") || k.contains("rubin")),
        keys::toString);
  }

  @Test
  void aFoundryThatMakesAChipDidNotDevelopIt() throws IOException {
    Set<String> keys = Facts.keys(read("maia-200"));
    assertTrue(keys.stream().noneMatch(k -> k.contains("developedBy tsmc")), keys::toString);
    assertTrue(keys.stream().noneMatch(k -> k.contains("developedBy rivos")), keys::toString);
  }

  @Test
  void changesAndSharePricesAreNotFigures() throws IOException {
    Set<String> keys = Facts.keys(read("ironwood-and-suppliers"));
    assertTrue(
        keys.stream().noneMatch(k -> k.contains("20000000000") || k.contains("207")),
        keys::toString);
  }

  @Test
  void theNewNamesAreNotInTheLexicon() {
    Lexicon lex = Lexicon.defaultLexicon();
    for (String n :
        List.of(
            "Cerebras Systems",
            "WSE-3",
            "Lisa Su",
            "Instinct MI300X",
            "Ironwood",
            "Maia 200",
            "MTIA v2",
            "Gaudi 3",
            "Hock Tan",
            "Tesla",
            "AI5",
            "Groq",
            "Tenstorrent",
            "Blackhole",
            "Jim Keller")) {
      assertTrue(lex.byKey(Slug.of(n)).isEmpty(), () -> n + " must not be in the lexicon");
    }
  }

  private static String read(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/articles", name + ".txt"));
  }
}
