package org.chipkg.ingest;

import org.chipkg.model.Article;
import org.chipkg.model.ArticleMetadata;
import org.chipkg.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML articles: the visible text of the page body with scripts, styles, navigation, asides,
 * footers and ad containers removed, one block element a line (jsoup).
 */
final class HtmlArticles {
  private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote, pre, td, figcaption";
  private static final String META =
      "time, [class*=byline], [class*=dateline], [class*=date], [class*=meta]";

  private HtmlArticles() {}

  static Article read(String id, String source, String html, ArticleReader reader) {
    Document doc = Jsoup.parse(html);
    doc.select(
            "script, style, noscript, nav, aside, footer, header nav, form, iframe, "
                + "[class*=advert], [class*=sponsor], [id*=advert], [class*=related], [class*=share], "
                + "[class*=comment], [id*=comment], [class*=menu], [class*=newsletter], "
                + "[class*=subscribe], [class*=promo], [class*=recommend], [class*=trending], "
                + "[class*=popular], [class*=sidebar], [role=navigation], [role=complementary]")
        .remove();
    // A page header (logo, menus) is not the article; an article's own header (with its h1) is.
    doc.select("header").stream().filter(h -> h.select("h1").isEmpty()).forEach(Element::remove);
    StringBuilder sb = new StringBuilder();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = doc.body();
    }
    if (root != null) {
      java.util.Set<Element> taken = new java.util.HashSet<>();
      for (Element e : root.select(BLOCKS + ", " + META)) {
        boolean meta = e.is(META) && !e.is(BLOCKS);
        if (meta && (e.text().length() > 200 || !e.select(BLOCKS).isEmpty())) {
          continue; // a wrapper, not a byline or date line: its blocks are read one by one
        }
        String t = e.ownText().isBlank() && e.children().isEmpty() ? "" : e.text();
        if (!t.isBlank()
            && e.parents().stream()
                .noneMatch(p -> p.is("p, li, blockquote") || taken.contains(p))) {
          sb.append(t.strip()).append('\n');
          taken.add(e);
        }
      }
    }
    String text = sb.length() > 0 ? sb.toString() : doc.text();
    Article base = reader.read(id, source, text);
    ArticleMetadata md = base.metadata();
    String headline = first(doc, "meta[property=og:title]", "content", null);
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      headline = h1.text().strip();
    } else if (headline == null && !doc.title().isBlank()) {
      headline = doc.title().strip();
    }
    String publisher =
        first(
            doc,
            "meta[property=og:site_name], meta[name=publisher], meta[name=application-name]",
            "content",
            md.publisher() != null ? md.publisher() : titleSuffix(doc.title()));
    String date =
        first(
            doc,
            "meta[property=article:published_time], meta[property=og:published_time], "
                + "meta[itemprop=datePublished], meta[name=date], meta[name=pubdate], "
                + "meta[name=publish-date], meta[name=dc.date]",
            "content",
            null);
    Element time = doc.selectFirst("time[datetime]");
    if (date == null && time != null) {
      date = time.attr("datetime");
    }
    PartialDate published = date(date, md.published());
    ArticleMetadata merged =
        new ArticleMetadata(
            headline != null ? RdfSafeText.of(headline) : md.headline(),
            published,
            publisher != null ? RdfSafeText.of(publisher) : null,
            md.citedSources());
    return new Article(base.id(), source, base.text(), merged, base.boilerplate());
  }

  /** A page's ISO date, or the fallback when it has none or an impossible one ("2026-13-45"). */
  private static PartialDate date(String iso, PartialDate fallback) {
    if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return fallback;
    }
    try {
      return new PartialDate(
          Integer.parseInt(iso.substring(0, 4)),
          Integer.parseInt(iso.substring(5, 7)),
          Integer.parseInt(iso.substring(8, 10)));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /** "AWS weighs selling Trainium | TechNews": the site name after the last separator. */
  private static String titleSuffix(String title) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\s[|–—-]\\s+(\\p{Lu}[\\w.&' -]{1,40}?)\\s*$")
            .matcher(title);
    return m.find() && m.group(1).split("\\s+").length <= 4 ? m.group(1).strip() : null;
  }

  private static String first(Document doc, String css, String attr, String fallback) {
    Element e = doc.selectFirst(css);
    return e != null && !e.attr(attr).isBlank() ? e.attr(attr).strip() : fallback;
  }
}
