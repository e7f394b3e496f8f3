package dev.khabar.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.model.Entity;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.model.FactsDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Text as the web delivers it — cut anywhere, with stray marks, figures and direction marks in it — never stops the
 * extraction: one throw would lose every fact of an article. Damage is seeded, so a failure names its own input.
 */
class DamagedTextTest {
    private static final String[] STRAYS = {"6.53", "12.5", "٫", "Sh", "(", ")", "»", "«", "\"", "$", "€", "%", "٢٠٢٤",
            "2,50", "1.2bn", "Dh", "ـ", "و", "ال", ".", "،", "؟", "Inc.", "bin", "بن", "\u200f", "0", "2024-", "'s", "’",
            "-", "/", ":", "3 billion people", "6.53 موظف"};
    private static final String ENGLISH = """
            Acme Corp said on Monday it had agreed to buy Beta Systems for $1.2bn, and would cut 300 jobs in May 2024.
            Beta's chief executive, Jane Roe, who previously worked at Gamma Inc, will join Acme as president.
            The London-based company was founded in 2009 by Jane Roe and John Doe. It launched its Delta app in 2021.
            """;

    private static final String ENGLISH_DEALS = """
            Led by Harbor Ventures, the $8 million round closed, and the deal, valued at $40 million, gives Beta a lab.
            $12 million was the price Acme paid. Acme signed a contract worth $3m with the Army, led by Gen. Roe.
            """;
    private static final String ARABIC_DEALS = """
            بقيادة شركة نوفا كابيتال جمعت شركة زيفرا 5 ملايين دولار، وبلغت قيمة الصفقة 20 مليون ريال.
            مليون دولار هي قيمة العقد الذي وقعته شركة أكمي مع وزارة النقل، ويعين المجلس سارة علي رئيسة تنفيذية.
            """;

    @Test
    void damagedArticlesAreStillRead() throws IOException {
        Path root = Path.of(System.getProperty("khabar.root", "../.."));
        String seed = Files.readString(root.resolve("seeds/000_acbe007552a08bad.txt"), StandardCharsets.UTF_8);
        Random random = new Random(20);
        List<String> failures = new ArrayList<>();
        for (String text : List.of(seed, ENGLISH)) {
            for (int k = 0; k < 150; k++) {
                String damaged = damage(text, random);
                try {
                    assertWellFormed(Extracted.of(damaged, "2025-08-30").document());
                } catch (RuntimeException | AssertionError e) {
                    failures.add(e + " on: " + damaged);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * A page cut just before a word leaves the next construction at the very start of the text, where a rule looking
     * one word back finds nothing: every such cut of texts dense with deals is read.
     */
    @Test
    void everyCutAtAWordIsRead() {
        List<String> failures = new ArrayList<>();
        for (String text : List.of(ENGLISH, ENGLISH_DEALS, ARABIC_DEALS)) {
            for (int i = 0; i < text.length(); i++) {
                if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
                    String cut = text.substring(i);
                    try {
                        assertWellFormed(Extracted.of(cut, "2025-01-01").document());
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(e + " on: " + cut);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void directionMarksAtTheEndChangeNothing() {
        String text = "Acme Corp hired Jane Roe as chief executive. Acme Corp cut 300 jobs.";
        assertEquals(Extracted.of(text, "2025-01-01").document().facts(),
                Extracted.of(text + "\n\u200f", "2025-01-01").document().facts());
    }

    @Test
    void aFractionBeforeStaffIsNoLayoffCount() {
        Extracted x = Extracted.of("Acme Corp cut 6.53 employees and 200 jobs in May.", "2025-01-01");
        Fact layoff = x.requireFact(FactType.LAYOFF, "Acme Corp", null);
        assertEquals(200, layoff.count());
    }

    private static String damage(String text, Random random) {
        StringBuilder b = new StringBuilder(text.substring(0, random.nextInt(text.length() + 1)));
        for (int m = 0; m < 8; m++) {
            b.insert(random.nextInt(b.length() + 1), STRAYS[random.nextInt(STRAYS.length)]);
        }
        return b.toString();
    }

    private static void assertWellFormed(FactsDocument document) {
        Set<String> ids = document.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (Fact f : document.facts()) {
            assertTrue(ids.contains(f.subject()) && (f.object() == null || ids.contains(f.object())), f::toString);
        }
    }
}
