package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic names no lexicon lists, found by where they stand: set off by commas after a title, or after بن عبد. */
class ArabicApposedNamesTest {
    private static Entity person(Extracted x, String alias) {
        Entity e = x.spelled(alias).orElseThrow(() -> new AssertionError(x.names()));
        assertEquals(EntityType.PERSON, e.type(), x.names());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة فالكون إن رئيس مجلس إدارتها، توركيل هانسن، سيغادر منصبه.|توركيل هانسن",
            "وأوضح المصرف أن الرئيس الحالي للمصرف، داو مينغ، قدم استقالته.|داو مينغ",
            "وصرحت وزيرة الصناعة، نوال الطحاوي، اليوم أن المصنع سيفتتح قريبا.|نوال الطحاوي",
            "وقال المدير التنفيذي للشركة، كاسبر ليندكويست (48 عاما)، إن النتائج جيدة.|كاسبر ليندكويست"})
    void aNameSetOffByCommasAfterATitleIsAPerson(String text, String name) {
        person(Extracted.of(text, "2025-01-01"), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الرئيس التنفيذي للشركة، في بيان صحفي، إن الأرباح ارتفعت.",
            "وأضاف مدير المبيعات، وهو يعرض الأرقام، أن الطلب قوي.",
            "وأكد رئيس مجلس إدارتها، خلال المؤتمر، أن الخطة مستمرة."})
    void aClauseAfterATitlesCommaIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة زيفرا أن رئيس مجلس إدارتها، توركيل هانسن، قرر التقاعد.|توركيل هانسن|Zyfra",
            "أعلنت شركة زيفرا أن الرئيس الحالي للشركة، داو مينغ، قدم استقالته.|داو مينغ|Zyfra",
            "أعلنت شركة زيفرا رحيل مؤسسها المشارك، كاسبر ليندكويست، عن الشركة.|كاسبر ليندكويست|Zyfra"})
    void theTitleBeforeTheCommasGivesTheRole(String text, String name, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String personId = person(x, name).id();
        String orgId = x.spelled("زيفرا").orElseThrow(() -> new AssertionError(x.names())).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> (f.type() == FactType.ROLE || f.type() == FactType.FOUNDED || f.type() == FactType.EMPLOYMENT_END)
                && f.subject().equals(personId) && orgId.equals(f.object())), x.describeFacts() + " for " + org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر المهندس فهد بن عبد الكريم الرشيدان، مدير المشروع، الحفل.|فهد بن عبد الكريم الرشيدان",
            "وتحدث الدكتور ماجد بن عبد الرحمن المنصور، رئيس الجمعية.|ماجد بن عبد الرحمن المنصور",
            "واستقبل الوزير تركي بن عبد المحسن القحطاني في مكتبه.|تركي بن عبد المحسن القحطاني"})
    void abdTakesTheDivineNameAndTheFamilyFollows(String text, String name) {
        person(Extracted.of(text, "2025-01-01"), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "والتقى عبد الغني زروقي بالوفد في العاصمة.|عبد الغني زروقي",
            "وقال عبدالمالك بوخاري إن المشروع سينطلق.|عبدالمالك بوخاري",
            "وأعلن عبد الوهاب صلاحي عن خطة جديدة.|عبد الوهاب صلاحي"})
    void abdBeforeADefiniteWordOpensAGivenName(String text, String name) {
        person(Extracted.of(text, "2025-01-01"), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت منى راشد، رئيسة فريق البحث في الجامعة، إن النتائج مشجعة.|فريق البحث",
            "وقال رئيس فريق العمل إن الخطة جاهزة.|فريق العمل",
            "وأكد رئيس فريق التفاوض أن الاتفاق قريب.|فريق التفاوض"})
    void aTeamAfterATitleIsNoPerson(String text, String team) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(team).map(e -> e.type() != EntityType.PERSON).orElse(true), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفاتيك رحيل مديرها المالي بعد عامين.|نوفاتيك",
            "أعلنت شركة برايتلي تعيين مدير جديد للعمليات.|برايتلي",
            "أعلنت شركة كوانتيكس إطلاق منصة جديدة للمدفوعات.|كوانتيكس"})
    void whatACompanyAnnouncesIsNotPartOfItsName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity e = x.spelled(name).orElseThrow(() -> new AssertionError(x.names()));
        assertEquals(EntityType.ORGANIZATION, e.type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال البنك المركزي الأردني إن التضخم تراجع في الربع الثالث.|البنك المركزي الأردني",
            "وأعلن المصرف المركزي العراقي عن مزاد جديد للعملة.|المصرف المركزي العراقي",
            "وخفض البنك المركزي التونسي سعر الفائدة.|البنك المركزي التونسي"})
    void aDefiniteBankWithAnAdjectiveAndItsCountryIsAnInstitution(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويعد أكبر بنك ألماني من حيث الأصول.",
            "واشترى الصندوق حصة في بنك إيطالي صغير.",
            "وتعاونت مع جامعة بريطانية في البحث."})
    void aBodyWithOnlyANationalityIsADescription(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وذكرت الشركة في بيان صادر من مقرها بمدينة هامبورغ أن الأرباح ارتفعت.|هامبورغ",
            "وقال البنك الذي يقع مقره في مدينة ليون إن القرض جاهز.|ليون",
            "وأوضحت المجموعة ومقرها بمدينة بورتو أن المصنع جديد.|بورتو"})
    void thePlaceOfASeatIsNamedAfterItsNoun(String text, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.spelled(place).orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().contains("مدينة")), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال البنك المملوك للدولة إن أرباحه ارتفعت.|البنك المملوك للدولة",
            "وأعلنت الشركة التابعة للمجموعة عن خطة جديدة.|الشركة التابعة للمجموعة",
            "وأكد المصرف المملوك للحكومة أن القروض زادت.|المصرف المملوك للحكومة"})
    void whoOwnsABankIsNoPartOfAName(String text, String phrase) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(phrase).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعمل سابقا في بنك اليابان الصناعي والتجاري قبل انتقاله إلى بنك اليابان.|بنك اليابان الصناعي والتجاري|بنك اليابان",
            "وحصل على قرض من بنك الأردن التجاري والعقاري ثم من بنك الأردن.|بنك الأردن التجاري والعقاري|بنك الأردن",
            "وانتقل من جامعة القاهرة الأهلية والتقنية إلى جامعة القاهرة.|جامعة القاهرة الأهلية والتقنية|جامعة القاهرة"})
    void aBankNamedByItsCountryIsNotTheLongerBankThatStartsLikeIt(String text, String longer, String shorter) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity a = x.spelled(longer).orElseThrow(() -> new AssertionError(x.names()));
        Entity b = x.spelled(shorter).orElseThrow(() -> new AssertionError(x.names()));
        assertTrue(!a.id().equals(b.id()), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وشغل منصب رئيس بنك تشاينا ميرشانتس قبل تقاعده.|بنك تشاينا ميرشانتس",
            "وحصلت الشركة على تمويل من بنك يونايتد أوفرسيز، وفق البيان.|بنك يونايتد أوفرسيز",
            "وأقرض بنك كريدي أغريكول الشركة مليار يورو.|بنك كريدي أغريكول"})
    void aBanksForeignNameOfTwoWords(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة نوفا للأجهزة الإلكترونية عن هاتف جديد.|نوفا للأجهزة الإلكترونية",
            "وقالت شركة زيرا للتجارة الإلكترونية إن المبيعات زادت.|زيرا للتجارة الإلكترونية",
            "واستحوذت شركة لومو للخدمات الإلكترونية على منافستها.|لومو للخدمات الإلكترونية"})
    void anElectronicAdjectiveBelongsToTheComplement(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتعمل في السوق الشركات الأربع (فيرا، نوفو، وتالك، وبريم) منذ سنوات.|فيرا|تالك",
            "ويضم القطاع البنوك الكبرى (كوردا، وسيلفا) وحدها.|كوردا|سيلفا",
            "وتنافس شركات الاتصالات (مدى، ونبض) على الرخصة.|مدى|نبض"})
    void aBracketedListAfterAPluralCueNamesOrganizations(String text, String first, String last) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(first).orElseThrow(() -> new AssertionError(x.names())).type());
        assertEquals(EntityType.ORGANIZATION, x.spelled(last).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت الوزارة عقدا مع شركة “دبي نت”. وأكدت أن العقد مع “دبي نت” مهم.|Dubai",
            "تعاونت الهيئة مع شركة “عمان داتا”. وقالت إن “عمان داتا” شريك موثوق.|Oman",
            "استثمر الصندوق في شركة “قطر لينك”. وأضاف أن “قطر لينك” تنمو بسرعة.|Qatar"})
    void aQuotedCompanyNameOpeningWithAPlaceStaysTheCompany(String text, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(place).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر الحفل نظيره الفرنسي مانويل دوران الذي ألقى كلمة.|مانويل دوران",
            "وقال نائب رئيس المنتدى مهدي بن سالمي الذي أشار إلى الأمر.|مهدي بن سالمي",
            "وأكد الرئيس التنفيذي يورغن ماير أن الخطة ناجحة.|يورغن ماير"})
    void commonGivenNamesOfArabicNewsOpenAPerson(String text, String name) {
        person(Extracted.of(text, "2025-01-01"), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وزودت الشركة هاتفها بخدمة ترجمة جديدة أطلقت عليها اسم (لينجو) تعمل دون إنترنت.|لينجو|PRODUCT",
            "وأسست المجموعة شركة جديدة باسم \"نوفاليس\" للاستثمار في الطاقة.|نوفاليس|ORGANIZATION",
            "وطرحت المنصة تطبيقا للمدفوعات يحمل اسم “دفعة” في السوق السعودية.|دفعة|PRODUCT"})
    void theNameGivenAfterIsmIsOfTheKindItsCueSays(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وشارك في الجولة صندوق رأس المال الجريء السويدي نوردفين، وفق البيان.|نوردفين",
            "واستحوذت شركة التكنولوجيا الأمريكية زيلوكس على المنصة.|زيلوكس",
            "وقال البنك الاستثماري الألماني كوردين إنه سيمول المشروع.|كوردين"})
    void theUndefinedWordAfterADescriptionAndItsNationalityIsTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().contains(" " + name) || e.name().contains("ال" + "شركة")),
                x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأكدت الشركة الأمريكية مجددا أن الخطة قائمة.",
            "وستمتلك الشركة الإماراتية حصة كبيرة من الأسهم.",
            "وتعمل الشركة الصينية منذ عام 2010 في السوق."})
    void anAdverbOrNounAfterADescribedCompanyIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتراجعت مبيعات هواتف الآيفون في الصين.|iPhone",
            "وتباع أجهزة الإكس بوكس بسعر أقل هذا العام.|Xbox",
            "ويعمل التطبيق على الآيفون فقط.|iPhone"})
    void aForeignProductNameWithTheArticleIsTheProduct(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال معالي خالد الكعبي، وزير الاقتصاد، عضو مجلس أمناء مؤسسة النور للتنمية، إن النمو قوي.|وزير الاقتصاد",
            "وقال مدير المبيعات، عضو مجلس الإدارة، إن النمو قوي.|مدير المبيعات",
            "وقال خالد الكعبي، مدير عام الشركة، رئيس لجنة المراجعة، إن النمو قوي.|مدير عام"})
    void theFirstOfTwoStackedTitlesIsNoPerson(String text, String title) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream()
                .noneMatch(e -> e.type() == EntityType.PERSON && e.aliases().stream().anyMatch(a -> a.startsWith(title))), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال خالد الكعبي، عضو مجلس أمناء مؤسسة النور للتنمية، إن النمو قوي.|خالد الكعبي"})
    void aNameBeforeAnApposedTitleStaysAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(name).type(), x.names());
    }
}
