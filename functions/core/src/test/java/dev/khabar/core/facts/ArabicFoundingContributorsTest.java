package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تأسيس X بمساهمة A وB», «تأسست X بمشاركة A وB»: the companies a founding is told "with the contribution of" are its
 * founders; whoever approves it or attends its ceremony is not. Texts written here.
 */
class ArabicFoundingContributorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووافقت الحكومة الأردنية أمس على تأسيس شركة البوابة الرقمية بمساهمة البنك العربي، ومجموعة المناصير.",
            "وتم تأسيس شركة البوابة الرقمية عام 2020 بمساهمة البنك العربي ومجموعة المناصير.",
            "وتأسست شركة البوابة الرقمية بمشاركة البنك العربي ومجموعة المناصير.",
            // the contribution set off by a comma after what the company is for
            "ووافقت الحكومة على تأسيس شركة البوابة الرقمية لإدارة المدفوعات الحكومية بالتعاون مع شركة فيزا، بمساهمة البنك العربي، ومجموعة المناصير.",
            "ووافقت الحكومة على تأسيس شركة البوابة الرقمية لتشغيل الشبكة بالشراكة مع «فيزا»، بمساهمة البنك العربي، ومجموعة المناصير."})
    void theContributorsFoundedIt(String text) {
        Extracted x = Extracted.of(text, "2025-04-15");
        x.requireFactByAlias(FactType.FOUNDED, "البنك العربي", "البوابة الرقمية");
        x.requireFactByAlias(FactType.FOUNDED, "مجموعة المناصير", "البوابة الرقمية");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر حفل تأسيس شركة البوابة الرقمية ممثلون عن البنك العربي ومجموعة المناصير.",
            "وتأسست شركة البوابة الرقمية عام 2020، وتعمل بمشاركة البنك العربي على مشاريع الدفع.",
            // an anniversary of the founding, and «بمشاركة» after the verbal noun: those attending
            "واحتفل المصرف بذكرى تأسيس شركة البوابة الرقمية بمساهمة البنك العربي.",
            "وجرى حفل تأسيس شركة البوابة الرقمية بمشاركة البنك العربي.",
            "وجرى تأسيس شركة البوابة الرقمية بمشاركة البنك العربي.",
            // another founding between, or a participation after the comma
            "وأعلنت الحكومة تأسيس شركة البوابة الرقمية لإدارة المدفوعات، وتأسيس صندوق جديد، بمساهمة البنك العربي.",
            "ووافقت الحكومة على تأسيس شركة البوابة الرقمية لإدارة المدفوعات، بمشاركة البنك العربي.",
            // a new clause or another company between the founding and the contribution: the contribution is theirs
            "ووافقت الحكومة على تأسيس شركة البوابة الرقمية لإدارة المدفوعات، وارتفعت أرباح شركة زيتون، بمساهمة البنك العربي.",
            "ووافقت الحكومة على تأسيس شركة البوابة الرقمية لإدارة المدفوعات، كما أقرت موازنة الوزارة، بمساهمة البنك العربي.",
            "وقررت الحكومة تأسيس شركة البوابة الرقمية لإدارة المدفوعات، فيما توسعت الشبكة، بمساهمة البنك العربي.",
            "وتم تأسيس شركة البوابة الرقمية لإدارة المدفوعات، ونمو مبيعات شركة زيتون القابضة، بمساهمة البنك العربي."})
    void othersNamedBesideAFoundingFoundNothing(String text) {
        Extracted x = Extracted.of(text, "2025-04-15");
        assertFalse(x.hasFactByAlias(FactType.FOUNDED, "البنك العربي", "البوابة الرقمية"), x.describeFacts());
    }
}
