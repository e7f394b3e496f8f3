package dev.khabar.documents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTest {
    private final DocumentDecoder decoder = new DocumentDecoder();

    @Test
    void markupIsStrippedAndFrontMatterGivesTitleAndDate() throws Exception {
        String md = """
                ---
                title: "Harbor Robotics raises $45 million"
                date: 2025-02-11
                tags: [funding]
                ---
                # Harbor Robotics raises $45 million

                **Harbor Robotics** said on *Tuesday* it had raised [$45 million](https://example.com/a) from \
                Cedar Ventures, its `series_b` round.

                > The money goes to warehouse automation.

                - hiring 40 engineers
                1. opening an office in Dubai
                - [x] done

                | Investor | Amount |
                |----------|-------:|
                | Cedar Ventures | $45m |

                ![chart](chart.png)
                ```
                code stays: a_b
                ```
                ***
                Setext heading
                ---------------
                وقالت _الشركة_ إن ~~الجولة~~ الصفقة اكتملت. snake_case_name stays\\*.
                """;
        DecodedDocument doc = decoder.decode(Samples.utf8(md), "news.md", DocumentHints.NONE);
        assertEquals("Harbor Robotics raises $45 million", doc.title());
        assertEquals(LocalDate.of(2025, 2, 11), doc.published());
        assertEquals(DocumentFormat.MARKDOWN, doc.format());
        assertEquals("""
                Harbor Robotics raises $45 million

                Harbor Robotics said on Tuesday it had raised $45 million from Cedar Ventures, its series_b round.

                The money goes to warehouse automation.

                hiring 40 engineers
                opening an office in Dubai
                done

                Investor Amount
                Cedar Ventures $45m

                code stays: a_b

                Setext heading

                وقالت الشركة إن الجولة الصفقة اكتملت. snake_case_name stays*.""", doc.text());
    }

    @Test
    void titleFromFirstHeadingWithoutFrontMatter() throws Exception {
        DecodedDocument doc = decoder.decode(Samples.utf8("# عنوان الخبر\n\nنص الخبر هنا."), "x.markdown", DocumentHints.NONE);
        assertEquals("عنوان الخبر", doc.title());
        assertEquals("عنوان الخبر\n\nنص الخبر هنا.", doc.text());
    }

    @Test
    void unclosedMarkupIsKeptAsWritten() throws Exception {
        String md = "**bold never closed [link never closed _under `tick <tag " + "word ".repeat(200);
        DecodedDocument doc = decoder.decode(Samples.utf8(md), "open.md", DocumentHints.NONE);
        assertEquals(md.strip(), doc.text());
    }
}
