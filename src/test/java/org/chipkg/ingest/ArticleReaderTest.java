package org.chipkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chipkg.model.Article;
import org.chipkg.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();

  private Article seed(String prefix) {
    return ArticleSources.expand(List.of(Path.of("seeds"))).stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix))
        .map(reader::read)
        .findFirst()
        .orElseThrow();
  }

  private static boolean covered(Article a, String phrase) {
    int i = a.text().indexOf(phrase);
    assertTrue(i >= 0, phrase + " not in text");
    return a.isBoilerplate(new TextSpan(i, i + phrase.length()));
  }

  @Test
  void keepsPlainTextUnchanged() throws IOException {
    Path p = Path.of("seeds/000_1276a32f5affbb05.txt");
    assertEquals(Files.readString(p), reader.read(p).text());
    assertEquals("000_1276a32f5affbb05", reader.read(p).id());
  }

  @Test
  void readsBylineDatelineAndSource() {
    Article a2 = seed("002");
    assertEquals("Can Amazon’s AI Chips Break Nvidia’s Dominance?", a2.metadata().headline());
    assertEquals("2026-06-19", a2.metadata().published().lexical());
    assertEquals("Mag-Info Tech", a2.metadata().publisher());
    Article a3 = seed("003");
    assertEquals("2026-06-22", a3.metadata().published().lexical());
    assertEquals("RealNewsHub.com", a3.metadata().publisher());
    assertTrue(a3.metadata().citedSources().contains("Bloomberg"));
    assertTrue(seed("001").metadata().citedSources().contains("TechCrunch"));
    assertEquals(List.of("TechCrunch"), seed("004").metadata().citedSources());
  }

  @Test
  void marksAdsAndRelatedBlocksButNotTheStory() {
    Article a2 = seed("002");
    assertTrue(covered(a2, "Get $50 off the Pro plan"));
    assertTrue(covered(a2, "Cooler Master NR2 Pro"));
    assertTrue(covered(a2, "$199.99"));
    assertFalse(covered(a2, "Trainium chips are produced by TSMC"));
    Article a3 = seed("003");
    assertTrue(covered(a3, "---Advertisement---"));
    assertTrue(covered(a3, "Sam Micheal"));
    assertFalse(covered(a3, "AWS spokesperson Doron Aronson"));
    Article a4 = seed("004");
    assertTrue(covered(a4, "Sider AI"));
    assertFalse(covered(a4, "Nvidia currently holds the vast majority"));
    assertTrue(seed("000").boilerplate().isEmpty());
  }

  @Test
  void theStorySentenceBeforeAnAdStaysAndAnOfferGoes(@TempDir Path dir) throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("ad.txt"),
            "AMD posts record quarter\n\n"
                + "AMD said demand for its Instinct accelerators kept growing through the quarter.\n\n"
                + "AMD reported revenue of $7.7 billion in the second quarter, a deal-heavy period.\n\n"
                + "Sponsored: Trade AMD options with zero commissions. $0 per contract at BrokerX.\n\n"
                + "Save 30% off ZetaRack servers this week only.\n"
                + "Sponsored · Terms apply.\n");
    Article a = reader.read(f);
    assertFalse(covered(a, "revenue of $7.7 billion"));
    assertTrue(covered(a, "Trade AMD options"));
    assertTrue(covered(a, "Save 30% off ZetaRack"));
  }

  @Test
  void rejectsEmptyBinaryAndOversizedFiles(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertTrue(
        assertThrows(IngestException.class, () -> reader.read(empty))
            .getMessage()
            .contains("empty.txt: empty file"));
    Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
    assertThrows(IngestException.class, () -> reader.read(blank));
    Path bin = Files.write(dir.resolve("bin.txt"), new byte[] {1, 2, 0, 3, 0, 0, 7});
    assertTrue(
        assertThrows(IngestException.class, () -> reader.read(bin))
            .getMessage()
            .contains("binary"));
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    assertTrue(
        assertThrows(IngestException.class, () -> reader.read(big))
            .getMessage()
            .contains("exceeds"));
  }

  @Test
  void decodesWindows1252(@TempDir Path dir) throws IOException {
    Path p =
        Files.write(
            dir.resolve("cp.txt"),
            "Caf\u00e9 chips by Soci\u00e9t\u00e9 G\u00e9n\u00e9rale."
                .getBytes(Charset.forName("windows-1252")));
    assertTrue(reader.read(p).text().contains("Café"));
  }

  @Test
  void readsHtmlWithoutScripts(@TempDir Path dir) throws IOException {
    String html =
        "<html><head><title>T</title><script>var x='AWS CEO Evil Person';</script></head>"
            + "<body><h1>Nvidia Unveils Chip</h1><p>Nvidia founder Jensen Huang spoke.</p>"
            + "<aside>Related: ads</aside></body></html>";
    Path p = Files.writeString(dir.resolve("a.html"), html);
    Article a = reader.read(p);
    assertEquals("Nvidia Unveils Chip", a.metadata().headline());
    assertFalse(a.text().contains("Evil"));
    assertTrue(a.text().contains("Jensen Huang"));
  }

  @Test
  void readsOutletsFromBylinesAndDatelines() {
    assertEquals(
        "TechCrunch",
        reader
            .read(
                "a",
                "a",
                "Nvidia Beats Estimates\nBy Jane Smith, TechCrunch\nNovember 19, 2026\n\nText.\n")
            .metadata()
            .publisher());
    assertEquals(
        "The Verge",
        reader
            .read("b", "b", "AMD Shares Jump\nPublished 2026-10-06 by The Verge\n\nText.\n")
            .metadata()
            .publisher());
    var md =
        reader
            .read(
                "c",
                "c",
                "Microsoft Unveils Maia 200\nPublished March 3, 2026 | Reuters\n\nREDMOND, Wash. (Reuters) - Text.\n")
            .metadata();
    assertEquals("Reuters", md.publisher());
    assertEquals("2026-03-03", md.published().lexical());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "By Ann Lee and Bo Park | Reuters | June 2, 2026 8:15 AM UTC; Reuters",
        "Chip Ledger · Published Tue, Jun 2 2026 9:00 AM EDT · Ann Lee; Chip Ledger",
        "Ann Lee · 9:00 AM PDT · June 2, 2026 · ChipBeat; ChipBeat",
        "Ann Lee, Pacific Chip Wire | June 2, 2026 10:00 JST; Pacific Chip Wire",
        "By Ann Lee · The Wafer Report · Jun. 2, 2026 6:00 AM PDT; The Wafer Report",
        "Yonhap | 2026-06-02 09:12; Yonhap",
        "By ANN LEE, Harbor Wire | June 2, 2026; Harbor Wire",
        "Grid & Compute | June 2, 2026 | By Ann Lee; Grid & Compute",
        "Bureau of Industry and Security | U.S. Department of Commerce | Tuesday, June 2, 2026;"
            + " Bureau of Industry and Security",
        "Wirtschaftskurier | 02.06.2026, 06:00 Uhr | By Ann Lee, Dresden; Wirtschaftskurier",
      })
  void readsTheOutletOfAPipedByline(String byline, String outlet) {
    var md =
        reader.read("p", "p", "Chip Startup Raises Funds\n" + byline + "\n\nText.\n").metadata();
    assertEquals(outlet, md.publisher());
    assertEquals("2026-06-02", md.published().lexical());
  }

  @ParameterizedTest
  @ValueSource(strings = {"By Ann Lee | June 2, 2026", "By Ann Lee, Dresden | June 2, 2026"})
  void aBylineWithAuthorPlaceAndDateOnlyNamesNoOutlet(String byline) {
    var md =
        reader.read("q", "q", "Chip Startup Raises Funds\n" + byline + "\n\nText.\n").metadata();
    assertEquals(null, md.publisher());
    assertEquals("2026-06-02", md.published().lexical());
  }

  @Test
  void readsAMastheadInCapitalsWithItsTagline() {
    var md =
        reader
            .read(
                "m",
                "m",
                "Chip Startup Raises Funds\nTHE WAFER WEEKLY - chip news with the jargon left out\n"
                    + "Ann Lee Tue 2 Jun 2026 // 11:32 UTC\n\nText.\n")
            .metadata();
    assertEquals("The Wafer Weekly", md.publisher());
    assertEquals("Chip Startup Raises Funds", md.headline());
    assertEquals("2026-06-02", md.published().lexical());
  }

  @Test
  void marksCrossLinksAndPopularBlocks() {
    String text =
        "Nvidia Rallies\n"
            + "Nvidia founder Jensen Huang spoke on Monday. ".repeat(6)
            + "\n"
            + "Read more: Intel CEO Pat Gelsinger resigns after $16 billion loss\n"
            + "AMD chief executive Lisa Su also spoke.\nMost Popular\nQualcomm CEO Cristiano Amon unveils a laptop chip\n";
    Article a = reader.read("x", "x", text);
    assertTrue(covered(a, "Pat Gelsinger resigns"));
    assertFalse(covered(a, "Lisa Su also spoke"));
    assertTrue(covered(a, "Cristiano Amon"));
  }

  @Test
  void missingPathIsAnError() {
    assertThrows(
        IngestException.class, () -> ArticleSources.expand(List.of(Path.of("no/such/dir"))));
  }
}
