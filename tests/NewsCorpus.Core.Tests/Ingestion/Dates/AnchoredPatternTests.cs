using System.Text.RegularExpressions;
using NewsCorpus.Core.Ingestion.Dates;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Ingestion.Dates;

/// <summary>
/// The date patterns searched around month words must find exactly what the regex engine's own search finds: same
/// matches, same places, same groups (parsed output is checked byte for byte over the real corpus; these are the
/// shapes that could tell the two searches apart).
/// </summary>
public sealed class AnchoredPatternTests
{
    private static readonly DatePatterns Patterns = new(RepoCatalogs.Catalogs.Calendar);

    public static TheoryData<string> Texts() =>
    [
        "التقى الرئيسان في 5 سبتمبر 2016 في الصين ثم في 6 سبتمبر 2016 في هانغتشو",
        "في 7    من     شهر     تموز     عام 2017 التقيا",
        "في الحادي والثلاثين  من تموز 2018 وفي الخامس من سبتمبر 2016",
        "الاول من سبتمبر ليس تاريخا، 12th September 2016 و September 5, 2016",
        "سبتمبر سبتمبر 2016 ،5 سبتمبر/أيلول 2016 و28 أيلول (سبتمبر) 2015",
        "ربيع 5 ربيع الآخر 1429 هـ و الثاني والعشرين من رمضان 1436هـ و12 شوال عام 1436",
        "16 يونيو/حزيران الجاري و 3 مايو و5 ماي",
        "5\u00a0سبتمبر\u2003\u20032016 ثم ٥ سبتمبر ٢٠١٦",
        "سبتمبر",
        "",
        // In-word starts, which the anchored search skips: after a letter, an Arabic digit, a Latin letter, a fraction.
        "ب5 سبتمبر 2016 و٣سبتمبر2016 وx12 September 2016 و½5 سبتمبر 2016 والخامس من سبتمبر 2016",
        // Year mentions: after عام, في, a month or two; not a target year (لعام 2030), not inside a longer number.
        "منذ عام 2013 وفي 2016 وفي    \n  2015 ثم لعام 2030 و في 20161 وفي 2016-09-05 وسنه 1999",
        "سبتمبر/أيلول 2016 وأيلول (سبتمبر)، من العام 2015 وسبتمبر. 2014 وجنيف 2012 و(في2016)",
        "2016 2016 في 1916 فيفي 2016 فى 2016",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_the_same_matches_as_the_regex_engine_searching_everywhere(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        foreach (var pattern in new[] { Patterns.DayMonthYear, Patterns.DayMonth, Patterns.MonthDayYear, Patterns.HijriDate, Patterns.YearMention })
        {
            var expected = pattern.Pattern.Matches(normalized).Select(Describe).ToList();
            Assert.Equal(expected, pattern.Matches(normalized).Select(Describe).ToList());
            Assert.Equal(expected.Count > 0, pattern.IsMatch(normalized));
            Assert.Equal(pattern.Pattern.Replace(normalized, " "), pattern.Replace(normalized, " "));
        }
    }

    [Fact]
    public void Every_sample_and_real_page_gets_the_engines_matches()
    {
        var files = RepoCatalogs.SamplePaths()
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoRoot.Find(), "tests", "NewsCorpus.Core.Tests", "Ingestion", "RealPages"), "*.txt"))
            .ToList();
        // Whole pages (a match may run over a line end) and each line.
        var texts = files.Select(f => TextDecoder.Decode(File.ReadAllBytes(f)).Text!)
            .SelectMany(page => page.Split('\n').Append(page).Select(ArabicNormalizer.Normalize))
            .ToList();
        var found = 0;
        foreach (var pattern in new[] { Patterns.DayMonthYear, Patterns.DayMonth, Patterns.MonthDayYear, Patterns.HijriDate, Patterns.YearMention })
        {
            foreach (var text in texts)
            {
                var expected = pattern.Pattern.Matches(text).Select(Describe).ToList();
                Assert.Equal(expected, pattern.Matches(text).Select(Describe).ToList());
                found += expected.Count;
            }
        }
        Assert.True(found > 150, $"{found} matches");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Month_words_found_once_give_each_pattern_the_same_matches(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var months = AnchorPositions.In(Patterns.MonthWord, normalized);
        var hijriMonths = AnchorPositions.In(Patterns.HijriMonthWord, normalized);
        foreach (var (pattern, words) in new[] { (Patterns.DayMonthYear, months), (Patterns.DayMonth, months), (Patterns.MonthDayYear, months), (Patterns.HijriDate, hijriMonths) })
        {
            var expected = pattern.Pattern.Matches(normalized).Select(Describe).ToList();
            Assert.Equal(expected, pattern.Matches(words).Select(Describe).ToList());
            Assert.Equal(expected, pattern.Matches(words).Select(Describe).ToList()); // the positions are read, never used up
        }
        Assert.Equal(Patterns.MonthWord.IsMatch(normalized), months.Any);
    }

    [Fact]
    public void Month_words_start_wherever_the_pattern_matches_also_inside_another_match()
    {
        var pattern = new Regex("ab|b");

        Assert.Equal([0, 1, 3], AnchorPositions.In(pattern, "ab b").Starts);
        Assert.Empty(AnchorPositions.In(pattern, "").Starts);
    }

    [Fact]
    public void Month_words_of_another_pattern_are_refused()
    {
        var text = ArabicNormalizer.Normalize("5 سبتمبر 2016");

        Assert.Throws<ArgumentException>(() => Patterns.HijriDate.Matches(AnchorPositions.In(Patterns.MonthWord, text)));
    }

    [Fact]
    public void Every_character_the_patterns_read_as_white_space_is_skipped_as_white_space_when_looking_back()
    {
        var space = new Regex(@"^\s$", RegexOptions.CultureInvariant);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (space.IsMatch(c.ToString()))
                Assert.True(char.IsWhiteSpace(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void A_start_is_skipped_as_in_a_word_exactly_where_the_patterns_lookbehind_refuses_it()
    {
        var letterOrNumber = new Regex(@"^[\p{L}\p{N}]$", RegexOptions.CultureInvariant);
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(letterOrNumber.IsMatch(c.ToString()) == AnchoredPattern.IsLetterOrNumber(c), $"U+{(int)c:X4}");
    }

    private static string Describe(Match m) =>
        $"{m.Index}:{m.Length}:" + string.Join("|", m.Groups.Cast<Group>().Select(g => $"{g.Name}={g.Success}:{g.Value}"));
}
