package org.chipkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relations between organizations as news phrases them (customers, chip users, subsidiaries,
 * competitors), one sentence each in the form of {@link NewsSentencesTest}: what a sentence must
 * yield ("yes": that key) and what it must not ("no": no key containing the text).
 */
class NewsSentencesOrgsTest {
  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Halvard Semiconductor is roughly 75% owned by Kestrel Holdings. | halvard-semiconductor subsidiaryOf kestrel-holdings | yes",
        "Halvard Semiconductor is 20% owned by Kestrel Holdings. | subsidiaryOf | no",
        // memory shipped for a company's chips makes it a customer
        "Samsung has begun shipping HBM4 for Nvidia's Rubin GPUs. | nvidia customerOf samsung-electronics | yes",
        "Nvidia ships its GPUs for training and inference. | customerOf | no",
        // orders won from a company make it a customer, not a rival; share won from one is a
        // rival's
        "Broadcom makes custom accelerators. It won orders from Google and Meta last year. | google customerOf broadcom | yes",
        "Broadcom makes custom accelerators. It won orders from Google and Meta last year. | broadcom customerOf | no",
        "Broadcom makes custom accelerators. It won orders from Google and Meta last year. | competesWith | no",
        "AMD hopes to win market share from Nvidia this year. | amd competesWith nvidia | yes",
        // an acquired company named after its description
        "Nvidia also acquired a small compiler company in Zurich, Tessel Labs, in January. | tessel-labs subsidiaryOf nvidia | yes",
        "Nvidia also acquired a small compiler company in Zurich, Tessel Labs, in January. | nvidia subsidiaryOf | no",
        "Meridian Labs, the Dutch chip startup, now owned by Kestrel Holdings, shut its Delft office. | meridian-labs subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings earlier this year bought Halvard Semiconductor, a chip designer, for $2 billion. | halvard-semiconductor subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings in 2023 acquired Halvard Semiconductor. | halvard-semiconductor subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings acquires Halvard Semiconductor | halvard-semiconductor subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings completed its $900 million acquisition of Halvard Semiconductor in May. | halvard-semiconductor subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings' purchase of the networking startup Halvard Semiconductor added 300 engineers. | halvard-semiconductor subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings' proposed acquisition of Halvard Semiconductor collapsed in March. | subsidiaryOf | no",
        "Vireo Cloud, a Kestrel Holdings subsidiary, posted higher revenue. | vireo-cloud subsidiaryOf kestrel-holdings | yes",
        "Nordvik Systems (NVS), Kestrel Holdings' cloud arm, hired 40 engineers. | nordvik-systems subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings already controls Halvard Semiconductor through a trust. | halvard-semiconductor subsidiaryOf kestrel-holdings | yes",
        "Kestrel Holdings owns Halvard Semiconductor shares worth $40 million. | subsidiaryOf | no",
        "Lumora makes photonic chips. It said Halvard Systems Inc. is now a wholly owned subsidiary. | halvard-systems subsidiaryOf lumora | yes",
        "Intel makes chips. Altera Corp., now a majority-owned unit, hired a new chief. | altera subsidiaryOf intel | yes",
        "Intel makes chips. Altera Corp., the chipmaker's programmable-logic unit, hired a new chief. | altera subsidiaryOf intel | yes",
        "AMD competes fiercely with Nvidia in data-center GPUs. | amd competesWith nvidia | yes",
        "Intel faces stiff competition from AMD in servers. | amd competesWith intel | yes",
        "Intel faces no competition from AMD in that niche. | competesWith | no",
        "In data-center inference, Intel is up against Nvidia. | intel competesWith nvidia | yes",
        "Intel is up against a tight deadline, AMD said. | competesWith | no",
        "Qualcomm competes with Apple and, increasingly, with Intel and AMD. | intel competesWith qualcomm | yes",
        "Arm's designs compete with Intel's Xeon and AMD's EPYC processors. | amd competesWith arm | yes",
        "Broadcom and Qualcomm compete for the same handset contracts. | broadcom competesWith qualcomm | yes",
        "Kestrel Labs makes edge chips. Its closest rival is Japan's Preferred Networks. | kestrel-labs competesWith preferred-networks | yes",
        "Lumora, a Boston-based startup, makes photonic chips. Customers include the Polish retail analytics company Skalar Vision. | polish | no",
        "Lumora, a Boston-based startup, makes photonic chips. Its customers include the French AI lab Mistral AI. | french | no",
        "Broadcom makes custom chips. Google and Meta remain its two largest customers. | meta customerOf broadcom | yes",
        "Oracle and OpenAI are also AMD's main customers. | openai customerOf amd | yes",
        "Broadcom makes custom chips. Apple and Meta are its prospective customers. | customerOf | no",
        "Anthropic became a Google customer in 2024. | anthropic customerOf google | yes",
        "Microsoft is itself an Oracle customer. | microsoft customerOf oracle | yes",
        "Oracle agreed to provide OpenAI with computing capacity worth $30 billion. | openai customerOf oracle | yes",
        "Meta agreed last week to pay Oracle $10 billion for cloud capacity. | meta customerOf oracle | yes",
        "Microsoft signed a five-year contract with Oracle for access to GPU clusters. | microsoft customerOf oracle | yes",
        "Microsoft signed a contract with Oracle to settle the dispute. | customerOf | no",
        "Broadcom makes custom chips. Customers named in its annual report include Meta and OpenAI. | openai customerOf broadcom | yes",
        "Lumora, a Boston-based startup, makes photonic chips. Customers include the Polish retail analytics company Skalar Vision. | skalar-vision customerOf lumora | yes",
        "Microsoft remains one of Nvidia's largest direct buyers. | microsoft customerOf nvidia | yes",
        "Oracle is buying about $40 billion of chips from Nvidia. | oracle customerOf nvidia | yes",
        "Oracle, the database company, has bought more than 50,000 AMD GPUs. | oracle customerOf amd | yes",
        "Anthropic has placed a second, larger order for Trainium2 chips. | anthropic usesChip trainium2 | yes",
        "Google sells TPUs to Anthropic, and Amazon has built a cluster of Trainium chips. | amazon customerOf | no",
        "Google sells TPUs to Anthropic, and Amazon has built a cluster of Trainium chips. | anthropic customerOf google | yes",
        "Halvard Systems designs inference chips. Made by TSMC on a 5-nanometer process, it won fans among labs seeking an alternative to Nvidia. | tsmc | no",
        "Halvard Systems designs inference chips. Made by TSMC on a 5-nanometer process, it won fans among labs seeking an alternative to Nvidia. | halvard-systems competesWith nvidia | yes",
        "Intel makes chips. Still, competing with Nvidia in training will be hard, an analyst said. | competesWith | no",
        "Cerebras makes wafer-scale chips. The delay came from a review of an investment by G42, the Abu Dhabi group that is also Cerebras's largest customer. | g42 customerOf cerebras | yes",
        "Nvidia makes GPUs. In March 2023 it acquired Halvard Semiconductor, a networking startup. | halvard-semiconductor subsidiaryOf nvidia | yes",
        "Nvidia makes GPUs. Last year, the company bought Halvard Semiconductor for $700 million. | halvard-semiconductor subsidiaryOf nvidia | yes",
        "Nvidia makes GPUs. In March it acquired Halvard Semiconductor shares worth $40 million. | subsidiaryOf | no",
        "Halvard Semiconductor is now part of Qualcomm. | halvard-semiconductor subsidiaryOf qualcomm | yes",
        "Halvard Semiconductor is part of Qualcomm's supplier list. | subsidiaryOf | no",
        "Nvidia sells GPUs. Its list of customers is long: Oracle, Meta and xAI all bought systems. | xai customerOf nvidia | yes",
        "Nvidia sells GPUs. The worry for customers: Oracle said supply is short. | customerOf | no",
        // names the lexicon lacks, typed by their shape or a place before them
        "Norway's Fjordline began shipping its Tern inference chips to carmakers. | tern developedBy fjordline | yes",
        "Lumen.ai began shipping its Kestrel-2 edge chip to drone makers. | kestrel-2 developedBy lumen-ai | yes",
        // a known name followed by a place or another suffix names a company of its own
        "Samsung makes memory. Samsung Austin, the group's wholly owned U.S. unit, booked a profit. | samsung-austin subsidiaryOf samsung-electronics | yes",
        "Samsung's U.S. subsidiary, Samsung Austin, booked a profit. | samsung-austin subsidiaryOf samsung-electronics | yes",
        "Intel Ohio fab construction was delayed again, Intel said. | intel-ohio | no",
        "Mahindra Sons controls many businesses. Mahindra Electronics, the group's chip arm, hired 200 engineers. | mahindra-electronics subsidiaryOf mahindra-sons | yes",
        // a company's short name in brackets or after ", or", and longer names that start with it
        "Kaito Precision Industry (Kaitek) said its March revenue rose. Most of its server business is run through Kaitek Industrial Cloud (KIC), its Osaka-listed subsidiary. | kaitek-industrial-cloud subsidiaryOf kaito-precision-industry | yes",
        "Marula Computer posted record sales. Marula Cloud Technology (MCT), Marula's server arm, builds racks. | marula-cloud-technology subsidiaryOf marula-computer | yes",
        "Brightwave Networks, a Kyoto startup, designs chips. ¶ Brightwave Networks, or BWN, said revenue doubled. BWN's models are trained by Brightwave Elements, a wholly owned subsidiary. | brightwave-elements subsidiaryOf brightwave-networks | yes",
        "Ostara Data Services, which bought 16,000 Nvidia H100 GPUs last year, has ordered more. | ostara-data-services customerOf nvidia | yes",
        "Rival chipmakers grew. Parent Kestrel Holdings, which makes trays for Nvidia, saw revenue climb. | nvidia customerOf kestrel-holdings | yes",
        "The chip uses High Bandwidth Memory (HBM), which Nvidia also uses. | high-bandwidth | no",
        // customers listed with clauses between them, named as "newer customers", or by a deal
        "Lumora makes photonic chips. Its largest customers are Oracle, for which it builds the Tern module, Meta, for which it supplies the Skua board, and Microsoft. | microsoft customerOf lumora | yes",
        "Lumora reported higher revenue. Its biggest customer is Oracle. OpenAI and Anthropic are newer customers. | anthropic customerOf lumora | yes",
        "Lumora reported higher revenue. Its biggest customer is Oracle. OpenAI and Anthropic are newer customers. | customerOf oracle | no",
        "Lumora reported higher revenue. OpenAI and Anthropic are prospective customers. | customerOf | no",
        "Lumora reported higher revenue. OpenAI and Anthropic are customers of Nvidia. | customerOf lumora | no",
        "Lumora makes photonic chips. Oracle's current custom accelerator customers are Google, Meta and Apple. | apple customerOf oracle | yes",
        "Microsoft has signed capacity contracts with Oracle and CoreWeave, a cloud provider. | microsoft customerOf coreweave | yes",
        "Microsoft has signed a contract with Oracle to settle the dispute. | customerOf | no",
        "Lumora makes chips. Lumora designed the Tern chip for Amazon and counts Microsoft as a custom-silicon customer. | microsoft customerOf lumora | yes",
        // companies typed by "the ... GPU cloud", "co-chief executive", "counts ... among its
        // clients"
        "Fenwick, the Denver GPU cloud, will add capacity. Fenwick co-founder and CEO Ana Ruiz called it a milestone. | ana-ruiz CEO fenwick CURRENT | yes",
        "Ostrel counts OpenAI and Meta among its largest clients. | meta customerOf ostrel | yes",
        "Ostrel Labs makes chips. Its Tern, a cloud chip, is used by Meta. | meta usesChip tern | yes",
        // rivals in an apposition, after "for ... with", as the owners of products, "those of"
        "Samsung Electronics, long TSMC's closest rival in contract manufacturing, won an order. | samsung-electronics competesWith tsmc | yes",
        "Korvane Semiconductor competes for older-node work with Taiwan's United Microelectronics Corp. and China's SMIC. | korvane-semiconductor competesWith smic | yes",
        "Korvane Semiconductor competes for older-node work with Taiwan's United Microelectronics Corp. and China's SMIC. | korvane-semiconductor competesWith united-microelectronics | yes",
        "Ostrel Labs, founded by former AMD engineer Dana Voss, designs accelerators that compete with Nvidia's and AMD's data center GPUs. | nvidia competesWith ostrel-labs | yes",
        "Ostrel Labs, founded by former AMD engineer Dana Voss, designs accelerators that compete with Nvidia's and AMD's data center GPUs. | amd competesWith ostrel-labs | yes",
        "Ostrel Labs, founded by former AMD engineer Dana Voss, designs accelerators that compete with Nvidia's and AMD's data center GPUs. | amd competesWith nvidia | no",
        "Fenwick Photonics sells optical links. Fenwick's optical products compete with those of Ayar Labs and Lightmatter. | fenwick-photonics competesWith lightmatter | yes",
        // "its" after a possessor that is an object is the possessor in subject position
        "Broadcom's custom chips compete with Nvidia's GPUs, and its most direct rival in custom silicon is Marvell Technology. | broadcom competesWith marvell | yes",
        "Broadcom's custom chips compete with Nvidia's GPUs, and its most direct rival in custom silicon is Marvell Technology. | marvell competesWith nvidia | no",
        // subsidiaries: "is now a ... subsidiary of", "and a subsidiary of the investment firm",
        // "owned by the ... fund", "its X subsidiary", "Y's software subsidiary X"
        "Meridian Silicon makes accelerators. With the closing, Kairo Photonics is now a wholly owned subsidiary of Meridian Silicon. | kairo-photonics subsidiaryOf meridian-silicon | yes",
        "Quanterra Systems, a patent-licensing company based in Plano, Texas, and a subsidiary of the investment firm Arrowmark Holdings, sued. | quanterra-systems subsidiaryOf arrowmark-holdings | yes",
        "Lakeside Semiconductor, majority owned by the Abu Dhabi sovereign fund Mubadala Investment Co., is growing. | lakeside-semiconductor subsidiaryOf mubadala-investment | yes",
        "Amazon's Trainium chips are developed by its Annapurna Labs subsidiary. | annapurna-labs subsidiaryOf amazon | yes",
        "Halvard Systems makes chips. Volkswagen's software subsidiary Cariad tested them. | cariad subsidiaryOf volkswagen | yes",
        // an investment arm: "X, Nvidia's venture arm", a known company's "... Fund"
        "Halvard Systems raised money from Lindqvist, Nvidia's venture arm. | lindqvist subsidiaryOf nvidia | yes",
        "Halvard Systems raised money from Samsung Horizon Fund, Samsung's venture arm, and others. | samsung-horizon-fund subsidiaryOf samsung-electronics | yes",
        "Vela, Nvidia's own Arm-based processor, ships next year. | vela subsidiaryOf | no",
        "Talks with Volkswagen's software subsidiary Cariad about using Kranich chips in cars were ended last year. | customerOf | no",
        "Talks with Volkswagen's software subsidiary Cariad about using Kranich chips in cars were ended last year. | usesChip | no",
        // customers named after "deployed by", "customer is", "its first customer, the GPU cloud"
        "Meridian Silicon makes the Atlas-9 accelerator. Atlas-9 is deployed by Solstice Systems and by Vantor Labs, among other customers. | vantor-labs usesChip atlas-9 | yes",
        "Vesper Microsystems designs accelerators. Vesper's largest customers include Oracle and the cloud provider Tideline Cloud. | tideline-cloud customerOf vesper-microsystems | yes",
        "Halberd Systems designs the Pike chip, which ships to its first customer, the GPU cloud Crusoe, this quarter. | crusoe customerOf halberd-systems | yes",
        "Parallax Silicon makes the Prism chip. Our first production customer is Fairhaven Insurance, which runs claims models on Prism. | fairhaven-insurance customerOf parallax-silicon | yes",
        "Vyom Silicon makes vision chips. Vyom's first customer is Pune-based automation company Sahyadri Controls. | pune | no",
        // "It" after "Its customers include ...": the company whose customers they are
        "Korvane Semiconductor is the largest contract chipmaker in Ohio. Its customers include Qualcomm and General Motors. It competes with SMIC for older-node work. | korvane-semiconductor competesWith smic | yes",
        "Korvane Semiconductor is the largest contract chipmaker in Ohio. Its customers include Qualcomm and General Motors. It competes with SMIC for older-node work. | qualcomm competesWith | no",
        // a known company's first word before a place is the place: "United States"
        "Korvane Semiconductor competes with United Microelectronics Corp. in mature nodes. Korvane Semiconductor is the largest contract chipmaker in the United States. Its customers include Qualcomm. | qualcomm customerOf korvane-semiconductor | yes",
        // buyers after an appositive, a figure or a relative clause; "X supplier Y"; launch
        // customers
        "Kestrel Cloud, a Norwegian GPU cloud, will deploy Trainium3 chips across its data centers. | kestrel-cloud usesChip trainium3 | yes",
        "Meta also uses Advanced Micro Devices' MI355X accelerators to serve its recommendation models. | meta customerOf amd | yes",
        "Amazon Web Services rents Trainium capacity to startups such as Anthropic. | amazon-web-services usesChip | no",
        "Kestrel Cloud, a GPU cloud, rents out Nvidia's H200 GPUs to startups. | kestrel-cloud customerOf nvidia | yes",
        "Nvidia supplier SK Hynix reported record quarterly profit. | nvidia customerOf sk-hynix | yes",
        "Broadcom will remain an independent company and a Microsoft supplier, its chief executive said. | microsoft customerOf broadcom | yes",
        "Kestrel Cloud, the Amsterdam-based GPU cloud, will deploy thousands of Nvidia GPUs for Microsoft under a five-year deal. | microsoft customerOf kestrel-cloud | yes",
        "Oracle will deploy AMD chips for inference. | customerOf oracle | no",
        "Qualcomm unveils AI300 server chip, with Meta as launch customer | meta customerOf qualcomm | yes",
        "Lumora Systems unveils Tern-2 inference chip; Oracle and Meta named as launch customers | meta customerOf lumora-systems | yes",
        "Apple designs its own chips. Its suppliers include TSMC and Amkor Technology. | apple customerOf tsmc | yes",
        "Broadcom designed the MTIA chip for Meta. | meta customerOf broadcom | yes",
        "AMD posted revenue of $9.2 billion, up 36% from a year earlier, and counts Oracle among its largest customers. | oracle customerOf amd | yes",
        "Its main rival is Lumora Systems, which helped design Google's TPU chips and counts Meta as a customer. | meta customerOf lumora-systems | yes",
        "Kestrel Systems Inc. is the biggest assembler of Nvidia's GB200 NVL72 racks. | nvidia customerOf kestrel-systems | yes",
        "Intel is the main foundry for Meta's custom chips. | meta customerOf intel | yes",
        "Arm said it will keep serving licensees, including Qualcomm and Apple. | apple customerOf arm | yes",
        "Trainium3, the newest Amazon accelerator, is now deployed by Anthropic. | anthropic usesChip trainium3 | yes",
        "Customers include Mistral AI, which runs its chatbot partly on Trainium2 servers. | mistral-ai usesChip trainium2 | yes",
        "Meta signed a five-year, $14.2 billion contract with Oracle for access to GPU capacity. | meta customerOf oracle | yes",
        // company names ending in Industry or Laboratories, after an appositive; a place is no
        // short name of a company named after it
        "Kestrel Precision Industry, a Taiwanese contract manufacturer, builds servers for Nvidia. | nvidia customerOf kestrel-precision-industry | yes",
        "Sandia National Laboratories uses Trainium2 chips for simulations. | sandia-national-laboratories usesChip trainium2 | yes",
        "China Telecom, a state-owned carrier, buys Trainium2 chips. China Mobile buys Trainium3 chips. | china-telecom usesChip trainium3 | no",
        // clients named by what a supplier makes for them
        "Tessaly Systems makes chips. Its biggest business is the custom accelerators it builds for Meta. | meta customerOf tessaly-systems | yes",
        "Tessaly Systems works alongside Amazon, for which it designed the Brio-2 accelerator. | amazon customerOf tessaly-systems | yes",
        "Tessaly Systems makes chips. Its customers are Google, for which it co-designs the Vela chip, Meta, for which it co-designs the Brio chip, and Apple. | meta customerOf google | no",
        "Tessaly Systems makes chips. Its customers are Google, for which it co-designs the Vela chip, Meta, for which it co-designs the Brio chip, and Apple. | meta customerOf tessaly-systems | yes",
        "Tessaly Systems won a long-term contract from Kestrel Robotics to make its self-driving chips. | kestrel-robotics customerOf tessaly-systems | yes",
        "It makes sense for Meta to buy chips from many vendors. | meta customerOf | no",
      })
  void readsOrganizationRelations(String sentence, String key, String yields) {
    YieldCheck.check(sentence, key, yields);
  }
}
