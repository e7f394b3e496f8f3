package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «تعيين فلان وزيرا للصحة», «وزيرة للأوقاف والشؤون الدينية»: a minister's title followed by its domain under ل names the
 * ministry by that domain, the body the minister is appointed to, though «وزارة» is not written.
 */
final class ArabicMinistryDomains {
    /** A minister's title, indefinite, as an appointment gives it («وزيرا») or a list names it. */
    private static final Set<String> MINISTER = ArabicWords.folded("وزير", "وزيرا", "وزيرة", "وزيرًا");
    /** «وزيرا للمرة الثانية», «وزيرا للدولة لشؤون …»: what follows the title under ل without naming a ministry's domain. */
    private static final Set<String> NO_DOMAIN = ArabicWords.folded("للمرة", "للدولة");
    /** How many words a ministry's domain spans at most: «للأوقاف والشؤون الدينية». */
    private static final int MAX_WORDS = 4;

    private ArabicMinistryDomains() {
    }

    /**
     * Adds the ministry whose domain follows the minister's title at {@code title}: a word under ل with the article
     * (للصحة), then the domains joined to it by و with the article (والمعادن) and nisba adjectives (الدينية).
     */
    static boolean find(List<Token> tokens, int title, int end, MentionSink sink) {
        int first = title + 1;
        if (first >= end || !MINISTER.contains(tokens.get(title).norm()) || sink.covered(first)) {
            return false;
        }
        String n = tokens.get(first).norm();
        if (!n.startsWith("لل") || n.length() < 5 || NameLexicon.isArabicStop(n) || NO_DOMAIN.contains(n)) {
            return false;
        }
        int to = first + 1;
        while (to < end && to < first + MAX_WORDS && !sink.covered(to) && joinedDomain(tokens.get(to).norm())
                && !ArabicWords.courtesyTitle(tokens.get(to).norm())) { // «وزيرا للداخلية والسيد …»: the next appointee
            to++;
        }
        return sink.addWithArticle(first, to, 2, EntityType.ORGANIZATION);
    }

    /** A minister's title in the construct state, the domain right after it: «وزير المالية», «وزيرة الاقتصاد». */
    private static final Set<String> MINISTER_OF = ArabicWords.folded("وزير", "وزيرة");

    /**
     * Where the minister's name may start after the domain his title governs in the construct: «وزير تكنولوجيا
     * الاتصالات سفيان …», «وزير الاقتصاد والتخطيط سمير …», «وزير المال التونسي محمد …». The domain is a definite noun
     * (المالية) or an indefinite one before a definite one (تكنولوجيا الاتصالات, شؤون المرأة), then domains joined by و
     * with the article (والتخطيط) and the country's adjective (التونسي); a given name right after the title is no
     * domain. {@code title + 1} when the title governs no domain.
     */
    static int constructDomainEnd(List<Token> tokens, int title, int end) {
        int k = title + 1;
        if (k >= end || !Clitics.in(MINISTER_OF, tokens.get(title).norm())
                || tokens.get(k).script() != Script.ARABIC || NameLexicon.arabicGivenName(tokens.get(k).norm()) != null) {
            return title + 1;
        }
        if (tokens.get(k).norm().startsWith("ال")) {
            k++;
        } else if (k + 1 < end && tokens.get(k + 1).norm().startsWith("ال")) {
            k += 2;
        } else {
            return title + 1;
        }
        while (k < end && k < title + 1 + MAX_WORDS
                && (tokens.get(k).norm().startsWith("وال") || ArabicWords.nationality(tokens.get(k).norm()))) {
            k++;
        }
        return k;
    }

    /** «والمعادن», «الدينية»: a domain joined by و, or an adjective of the one before. */
    private static boolean joinedDomain(String n) {
        return n.startsWith("وال") && n.length() >= 6 || n.startsWith("ال") && (n.endsWith("يه") || n.endsWith("ي")) && n.length() >= 6;
    }
}
