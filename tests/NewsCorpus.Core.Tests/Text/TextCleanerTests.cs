using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Text;

public class TextCleanerTests
{
    [Fact]
    public void Line_endings_become_newlines() =>
        Assert.Equal("سطر\nسطر\nسطر", TextCleaner.Clean("سطر\r\nسطر\rسطر"));

    [Fact]
    public void Zero_width_and_bidi_controls_are_removed() =>
        Assert.Equal("الأمن السيبراني", TextCleaner.Clean("الأ\u200Cمن\u200F \u202Bالسيبراني\u202C\uFEFF"));

    [Fact]
    public void Presentation_forms_fold_to_base_letters() =>
        // U+FEDF U+FEE0 U+FEE4 ... : initial/medial forms of ل م
        Assert.Equal("لا", TextCleaner.Clean("\uFEFB"));

    [Fact]
    public void Space_runs_collapse_and_lines_are_trimmed() =>
        Assert.Equal("لم لم تتلق\nسطر", TextCleaner.Clean("  لم   لم\t تتلق  \nسطر "));

    [Fact]
    public void Html_references_and_their_debris_are_decoded() =>
        Assert.Equal("\"عرب نيوز\" الأولى ا", TextCleaner.Clean("&quot;عرب نيوز&quot;&nbsp;الأولى #1575;"));

    [Theory]
    [InlineData("\x1a\x1a")]
    [InlineData("\f")]
    [InlineData("\u2029")]
    [InlineData("\x1e")]
    public void Control_characters_used_as_paragraph_marks_become_line_breaks(string mark) =>
        Assert.Equal(["الفقرة الأولى.", "الفقرة الثانية."],
            TextCleaner.Clean($"الفقرة الأولى.{mark}الفقرة الثانية.").Split('\n', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("\u0627\u0653", "\u0622")] // alef + madda above compose
    [InlineData("\u0628\u0651\u064E", "\u0628\u064E\u0651")] // shadda, fatha: NFC puts the lower class first
    [InlineData("e\u0301", "\u00E9")]
    public void Text_that_nfc_changes_is_still_composed(string text, string composed) =>
        Assert.Equal(composed, TextCleaner.Clean(text));

    [Fact]
    public void A_text_of_characters_the_cleaner_leaves_to_themselves_is_already_nfc()
    {
        // Every pair of the characters for which the cleaner skips NFC (any longer text of them is made of such pairs:
        // each is a starter no composition takes second).
        var inert = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && !TextCleaner.MayChangeUnderNfc(c.ToString())).ToList();
        Assert.InRange(inert.Count, 900, 1200);
        Assert.DoesNotContain(inert, c => c == '\u064E' || c == '\u0653' || c == '\u0301');
        var pair = new char[2];
        foreach (var a in inert)
        {
            pair[0] = a;
            foreach (var b in inert)
            {
                pair[1] = b;
                Assert.True(new string(pair).IsNormalized(NormalizationForm.FormC), $"U+{(int)a:X4} U+{(int)b:X4}");
            }
        }
    }

    [Fact]
    public void Cleaning_gives_what_the_character_by_character_cleaner_with_patterns_gave()
    {
        // The cleaner as it was before it skipped what a text does not need, kept here as the reference.
        static string Reference(string text)
        {
            var sb = new StringBuilder();
            foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
            {
                if (TextCleaner.IsParagraphMark(c))
                    sb.Append('\n');
                else if (TextCleaner.IsInvisibleControl(c))
                    continue;
                else if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC')
                    sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                else
                    sb.Append(c is '\n' or ' ' ? c : c is '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' ? '\n' : char.IsWhiteSpace(c) ? ' ' : c);
            }
            var nfc = sb.ToString().Normalize(NormalizationForm.FormC);
            return Regex.Replace(Regex.Replace(nfc, " {2,}", " "), "(?m)^ +| +$", "");
        }

        const string alphabet = " \n\r\t\u00A0\u200Fa\u0628\u064E\u0651\uFEFB\uFDFA\x1a\u2029\u3000";
        var random = new Random(20261206);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(Reference(text) == TextCleaner.CleanDecoded(text),
                string.Join(" ", text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))));
        }
    }
}
