package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who laid off a counted number, in the order the rules ask: an anaphor right before the count, else the company the
 * clause names, else an anaphor further back, else the company already told laying off. Texts written here.
 */
class LayoffDoerTest {
    private static void doerIs(String text, String doer) {
        Extracted x = Extracted.of(text, "2024-05-02");
        List<String> subjects = x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).map(Fact::subject).toList();
        assertEquals(List.of(x.requireEntity(doer).id()), subjects, x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halden Bank, Corvant Systems and Kestrel Freight have all laid off staff this year.",
            "Analysts said Halden Bank, Corvant Systems, and Kestrel Freight all cut jobs in March.",
            "Halden Bank and Corvant Systems and Kestrel Freight also shed staff after the merger."})
    void eachCompanyOfACoordinatedSubjectLaysOff(String text) {
        Extracted x = Extracted.of(text, "2024-05-02");
        List<String> subjects = x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).map(Fact::subject).toList();
        assertEquals(List.of(x.requireEntity("Halden Bank").id(), x.requireEntity("Corvant Systems").id(),
                x.requireEntity("Kestrel Freight").id()), subjects, x.describeFacts());
    }

    @Test
    void anAnaphorRightBeforeTheCountBeatsTheOutletNamedBeforeIt() {
        doerIs("Kestrel Freight signed a deal with Microsoft. Reuters reported that the company laid off 60 employees.",
                "Kestrel Freight");
    }

    @Test
    void aCompanyNamedAfterTheAnaphorIsTheDoer() {
        doerIs("Nimbus Labs raised $20 million from Accel. The company said its unit Orbita Robotics laid off 40 workers.",
                "Orbita Robotics");
    }

    @Test
    void anAnaphorBeforeAPersonStandsForTheDoerWhenNoCompanyIsNamed() {
        doerIs("Nimbus Labs raised $20 million from Accel. The company told Dana Park that 40 workers were laid off.",
                "Nimbus Labs");
    }

    @Test
    void aLaterRoundWithoutADoerGoesToTheCompanyAlreadyToldLayingOff() {
        Extracted x = Extracted.of("Nimbus Labs laid off 120 workers in March. A further 265 workers were laid off in 2023.",
                "2024-05-02");
        String nimbus = x.requireEntity("Nimbus Labs").id();
        List<Fact> layoffs = x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).toList();
        assertEquals(2, layoffs.size(), x.describeFacts());
        layoffs.forEach(f -> assertEquals(nimbus, f.subject(), x.describeFacts()));
    }
}
