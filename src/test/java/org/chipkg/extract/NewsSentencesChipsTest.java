package org.chipkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chip readings of wire copy (developers, designers, foundries, purposes, generations), one short
 * text each (a one-paragraph article after a headline; " ¶ " starts a new paragraph): what it must
 * yield ("yes": that key) and what it must not ("no": no key containing the text). The same rows as
 * {@link NewsSentencesTest}, kept apart so that each area adds its own.
 */
class NewsSentencesChipsTest {
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Broadcom has worked on the design of Trainium3. | trainium3 designedBy broadcom | yes",
        "Broadcom lists Apple among its customers, alongside Google, for which it designs the TPU. | tpu designedBy broadcom | yes",
        "Broadcom lists Apple among its customers, alongside Google, for which it designs the TPU. | tpu developedBy google | yes",
        "Intel gave an update on Tuesday. The company said it will ship samples of Crescent Island, its first GPU for inference, next year. | crescent-island developedBy intel | yes",
        "Marvo Labs, which raised money from Samsung last year, makes the Pelican chip. | pelican developedBy marvo-labs | yes",
        "Analysts liked Qualcomm's newest AI chip, the Hexa 9. | hexa-9 developedBy qualcomm | yes",
        "Nimbus Cloud's Strata chip, developed by its Pelion Labs team, ships in June. | strata developedBy pelion-labs | yes",
        "Toyama Devices makes robots. The Osaka-based company is developing Kiso-2, a vision chip. | kiso-2 developedBy toyama-devices | yes",
        "Aurex Systems sells the Ridge accelerator to banks. | ridge developedBy aurex-systems | yes",
        "Aurex Systems sells H100 servers to banks. | h100 developedBy aurex | no",
        "Qualcomm taped out the Hexa-9 chip in March. | hexa-9 developedBy qualcomm | yes",
        "The Tern chip was designed with the help of Amazon's Annapurna Labs. | tern designedBy annapurna-labs | yes",
        "Google's TPU, designed with Broadcom, runs Gemini. | tpu designedBy broadcom | yes",
        "Google's TPU, designed with Broadcom's help, runs Gemini. | tpu designedBy broadcom | no",
        "Halvorsen showed the Tarn chip. It is a member of the Quill family, draws less power and ships next year. | tarn generationOf quill | yes",
        "Pyxis said the PX204 and PX206, smaller variants of the PX200 series, will ship soon. | px204 generationOf px200 | yes",
        "Pyxis said the PX204 and PX206, smaller variants of the PX200 series, will ship soon. | px206 generationOf px200 | yes",
        "The Fjord-7 and Fjord-8 chips are both made by TSMC. | fjord-8 manufacturedBy tsmc | yes",
        "Corvane's Vale-1 chip taped out at GlobalFoundries last month. | vale-1 manufacturedBy globalfoundries | yes",
        "Corvane taped out its first chip, Vale-1, at GlobalFoundries. | vale-1 manufacturedBy globalfoundries | yes",
        "Corvane unveiled the Vale-1 chip. It has taped out at GlobalFoundries. | vale-1 manufacturedBy globalfoundries | yes",
        "Corvane unveiled the Vale-1 chip. Built by TSMC on its 7-nanometer process, it uses little power. | vale-1 manufacturedBy tsmc | yes",
        "GlobalFoundries builds the Vale-1 chip for Corvane. | vale-1 manufacturedBy globalfoundries | yes",
        "GlobalFoundries builds the Vale-1 chip for Corvane. | developedBy globalfoundries | no",
        "Corvane's Vale-1 chip is designed, the company said, for inference. | vale-1 optimizedFor Inference | yes",
        "Corvane's Vale-1 chip is designed solely for inference. | vale-1 optimizedFor Inference | yes",
        "Corvane makes the Vale-1, an inference-focused processor. | vale-1 optimizedFor Inference | yes",
        "Corvane showed the Vale-1 inference chip at a trade show. | vale-1 optimizedFor Inference | yes",
        "Corvane showed Vale-1, a low-power chip for inference, at a trade show. | vale-1 optimizedFor Inference | yes",
        "Corvane showed the Vale-1 chip on Monday. The chip is aimed only at inference. | vale-1 optimizedFor Inference | yes",
        "Corvane showed the Vale-1 and Vale-2 chips on Monday. Both chips are aimed at training. | vale-2 optimizedFor Training | yes",
        "Corvane showed the Vale-1 and Vale-2 chips on Monday. Both chips are aimed at training. | vale-1 optimizedFor Training | yes",
        "Corvane's Vale-3 replaces the Vale-2, which was also built by TSMC. | vale-2 manufacturedBy tsmc | yes",
        "Intel makes the Gaudi line of chips. Gaudi 3 ships in April. Gaudi3, as the company also spells it, is made by TSMC. | gaudi-3 manufacturedBy tsmc | yes",
        "Ampere sells the AmpereOne chips. The AmpereOne M is made by TSMC. | ampereone-m manufacturedBy tsmc | yes",
        "Ampere sells the AmpereOne chips. The AmpereOne M is made by TSMC. | ampereone manufacturedBy | no",
        "Corvane's Tamar inference chip is popular with banks. | tamar developedBy corvane | yes",
        "Selka is manufactured by TSMC, Corvane said. | selka manufacturedBy tsmc | yes",
        "Selka, built on TSMC's 5nm process, draws 20 watts. | selka manufacturedBy tsmc | yes",
        "Trainium3, co-developed with Alchip and Marvell, is manufactured on TSMC's 3nm node. | marvell manufacturedBy | no",
        "Analysts compared Trainium with Nvidia's H100 in recent benchmarks. | h100 developedBy nvidia | no",
        "AMD's Instinct MI355X matches Nvidia's B200 on many benchmarks. | b200 developedBy nvidia | yes",
        "Servers use processors such as Amazon's Graviton and Google's Axion. | graviton developedBy amazon | yes",
        "Orinda makes accelerators. Its first product was Sable-1. Its successor, Sable-2, is made by TSMC. | sable-2 manufacturedBy tsmc | yes",
        "Halvorsen Systems designs the Quill line of accelerators. ¶ Its successor, Quill 2, ships next year. | quill-2 developedBy halvorsen-systems | yes",
        "Halvorsen Systems sells the Quill family of chips. The first, Quill 1, is built by TSMC. | quill-1 developedBy halvorsen-systems | yes",
        "Intel has said there will be no Gaudi 4 chip. | gaudi-4 generationOf | no",
        "Intel makes the Gaudi line of chips. Intel has said there will be no Gaudi 4. | gaudi-4 generationOf | no",
        "Brightwave Systems was founded in 2019. Its first product, the BW100 chip, shipped in 2022. | bw100 developedBy brightwave-systems | yes",
        "Velora Systems' first product, the Aster AI processing unit (APU), is built for edge inference. | aster developedBy velora-systems | yes",
        "AMD said it would make part of its next EPYC server processor, code-named Venice, in Arizona. | venice developedBy amd | yes",
        "Kestrel Systems sells the Falcon family of server processors. The current Falcon M, the second generation of the family, is made by TSMC. | falcon-m generationOf falcon | yes",
        "Kestrel Systems sells the Falcon family of server processors. The current Falcon M, the second generation of the family, is made by TSMC. | falcon-m developedBy kestrel-systems | yes",
        "Lumina Systems has said its Orb accelerators, which Meta and Oracle have agreed to deploy, are made by TSMC, as is its next Nova processor. | nova developedBy oracle | no",
        "Lumina Systems has said its Orb accelerators, which Meta and Oracle have agreed to deploy, are made by TSMC, as is its next Nova processor. | nova developedBy lumina-systems | yes",
        "Halvorsen Systems designs the Quill line of accelerators. ¶ Demand is strong. The first Quill chips sold out. The next version, Quill 2, will not ship for a year. | quill-2 developedBy | no",
        // a chip after an appositive that names a company ("an Arm-based", "the company's"), a
        // line's members and what the line is for, "is used to train", "which targets"
        "Meta also designs Kestrel, an Arm-based server processor, in house. | kestrel designedBy meta | yes",
        "Meta also designs Kestrel, an Arm-based server processor, in house. | arm | no",
        "Lumora Systems sells chips. Its Tern-3, the company's third-generation NPU, which targets edge AI inference, ships in May. | tern-3 optimizedFor Inference | yes",
        "Lumora Systems sells chips. Its Tern-3, the company's third-generation NPU, which targets edge AI inference, ships in May. | tern-3 developedBy lumora-systems | yes",
        "The current Fathom-2, built on TSMC's 5nm process, is used to train Nvidia's Nemotron models. | fathom-2 optimizedFor Training | yes",
        "Lumora Systems has since released the Tern-3S and Tern-3L, smaller variants of the Tern-3 series for inference. | tern-3l optimizedFor Inference | yes",
        "Lumora Systems began volume shipments of Tern-2, the second generation of its Tern line of chips for edge AI inference. | tern-2 optimizedFor Inference | yes",
        "Lumora Systems makes the Tern-2 chip, which is mainly used for inference at Meta. | tern-2 optimizedFor Inference | yes",
        // a chip named after another chip and a variant word is of that chip's family and developer
        "Lumora Systems makes the Tern GPU. ¶ Demand is strong, analysts said. ¶ Tern Ultra arrives in the second half of 2027. | tern-ultra generationOf tern | yes",
        "Lumora Systems makes the Tern GPU. ¶ Demand is strong, analysts said. ¶ Tern Ultra arrives in the second half of 2027. | tern-ultra developedBy lumora-systems | yes",
        "Nvidia makes the Rubin GPU. Rubin CPX ships next year. | rubin-cpx generationOf | no",
        // a product name before a kind of chip for laptops, phones or cars, or before "modules"
        "Lumora Systems began production for Qualcomm's Harbor Point laptop processors. | harbor-point developedBy qualcomm | yes",
        "Both startups are up against Nvidia's Jetson modules. | jetson developedBy nvidia | yes",
        "Samsung makes DDR5 memory modules for PCs. | ddr5 | no",
        // "an order for its chips": the seller's chips, not the buyer's
        "Lumora Systems makes chips. Oracle has placed a second, larger order for its Tern-2 inference chips. | tern-2 developedBy oracle | no",
        "Lumora Systems makes chips. Oracle has placed a second, larger order for its Tern-2 inference chips. | tern-2 developedBy lumora-systems | yes",
        // a variant word inside a chip's name, chips listed before their kind, a kind of card
        "Lumora Systems makes chips. Clouds are buying Lumora Osprey Ultra GPUs by the rack. | osprey-ultra developedBy lumora-systems | yes",
        "Lumora Systems makes chips. Demand grew for Lumora's Osprey and Kite GPUs this quarter. | osprey developedBy lumora-systems | yes",
        "Lumora Systems makes chips. Banks bought Lumora K40 and K50 graphics processing units. | k40 developedBy lumora-systems | yes",
        "Lumora Systems said its Heron inference card ships in May. | heron developedBy lumora-systems | yes",
        "Aurex Systems said it will issue Visa cards to staff. | visa | no",
        "The kit is based on Lumora's Xe7 graphics architecture. | xe7 | no",
        // a company writing of itself ("our", "we"); a family of chips in an apposition; a company
        // name ending in "Accelerators"
        "Hollin Accelerators builds inference chips. Our current chip, Tarn 2, is made by TSMC. | tarn-2 developedBy hollin-accelerators | yes",
        "Hollin Accelerators raised money. We design Tarn, a family of AI inference chips. | tarn designedBy hollin-accelerators | yes",
        "Hollin Accelerators runs a cloud. We build Tarn 2 servers for banks. | tarn-2 developedBy | no",
        "Dana Whitfield is the new CFO at Hollin Accelerators. | hollin-accelerators | yes",
        "Hollin Accelerators makes chips. Tarn is our first product. ¶ Our Nvidia H100 cluster runs day and night. | h100 developedBy hollin | no",
        // "built by Samsung's foundry": made there, not developed there
        "Aurex Systems makes chips. The Osprey chip, built by Samsung Electronics' foundry, is late. | osprey manufacturedBy samsung-electronics | yes",
        "Aurex Systems makes chips. The Osprey chip, built by Samsung Electronics' foundry, is late. | osprey developedBy samsung | no",
        // "a deal with X to deploy its chips": the partner's chips
        "Aurex Systems signed a deal with Lumora Systems to deploy thousands of its Osprey GPUs. | osprey developedBy lumora-systems | yes",
        "Aurex Systems signed a deal with Lumora Systems to deploy thousands of its Osprey GPUs. | osprey developedBy aurex-systems | no",
      })
  void readsAsNewsMeansIt(String sentence, String key, String yields) {
    YieldCheck.check(sentence, key, yields);
  }
}
