package dev.khabar.documents;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTest {
    private final DocumentDecoder decoder = new DocumentDecoder();

    private DecodedDocument decode(String html) throws DocumentRejectedException {
        return decoder.decode(Samples.utf8(html), "page.html", DocumentHints.NONE);
    }

    @Test
    void savedNewsPageYieldsTheArticleOnly() throws Exception {
        DecodedDocument doc = decoder.decode(Samples.resource("saved-news-page.html"), "page.html", DocumentHints.NONE);
        assertEquals(DocumentFormat.HTML, doc.format());
        assertEquals("Harbor Robotics raises $45 million to automate Gulf warehouses", doc.title());
        // the date in the publisher's own offset (02:30 +04:00), not converted to UTC (which is still the 11th)
        assertEquals(LocalDate.of(2025, 2, 12), doc.published());
        String text = doc.text();
        assertTrue(text.startsWith("Harbor Robotics raises $45 million to automate Gulf warehouses\n\n"), text);
        assertTrue(text.contains("Harbor Robotics said on Tuesday it had raised $45 million in a funding round led by "
                + "Cedar Ventures, money it will spend on warehouse automation across the Gulf.\n\n"
                + "The company, founded in 2019,"), text);
        assertTrue(text.contains("the round values the company at about $300 million."), text);
        for (String boilerplate : new String[] {"Technology", "Sport", "cookies", "Home", "Share on", "Advertisement",
                "Cedar Ventures closes", "Dubai logistics hubs", "Funding", "Most read", "Oil prices", "More stories",
                "record", "morning briefing", "All rights reserved", "tracking code", "font-family"}) {
            assertFalse(text.contains(boilerplate), () -> "kept boilerplate \"" + boilerplate + "\" in:\n" + text);
        }
    }

    @Test
    void pageWithoutArticleMarkupFallsBackToTheDensestBlock() throws Exception {
        String html = """
                <html><head><title>عنوان الصفحة</title></head><body>
                <div id="top"><a href="/">الرئيسية</a> | <a href="/economy">اقتصاد</a> | <a href="/sport">رياضة</a></div>
                <div id="c1"><div class="txt">
                  <p>%s</p>
                  <p>وأضافت الشركة في بيان، صدر صباح الأحد، أن الصفقة تشمل نقل 300 موظف إلى الشركة الجديدة.</p>
                </div></div>
                <div id="bottom"><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></div>
                </body></html>""".formatted(Samples.ARABIC);
        DecodedDocument doc = decode(html);
        assertEquals("عنوان الصفحة", doc.title());
        assertEquals(Samples.ARABIC + "\n\nوأضافت الشركة في بيان، صدر صباح الأحد، أن الصفقة تشمل نقل 300 موظف إلى الشركة الجديدة.",
                doc.text());
    }

    @Test
    void titleFallsBackToTitleTagWithoutSiteNameThenH1() throws Exception {
        assertEquals("Ports deal signed", decode("""
                <html><head><title>Ports deal signed - Gulf Wire</title><meta property="og:site_name" content="Gulf Wire">
                </head><body><p>The ports operator signed the concession on Monday.</p></body></html>""").title());
        assertEquals("Only a heading", decode("<body><h1>Only a heading</h1><p>And a paragraph of text here.</p></body>").title());
    }

    @Test
    void publishedFromTimeElementWhenNoMetaTags() throws Exception {
        DecodedDocument doc = decode("""
                <html><body><article><h1>Hires</h1><time datetime="2024-12-30">30 Dec</time>
                <p>Nadia Saleh joined the bank as chief financial officer, the bank said.</p></article></body></html>""");
        assertEquals(LocalDate.of(2024, 12, 30), doc.published());
    }

    @Test
    void publishedFromJsonLdWhenNoMetaTags() throws Exception {
        DecodedDocument doc = decode("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-04T10:00:00+03:00"}</script>
                </head><body><p>The airline ordered ten aircraft in a deal worth $1 billion.</p></body></html>""");
        assertEquals(LocalDate.of(2023, 7, 4), doc.published());
        assertEquals("The airline ordered ten aircraft in a deal worth $1 billion.", doc.text());
    }

    @Test
    void malformedHtmlStillYieldsItsText() throws Exception {
        DecodedDocument doc = decode("<html><body><div><p>Sahara Foods bought <b>Oasis Dairy<p>for $12 million, it said.</span></td>"
                + "<p>Unclosed <i>italic and <a href='x'>a link to nowhere");
        assertNull(doc.title());
        assertEquals("Sahara Foods bought Oasis Dairy\n\nfor $12 million, it said.\n\nUnclosed italic and a link to nowhere",
                doc.text());
    }

    @Test
    void windows1256PageWithMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>خبر</title></head><body><article><p>" + Samples.ARABIC + "</p></article></body></html>";
        DecodedDocument doc = decoder.decode(html.getBytes(Charset.forName("windows-1256")), "page.htm", DocumentHints.NONE);
        assertEquals(Samples.ARABIC, doc.text());
        assertEquals("خبر", doc.title());
    }

    @Test
    void deeplyNestedMarkupStillYieldsItsText() throws Exception {
        String html = "<div>".repeat(5_000) + "<p>The deepest paragraph, still read.</p>" + "</div>".repeat(5_000);
        assertEquals("The deepest paragraph, still read.", decode(html).text());
    }

    @Test
    void pageWithOnlyNavigationHasNoText() {
        Rejections.expect(RejectionCode.NO_TEXT, () -> decode(
                "<html><body><nav><a href='/'>Home</a></nav><script>var a = 1;</script></body></html>"));
    }
}
