package dev.khabar.core.text;

/** The main language by script: Arabic when Arabic letters outnumber Latin ones, else English. */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static String detect(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) { // most chars of any text (spaces, digits, marks) and all of an English one: no Arabic range to test
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            } else if (TextNormalizer.isArabicLetter(c)) {
                arabic++;
            }
        }
        return arabic >= latin && arabic > 0 ? "ar" : "en";
    }
}
