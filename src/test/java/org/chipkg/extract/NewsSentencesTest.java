package org.chipkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructions of wire copy, one sentence each (a one-paragraph article after a headline; " ¶ "
 * starts a new paragraph): what a sentence must yield ("yes": that key) and what it must not ("no":
 * no key containing the text).
 */
class NewsSentencesTest {
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Lisa Su, who has led AMD since 2014, said the MI400 will ship next year. | lisa-su Head amd CURRENT | yes",
        "Arm, the British chip designer owned by SoftBank, reported revenue of $1.14 billion. | arm subsidiaryOf softbank | yes",
        "Nvidia's market capitalization topped $5 trillion on Wednesday. | nvidia Valuation 5000000000000 USD AtLeast Actual | yes",
        "TSMC is the sole manufacturer of Nvidia's most advanced GPUs. | nvidia customerOf tsmc | yes",
        "Tenstorrent CEO Jim Keller said the company's Blackhole chip is made by Samsung. | blackhole manufacturedBy samsung-electronics | yes",
        "Kunlunxin, Baidu's chip unit, designs the P800. | kunlunxin subsidiaryOf baidu | yes",
        "The MI450, which AMD designed for both training and inference, will be made by TSMC. | mi450 designedBy amd | yes",
        "OpenAI, which is also a major customer of Nvidia, signed the deal. | openai customerOf nvidia | yes",
        "Samsung Electronics has signed a $16.5 billion contract to make chips for Tesla, Tesla CEO Elon Musk said. | tesla customerOf samsung-electronics | yes",
        "Revenue in the fiscal fourth quarter rose 46% to $11.32 billion, Micron said. | micron QuarterlyRevenue 11320000000 USD Exact Actual | yes",
        "The deal follows a $2 billion investment by SoftBank Group in Intel. | softbank-group Investment 2000000000 USD Exact Actual | yes",
        "Tenstorrent CEO Jim Keller said the company's Blackhole chip is made by Samsung. | developedBy samsung | no",
        "Meta is in talks to use Google's TPUs in its data centers. | meta | no",
        "Nvidia will buy Intel common stock at $23.28 per share. | subsidiaryOf | no",
        "Net income was $4.14 billion, up from a loss of $1.88 billion a year earlier, Broadcom said. | 1880000000 | no",
        "Micron expects revenue of $12.5 billion, above analysts' average estimate of $11.9 billion. | 11900000000 | no",
        "Analysts said it was likely to rely on TSMC, which makes its Snapdragon processors. | developedBy tsmc | no",
        "SMIC shares have tripled, giving it a market value of HK$500 billion. | USD | no",
        "A spokesperson for Microsoft, Frank Shaw, said the company does not comment on rumors. | frank-shaw Spokesperson microsoft CURRENT | yes",
        "Jensen Huang, the founder of Nvidia, met President Donald Trump at the White House. | donald-trump | no",
        "Nvidia shares rose 3% to $180.50 on Friday. | 180.5 | no",
        "Tesla designed the AI5 chip. TSMC will also make some AI5 chips, Musk said. | ai5 manufacturedBy tsmc | yes",
        "Lumora unveiled the Lumen-1 chip. The chip is being produced by GlobalFoundries in New York. | lumen-1 manufacturedBy globalfoundries | yes",
        "Lumora, a Boston-based startup, makes photonic chips. Founded in 2021 by Arjun Mehta and Elena Sokolova, a former Intel researcher, Lumora says its chip saves power. | elena-sokolova Founder lumora CURRENT | yes",
        "Lumora, a Boston-based startup, makes photonic chips. Founded in 2021 by Arjun Mehta and Elena Sokolova, a former Intel researcher, Lumora says its chip saves power. | Founder intel | no",
        "Lumora, a Boston-based startup, makes photonic chips. Rivals include Lightmatter, which was valued at $4.4 billion last year, and Ayar Labs. | ayar-labs Valuation | no",
        "AMD's rivals include Nvidia and Intel. | amd competesWith nvidia | yes",
        "Lumora, a Boston-based startup, makes photonic chips. Its rivals in optical computing include Nvidia and Intel. | intel competesWith lumora | yes",
        "Broadcom will supply chips to OpenAI. | openai customerOf broadcom | yes",
        "Broadcom won a deal to design custom AI accelerators for Microsoft. | microsoft customerOf broadcom | yes",
        "Broadcom will also build the chips for Microsoft, the company said. | microsoft customerOf broadcom | yes",
        "Qualcomm's AI200 chip, due in 2026, targets inference workloads. | ai200 optimizedFor Inference | yes",
        "Google's seventh-generation TPU, Ironwood, is designed for inference. | ironwood developedBy google | yes",
        "SEOUL (Bloomberg) -- Samsung Electronics will make the AI5 chip under a $16.5 billion agreement. | bloomberg | no",
        "SAN JOSE, Calif., Dec 3 (Reuters) - Marvell reported revenue of $2.1 billion for the quarter. | reuters | no",
        "SAN JOSE, Calif., Dec 3 (Reuters) - Marvell reported quarterly revenue of $2.1 billion. | marvell QuarterlyRevenue 2100000000 USD Exact Actual | yes",
        "Groq's LPU chips are manufactured by GlobalFoundries and Samsung. | lpu manufacturedBy samsung-electronics | yes",
        "The Rubin chips will be made by TSMC, Nvidia said on Tuesday. | manufacturedBy nvidia | no",
        "Microsoft's Maia 200 succeeds the Maia 100 and is built on TSMC's 3-nanometer process. | maia-200 manufacturedBy tsmc | yes",
        "Microsoft's Maia 200 succeeds the Maia 100 and is built on TSMC's 3-nanometer process. | maia-100 manufacturedBy | no",
        "Trainium3, the third generation of Amazon's Trainium chip, is now generally available. | trainium3 status Available | yes",
        "Trainium3, the third generation of Amazon's Trainium chip, is now generally available. | trainium status | no",
        "Samsung Electronics' contract chipmaking arm will manufacture Tesla's AI5 chip. | ai5 manufacturedBy samsung-electronics | yes",
        "Samsung's foundry unit will produce the AI5 chip for Tesla. | ai5 manufacturedBy samsung-electronics | yes",
        "Lumora, a Boston-based startup, makes photonic chips. Rivals include Lightmatter and Ayar Labs. | ayar-labs competesWith lumora | yes",
        "Lumora, a Boston-based startup, makes photonic chips. Rivals include Lightmatter and Ayar Labs. | lightmatter competesWith lumora | yes",
        "Marvell Technology designs custom AI accelerators for Microsoft. | microsoft customerOf marvell | yes",
        "Nvidia's Blackwell GPUs are produced on TSMC's 4NP process. | blackwell manufacturedBy tsmc | yes",
        "Nvidia's Blackwell GPUs are produced on TSMC's 4NP process. | blackwell developedBy nvidia | yes",
        "Nvidia's Blackwell GPUs are produced on TSMC's 4NP process. | 4np | no",
        "Apple's M5 chip is built on TSMC's N3P node. | m5 manufacturedBy tsmc | yes",
        "Apple's M5 chip is built on TSMC's N3P node. | n3p | no",
        "AMD unveiled the MI500 accelerator. The chip is fabricated using Samsung's 2-nanometer process. | mi500 manufacturedBy samsung-electronics | yes",
        "Intel will make the chip on its 18A process. | 18a | no",
        "Google parent Alphabet reported quarterly revenue of $96.4 billion. | google subsidiaryOf alphabet | yes",
        "Google parent Alphabet reported quarterly revenue of $96.4 billion. | alphabet QuarterlyRevenue 96400000000 USD Exact Actual | yes",
        "Google parent Alphabet reported quarterly revenue of $96.4 billion. | google QuarterlyRevenue | no",
        "Nvidia's data center segment generated revenue of $41.1 billion in the quarter. | nvidia QuarterlyRevenue | no",
        "Nvidia's data center segment generated revenue of $41.1 billion in the quarter. | nvidia SegmentRevenue 41100000000 USD Exact Actual | yes",
        "Nvidia said data center revenue rose 56% to $41.1 billion. | nvidia SegmentRevenue 41100000000 USD Exact Actual | yes",
        "SoftBank Group Corp. agreed to buy Ampere Computing for $6.5 billion. | ampere-computing subsidiaryOf softbank-group | yes",
        "Cerebras Systems makes AI chips. The startup, which competes with Nvidia, designs the WSE-3 chip. | wse-3 designedBy cerebras-systems | yes",
        "Intel reported results. The company is also developing Gaudi 3, an AI accelerator. | gaudi-3 developedBy intel | yes",
        "Huawei is preparing to ship its advanced 910C artificial intelligence chip. | 910c developedBy huawei | yes",
        "The 910C chip is made by China's top contract chipmaker SMIC. | 910c manufacturedBy smic | yes",
        "Broadcom, which counts Alphabet's Google and Meta Platforms among its customers, reported results. | google customerOf broadcom | yes",
        "Broadcom, which counts Alphabet's Google and Meta Platforms among its customers, reported results. | alphabet customerOf | no",
        "Cerebras Systems makes AI chips. Its largest customer is G42, an Abu Dhabi-based technology group. | g42 customerOf cerebras-systems | yes",
        "Anthropic will train its models on AWS's custom Trainium chips. | anthropic usesChip trainium | yes",
        "Anthropic will use Amazon Web Services as its primary cloud provider. | anthropic customerOf amazon-web-services | yes",
        "CoreWeave, a cloud provider, rents out Nvidia chips. The company counts Microsoft and OpenAI among its largest customers. | openai customerOf coreweave | yes",
        "Groq makes chips. Jonathan Ross founded the company in 2016 with Douglas Wightman. | jonathan-ross Founder groq CURRENT | yes",
        "Groq makes chips. Jonathan Ross founded the company in 2016 with Douglas Wightman. | douglas-wightman Founder groq CURRENT | yes",
        "Intel Corp. has appointed Kevork Kechichian to lead its data center group. | kevork-kechichian Head intel CURRENT | yes",
        "Designed from the ground up for inference, the Fjord-3 chip serves large models. | fjord-3 optimizedFor Inference | yes",
        "Lumora sells the Meridian-2 chip, the second generation of the Meridian line. | meridian-2 generationOf meridian | yes",
        "Google designs the Ironwood chip. Ironwood is the seventh generation of Google's TPU. | ironwood generationOf tpu | yes",
        "Google's Trillium, the sixth-generation TPU, shipped in 2024. | trillium generationOf tpu | yes",
        "The Titan chip is designed primarily to run AI models that have already been trained. | titan optimizedFor Inference | yes",
        "The Titan chip is designed primarily to run AI models that have already been trained. | titan optimizedFor Training | no",
        "d-Matrix, a startup, builds Corsair, an inference accelerator. | corsair optimizedFor Inference | yes",
        "Rebellions, a startup, develops the ATOM and REBEL families of inference chips. | atom developedBy rebellions | yes",
        "Rebellions, a startup, develops the ATOM and REBEL families of inference chips. | rebel optimizedFor Inference | yes",
        "Meta's in-house accelerator, MTIA v2, is made by TSMC. It is used mainly for inference. | mtia-v2 optimizedFor Inference | yes",
        "Baidu's Kunlun chips come in a family. Its flagship, the Kunlun P800, ships now. | kunlun-p800 generationOf kunlun | yes",
        "Halvard Semiconductor Unveils Fjord-3 Accelerator for Inference ¶ Halvard Semiconductor makes AI chips. | unveils | no",
        "Halvard Semiconductor Unveils Fjord-3 Accelerator for Inference ¶ Halvard Semiconductor makes AI chips. | fjord-3-accelerator | no",
        "Our customers want lower prices, said Ingrid Moe, chief executive officer of Nordlys Cloud. | ingrid-moe CEO nordlys-cloud CURRENT | yes",
        "Scale AI founder Alexandr Wang joined Meta last year. | alexandr-wang Founder scale-ai CURRENT | yes",
        "Halvard Semiconductor, Inc., a developer of processors for AI, today announced Fjord-3, its newest accelerator. | fjord-3 developedBy halvard-semiconductor | yes",
        "Nvidia leads the market. ¶ 1. Etched ¶ What it makes: Etched builds one chip. ¶ Who runs it: co-founder and CEO Gavin Uberti. | gavin-uberti CEO etched CURRENT | yes",
        "Nvidia leads the market. ¶ 1. Etched ¶ What it makes: Etched builds one chip. ¶ Who runs it: co-founder and CEO Gavin Uberti. | gavin-uberti CEO nvidia | no",
        "MatX, a chip startup, designs chips for language models. Its founders, Reiner Pope and Mike Gunter, worked at Google. | mike-gunter Founder matx CURRENT | yes",
        "MatX, a chip startup, designs chips for language models. Reiner Pope is CEO. | reiner-pope CEO matx CURRENT | yes",
        "Etched, a chip startup, makes one chip. Gavin Uberti, who co-founded the company in 2022, is its CEO. | gavin-uberti CEO etched CURRENT | yes",
        "Groq, a chip startup, sells to Meta. The startup has won customers that include Meta, which uses Groq chips. ¶ It raised $750 million at a $6.9 billion valuation. | groq FundingRound 750000000 USD Exact Actual | yes",
        "Analysts at Harbor Securities expect Nvidia to post revenue of $54 billion next quarter. | harbor-securities Revenue | no",
        "Chip stocks fell on Monday, said Ann Lee, a semiconductor analyst at Harbor Securities in Seoul. | ann-lee Analyst harbor-securities CURRENT | yes",
        "Nvidia's margins held up, said Tom Reyes, principal analyst at Quarry Research. | tom-reyes Analyst quarry-research CURRENT | yes",
        "Chip stocks fell on Monday, said Ann Lee, a semiconductor analyst at Harbor Securities in Seoul. | ann-lee Analyst nvidia | no",
        "Lumora makes optical chips. It competes with Lightmatter, which builds interconnects, and with Ayar Labs. | ayar-labs competesWith lumora | yes",
        "Broadcom designs custom chips. Its main rival in that business is Marvell Technology. | broadcom competesWith marvell | yes",
        "Huawei's main domestic rival, Cambricon Technologies, reported higher sales. | cambricon-technologies competesWith huawei | yes",
        "Groq has positioned itself as a direct competitor to Nvidia, as has rival startup Cerebras Systems. | cerebras-systems competesWith groq | yes",
        "Groq has positioned itself as a direct competitor to Nvidia, as has rival startup Cerebras Systems. | groq competesWith nvidia | yes",
        "That puts chip startup Tenstorrent in competition not only with Nvidia but with Arm. | arm competesWith tenstorrent | yes",
        "Startups like d-Matrix, Etched and Positron are all competing for the same buyers. | d-matrix competesWith etched | yes",
        "Startups like d-Matrix, Etched and Positron are all competing for the same buyers. | etched competesWith positron | yes",
        "Cerebras Systems makes AI chips. The chip is manufactured by Taiwan Semiconductor Manufacturing Co. Its largest customer is G42, an Abu Dhabi-based technology group. | customerOf tsmc | no",
        "Cerebras Systems makes AI chips. The chip is manufactured by Taiwan Semiconductor Manufacturing Co. Its largest customer is G42, an Abu Dhabi-based technology group. | g42 customerOf cerebras-systems | yes",
      })
  void readsAsNewsMeansIt(String sentence, String key, String yields) {
    Set<String> keys = Facts.keys("Headline\n" + sentence.replace(" ¶ ", "\n\n"));
    if (yields.strip().equals("yes")) {
      assertTrue(keys.contains(key.strip()), () -> "expected " + key + " in " + keys);
    } else {
      assertTrue(
          keys.stream().noneMatch(k -> k.contains(key.strip())),
          () -> "expected no " + key + " in " + keys);
    }
  }
}
