package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every tense and person of a partnership, launch, hire, departure or layoff verb states the fact, as its other forms do. Texts written here. */
class EnglishVerbFormsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltro Inc teams up with Orvex to build cheap phones.|Veltro Inc|Orvex",
            "Pellman Software is teaming up with Nimbus Robotics on warehouse robots.|Pellman Software|Nimbus Robotics",
            "Halden Bank and Kestrel Freight joined forces to build a payments network.|Halden Bank|Kestrel Freight",
            "Quillon Labs joins forces with Orvex in Asia.|Quillon Labs|Orvex",
            "Orvex Inc collaborated with Quillon Labs on the chip.|Orvex Inc|Quillon Labs",
            "Veltro Inc signed an MoU with Nimbus Robotics for drone research.|Veltro Inc|Nimbus Robotics"})
    void partnershipVerbsInEveryForm(String text, String a, String b) {
        Extracted e = x(text);
        assertTrue(!e.fact(FactType.PARTNERSHIP, a, b).isEmpty() || !e.fact(FactType.PARTNERSHIP, b, a).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltro Inc is launching the Pulse X9 phone next week.|Veltro Inc|Pulse X9",
            "Orvex Inc debuts the Nimbus Pad tablet in Paris.|Orvex Inc|Nimbus Pad",
            "Halden Motors debuted the Arcadia X5 SUV in March.|Halden Motors|Arcadia X5",
            "Quillon Labs is debuting the Q7 Pro headset at the fair.|Quillon Labs|Q7 Pro"})
    void launchVerbsInEveryForm(String text, String maker, String product) {
        x(text).requireFact(FactType.PRODUCT_LAUNCH, maker, product);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvex made its market debut on the Nasdaq on Friday.",
            "Halden Bank shares rose on their debut in London.",
            "Quillon Labs will debut on the Nasdaq Stock Market next week."})
    void aMarketDebutLaunchesNoProduct(String text) {
        Extracted e = x(text);
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halden Bank is appointing Maria Lopez as chief executive.|EMPLOYMENT_START|Maria Lopez|Halden Bank",
            "Orvex Inc will appoint Peter Hall as president next month.|EMPLOYMENT_START|Peter Hall|Orvex Inc",
            "Peter Hall quits Kestrel Freight after ten years.|EMPLOYMENT_END|Peter Hall|Kestrel Freight",
            "Anna Berg is quitting Orvex Inc at the end of June.|EMPLOYMENT_END|Anna Berg|Orvex Inc",
            "Tom Reed is resigning from Quillon Labs as chairman.|EMPLOYMENT_END|Tom Reed|Quillon Labs",
            "Analysts said Peter Hall would leave Kestrel Freight to run a rival.|EMPLOYMENT_END|Peter Hall|Kestrel Freight",
            "Orvex Inc said Anna Berg would leave a senior Orvex Inc post in June.|EMPLOYMENT_END|Anna Berg|Orvex Inc",
            "The board said Tom Reed would retire from Quillon Labs next year.|EMPLOYMENT_END|Tom Reed|Quillon Labs"})
    void hireAndDepartureVerbsInEveryForm(String text, FactType type, String person, String org) {
        x(text).requireFact(type, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pellman Software axes 300 jobs in Ohio.|Pellman Software",
            "Nimbus Robotics sheds 12% of its workforce.|Nimbus Robotics",
            "Veltro Inc is shedding 450 jobs this year.|Veltro Inc",
            "Kestrel Freight eliminates 200 positions.|Kestrel Freight",
            "Halden Bank is axing 90 roles at its call centres.|Halden Bank"})
    void layoffVerbsInEveryForm(String text, String org) {
        x(text).requireFact(FactType.LAYOFF, org, null);
    }
}
