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
  private HtmlArticles() {}

  static Article read(String id, String source, String html, ArticleReader reader) {
    Document doc = Jsoup.parse(html);
    doc.select(
            "script, style, noscript, nav, aside, footer, header nav, form, iframe, "
                + "[class*=advert], [class*=sponsor], [id*=advert], [class*=related], [class*=share]")
        .remove();
    StringBuilder sb = new StringBuilder();
    Element root = doc.selectFirst("article") != null ? doc.selectFirst("article") : doc.body();
    if (root != null) {
      for (Element e : root.select("h1, h2, h3, h4, p, li, blockquote, pre, td")) {
        String t = e.ownText().isBlank() && e.children().isEmpty() ? "" : e.text();
        if (!t.isBlank() && e.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
          sb.append(t.strip()).append('\n');
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
    String publisher = first(doc, "meta[property=og:site_name]", "content", md.publisher());
    String date = first(doc, "meta[property=article:published_time]", "content", null);
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

  private static String first(Document doc, String css, String attr, String fallback) {
    Element e = doc.selectFirst(css);
    return e != null && !e.attr(attr).isBlank() ? e.attr(attr).strip() : fallback;
  }
}
