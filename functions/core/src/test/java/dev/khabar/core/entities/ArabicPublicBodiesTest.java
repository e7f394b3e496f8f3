package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Public bodies written with the article: a name with an adjective that names it (العامة، الوطنية، القومية، a
 * country's) and the complement of what it serves, with a joined field's own adjective («والصرف الصحي»); «مؤسسة» before a name is the institution, not a woman founder.
 */
class ArabicPublicBodiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت الهيئة العامة للطيران المدني اتفاقا مع الشركة أمس.|الهيئة العامة للطيران المدني",
            "ووقعت المؤسسة العامة لنقل وتوزيع المياه عقدا جديدا.|المؤسسة العامة لنقل وتوزيع المياه",
            "وأعلن الجهاز المركزي للتعبئة العامة والإحصاء الأرقام أمس.|الجهاز المركزي للتعبئة العامة والإحصاء",
            "وقالت الهيئة الوطنية للأمن السيبراني إن الهجوم فشل.|الهيئة الوطنية للأمن السيبراني",
            "فازت الشركة بعقد من الهيئة القومية لمياه الشرب والصرف الصحي لتنفيذ محطة.|الهيئة القومية لمياه الشرب والصرف الصحي",
            "وأعلنت الهيئة القومية للتأمين الاجتماعي زيادة المعاشات.|الهيئة القومية للتأمين الاجتماعي",
            "وأصدرت الهيئة المشرفة للتأمين لائحة جديدة.|الهيئة المشرفة للتأمين",
            "وباشرت المؤسسة المنظمة للكهرباء عملها أمس.|المؤسسة المنظمة للكهرباء",
            // «القدم» is the noun of «كرة القدم»: the article never goes on the verb «قدم» it is spelled like
            "وأبرم الاتحاد الأردني لكرة القدم اتفاقية رعاية جديدة.|الاتحاد الأردني لكرة القدم"})
    void aDefiniteBodyWithItsAdjectiveAndComplementIsAName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويحتاج الجهاز المصرفي للاهتمام بالعملاء الصغار.",
            "وقال إن الهيئة العامة ستبدأ العمل الشهر المقبل.",
            "وتعمل الهيئة القومية على تنفيذ الخطة.",
            "وتسعى المؤسسة الخيرية لمساعدة الأسر.",
            "وقالت اللجنة المشكلة للتحقيق في الحادث إن التقرير جاهز.",
            "وتنتظر الهيئة المختصة للنظر في الطلب."})
    void aDescribingAdjectiveOrNoComplementMakesNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت مؤسسة البريد الوطني عن خدمة جديدة للشحن.|مؤسسة البريد الوطني",
            "وقالت مؤسسة النقد الإقليمي إن الأسعار ارتفعت.|مؤسسة النقد الإقليمي",
            "ووقعت مؤسسة الموانئ البحرية اتفاقا مع شركة صينية.|مؤسسة الموانئ البحرية"})
    void muassasaBeforeANameIsTheInstitution(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال رئيس مؤسسة النور للتنمية إن المشروع سيبدأ قريبا.|مؤسسة النور",
            "وأكد مدير جمعية الأمل الخيرية أن التبرعات زادت.|جمعية الأمل",
            "وقال نائب رئيس رابطة الدوري المحلي إن الموسم سيبدأ.|رابطة الدوري",
            "وأعلن رئيس اتحاد الكرة الوطني استقالته.|اتحاد الكرة"})
    void aBodyAfterATitleIsNoPerson(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream()
                .noneMatch(e -> e.type() == EntityType.PERSON && e.aliases().stream().anyMatch(a -> a.startsWith(words))), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال رئيس الشركة سامي النور إن المشروع سيبدأ قريبا.|سامي النور",
            "وأكد مدير المؤسسة جمال الأمل أن التبرعات زادت.|جمال الأمل"})
    void aNameAfterATitleStillIsAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }
}
