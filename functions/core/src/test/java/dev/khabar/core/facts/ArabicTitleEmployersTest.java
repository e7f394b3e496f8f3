package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «المحلل في "X" فلان», «رئيس قسم الشبكات في X فلان»: the employer between a title and its holder. */
class ArabicTitleEmployersTest {
    private static boolean hasRole(Extracted x, String person, String org) {
        String p = x.document().entities().stream().filter(e -> e.aliases().contains(person)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError(person + " in " + x.names()));
        String o = x.document().entities().stream().filter(e -> e.aliases().contains(org)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError(org + " in " + x.names()));
        return x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p) && o.equals(f.object()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفا نتائجها. وأكد المحلل في \"Morgan Stanley\" دانيال فيشر أن المبيعات تراجعت.|دانيال فيشر|Morgan Stanley",
            "أعلنت شركة نوفا نتائجها. وقالت المحللة في \"سيتي جروب\" سارة جونز إن الطلب ضعيف.|سارة جونز|سيتي جروب",
            "أعلنت شركة نوفا نتائجها. ورأى المحلل لدى «غارتنر» مارك ديفيس أن السوق سيتعافى.|مارك ديفيس|Gartner"})
    void aQuotedEmployerBetweenTheTitleAndTheName(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(hasRole(x, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفا نتائجها. ووصف رئيس قسم الشبكات في \"إريكسون\" بيتر هانسن الصفقة بأنها مهمة.|بيتر هانسن|Ericsson",
            "أعلنت شركة نوفا نتائجها. وقال رئيس قطاع الأجهزة في شركة سامسونج جون ميلر إن الهاتف جاهز.|جون ميلر|Samsung",
            "أعلنت شركة نوفا نتائجها. وأكد مدير إدارة المبيعات في شركة إنتل توماس براون أن الطلب قوي.|توماس براون|Intel",
            // a department named by definite words alone, before «في» or «لدى», apposed or before the name
            "وأشار مدير الاتصال الحكومي في شركة «زيفرا» المهندس سامر حداد إلى أن المشروع الأول من نوعه.|سامر حداد|زيفرا",
            "وقال رئيس الشؤون القانونية لدى شركة كوردا نبيل منصور إن العقد نافذ.|نبيل منصور|كوردا",
            "وأكدت مديرة الموارد البشرية في شركة زيفرا ليلى عمران أن التوظيف مستمر.|ليلى عمران|زيفرا",
            "أعلنت شركة نوفا نتائجها. وقال هاني سعيد، المدير التنفيذي لقطاع الحسابات المركزية في شركة زيفرا، إن الأرباح نمت.|هاني سعيد|زيفرا",
            "أعلنت شركة نوفا نتائجها. وقال رامي يوسف، مدير العلاقات العامة لدى شركة كوردا، إن الطلب قوي.|رامي يوسف|كوردا",
            "أعلنت شركة نوفا نتائجها. وأوضح كريم داود، رئيس الخدمات المصرفية الرقمية في بنك زيفرا، أن التطبيق جاهز.|كريم داود|بنك زيفرا",
            // the title's time after its organization: «رئيس X الجديد فلان»
            "ألقى رئيس شركة زيفرا الجديد المهندس سامر حداد باللوم على السوق.|سامر حداد|زيفرا",
            "وقال رئيس شركة كوردا الجديد هاني سعيد إن السوق يتعافى.|هاني سعيد|كوردا",
            // the employer described after its name: its nationality, the company it owns or belongs to
            "وقال رئيس مجموعة «زيفرا» السعودية المالكة لشركة «كوردا»، الشيخ هاني سعيد، إن الأرباح نمت.|هاني سعيد|زيفرا",
            "وقال الرئيس التنفيذي لشركة زيفرا التابعة لمجموعة كوردا المهندس سامر حداد إن الأرباح نمت.|سامر حداد|زيفرا",
            "وأكد مدير عام شركة «كوردا» التابعة لبنك زيفرا، الدكتور نبيل منصور، أن الخطة مستمرة.|نبيل منصور|كوردا",
            "وقال الرئيس التنفيذي لشركة كوردا السابق نبيل منصور إن الصفقة تأخرت.|نبيل منصور|كوردا",
            "وأكدت المديرة العامة لشركة زيفرا الحالية ليلى عمران أن الخطة مستمرة.|ليلى عمران|زيفرا"})
    void aUnitTheTitleHeadsComesBeforeTheCompany(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(hasRole(x, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفا نتائجها. وقال المدير المالي لـ\"أوبر\" نيلسون تشاي إن الإيرادات ارتفعت.|نيلسون تشاي|Uber",
            "أعلنت شركة نوفا نتائجها. وأكد الرئيس التنفيذي لـ\"سابك\" يوسف البنيان أن الطلب تحسن.|يوسف البنيان|SABIC",
            "أعلنت شركة نوفا نتائجها. وقالت رئيسة مجلس إدارة لـ«أرامكو السعودية» نورة الدوسري إن الخطة اكتملت.|نورة الدوسري|Saudi Aramco"})
    void anEmployerAfterAGluedLamAndQuotes(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(hasRole(x, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الرئيس التنفيذي لشركة \"نوفا\" الألمانية لصناعة الأجهزة المنزلية إن المبيعات زادت.|لصناعة الأجهزة",
            "وأكد المدير العام لشركة \"فاليو\" المصرية لتطوير البرمجيات أن الخطة اكتملت.|لتطوير البرمجيات"})
    void whatTheEmployerMakesIsNoPerson(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.aliases().contains(words)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن مؤسس شركة زيلو الإماراتية «سامي العتيبي» عن خطة جديدة.|سامي العتيبي|زيلو",
            "وقال الرئيس التنفيذي لشركة نوفا المصرية \"كريم حداد\" إن الأرباح ارتفعت.|كريم حداد|نوفا",
            "وأكد رئيس شركة فاليو الأردنية «خالد الحربي» أن المشروع اكتمل.|خالد الحربي|فاليو"})
    void theCompanysNationalityBeforeTheQuotedHolder(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.document().entities().stream().filter(e -> e.aliases().contains(person)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError(person + " in " + x.names()));
        assertTrue(x.document().facts().stream().anyMatch(f -> (f.type() == FactType.ROLE || f.type() == FactType.FOUNDED)
                && f.subject().equals(p) && f.object() != null), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة أرامكو السعودية نتائجها. وقال وليد عباس، الرئيس التنفيذي لشركة فوري، إن الشركة ستتوسع.|وليد عباس|Saudi Aramco",
            "أعلنت شركة سابك نتائجها. وأكد خالد العتيبي، المدير المالي لشركة تمام، أن الطلب قوي.|خالد العتيبي|SABIC",
            "أعلنت شركة إنتل نتائجها. وقال جون مارتن، رئيس مجلس إدارة بشركة نيون، إن السوق تحسن.|جون مارتن|Intel",
            // held in several companies left unnamed
            "أعلنت شركة سابك نتائجها. وقال خالد العتيبي عضو مجلس إدارة في عدد من الشركات إن الطلب قوي.|خالد العتيبي|SABIC",
            "أعلنت شركة سابك نتائجها. وقال خالد العتيبي، المستشار لعدة بنوك، إن الطلب قوي.|خالد العتيبي|SABIC"})
    void aTitleAtACompanyNobodyNamedIsNotHeldAtTheStorysCompany(String text, String person, String story) {
        Extracted x = Extracted.of(text, "2025-01-01");
        org.junit.jupiter.api.Assertions.assertFalse(hasRole(x, person, story), x.describeFacts());
    }
}
