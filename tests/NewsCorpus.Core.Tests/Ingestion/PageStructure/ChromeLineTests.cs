using NewsCorpus.Core.Ingestion.PageStructure;

namespace NewsCorpus.Core.Tests.Ingestion.PageStructure;

public sealed class ChromeLineTests
{
    private readonly ChromeLine _chrome = new(RepoCatalogs.Catalogs.Boilerplate);

    [Theory]
    [InlineData("الرئيسية » أخبار » العالم")]
    [InlineData("الرئيسية › سياسة")]
    [InlineData("الصفحة الرئيسية / أخبار العالم / روسيا")]
    [InlineData("Home > News > World")]
    [InlineData("الرئيسيه » أخبار » بوتين وبايدن يتفقان على عودة السفراء")]
    public void A_breadcrumb_trail_is_chrome(string line) => Assert.True(_chrome.IsBreadcrumb(line));

    [Theory]
    [InlineData("الرئيسية")]
    [InlineData("أخبار » العالم")]
    [InlineData("وقال إن الرئيسية/الفرعية مسألة ثانوية في المحادثات")]
    [InlineData("28/9/2015")]
    public void Lines_that_are_not_a_trail_from_the_root_are_not_breadcrumbs(string line) => Assert.False(_chrome.IsBreadcrumb(line));

    [Theory]
    [InlineData("شارك هذا المقال")]
    [InlineData("شارك")]
    [InlineData("مشاركة")]
    [InlineData("فيسبوك")]
    [InlineData("فيسبوك تويتر واتساب")]
    [InlineData("Facebook Twitter WhatsApp")]
    [InlineData("شارك: فيسبوك | تويتر | نسخ الرابط")]
    public void A_share_bar_is_chrome(string line) => Assert.True(_chrome.IsShareBar(line));

    [Theory]
    [InlineData("وكتب ترامب على تويتر أن اللقاء كان ناجحا")]
    [InlineData("شارك الرئيسان في القمة")]
    [InlineData("مشاركة روسيا في الحملة العسكرية")]
    public void Sentences_that_name_a_network_or_sharing_are_not_share_bars(string line) => Assert.False(_chrome.IsShareBar(line));

    [Theory]
    [InlineData("ع.ع/م.ش")]
    [InlineData("ب ف/ح س")]
    [InlineData("هـ.ع / م.ش")]
    [InlineData("م ع/ ح ص/ ر")]
    public void Editors_initials_signing_off_a_wire_are_chrome(string line) => Assert.True(ChromeLine.IsSignOff(line));

    [Theory]
    [InlineData("أ ف ب")]
    [InlineData("28/9/2015")]
    [InlineData("بوتين/بايدن")]
    [InlineData("ع.ع/م.ش وقال المتحدث إن المحادثات مستمرة")]
    public void Agency_credits_dates_and_words_are_not_sign_offs(string line) => Assert.False(ChromeLine.IsSignOff(line));

    [Fact]
    public void Share_labels_come_from_the_catalog() =>
        Assert.False(new ChromeLine(RepoCatalogs.Catalogs.Boilerplate with { ShareLabels = [] }).IsShareBar("شارك"));

    [Theory]
    [InlineData("Home News Sport Business Contact us")]
    [InlineData("Accueil | Actualités | Politique | Monde")]
    [InlineData("الرئيسية أخبار رياضة اقتصاد فيديو")]
    [InlineData("English Français Español")]
    [InlineData("فلسطين | سوريا | العراق | لبنان")]
    [InlineData("Главная Новости")]
    public void A_site_menu_in_any_language_is_chrome(string line) => Assert.True(_chrome.IsMenu(line));

    [Theory]
    [InlineData("سياسة")]
    [InlineData("روسيا | أمريكا")]
    [InlineData("7. Scent of a Woman | Martin Brest (1992)")]
    [InlineData("الاقتصاد والرياضة في صدارة اهتمامات الحكومة")]
    [InlineData("أعلن الوزير أن الاجتماع | الذي عقد أمس | بحث الملف السوري | وملفات أخرى مهمة عديدة للطرفين.")]
    public void Headings_and_lines_with_bars_are_not_menus(string line) => Assert.False(_chrome.IsMenu(line));

    [Theory]
    [InlineData("// انتهى //")]
    [InlineData("//يتبع//")]
    [InlineData("إضافة خامسة وأخيرة")]
    [InlineData("يتبع...")]
    public void A_wire_part_marker_is_chrome(string line) => Assert.True(_chrome.IsWireMarker(line));

    [Theory]
    [InlineData("انتهى الاجتماع دون اتفاق")]
    [InlineData("إضافة إلى ذلك، بحث الرئيسان الملف النووي.")]
    public void Sentences_that_open_with_a_marker_word_are_not_markers(string line) => Assert.False(_chrome.IsWireMarker(line));

    [Theory]
    [InlineData("الاسم")]
    [InlineData("البريد الإلكتروني *")]
    [InlineData("لن يتم نشر عنوان بريدك الإلكتروني")]
    [InlineData("Name Email Website")]
    public void A_comment_form_field_is_chrome(string line) => Assert.True(_chrome.IsCommentFormField(line));
}
