package dev.khabar.core.text;

/**
 * Currency abbreviations that are not ISO codes, as the press writes them before a sum, apart or glued to it: the
 * rupee, the taka, the dirham, the riyal, the shillings and the rand of the Indian, Bangladeshi, Emirati, Saudi, East and
 * South African press (a bare "Sh" is the Kenyan one, the most written in English; lowercase "rs" is no currency). One table for the
 * tokenizer, which splits them from a glued sum, and the money reader, which reads them.
 */
public final class CurrencyAbbreviations {
    private CurrencyAbbreviations() {
    }

    /** The ISO code {@code surface} stands for, or null. */
    public static String code(String surface) {
        return switch (surface) {
            case "Rs" -> "INR";
            case "Tk" -> "BDT";
            case "Dh", "Dhs" -> "AED";
            case "Sh", "KSh", "Ksh", "KShs", "Kshs" -> "KES";
            case "USh" -> "UGX";
            case "TSh" -> "TZS";
            case "R" -> "ZAR";
            case "SR" -> "SAR";
            default -> null;
        };
    }
}
