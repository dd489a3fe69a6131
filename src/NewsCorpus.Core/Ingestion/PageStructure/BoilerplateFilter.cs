using System.Text.RegularExpressions;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Page chrome that is not the article: "follow us" calls, bare links, phone numbers, and the "published on"
/// stamp (which is kept apart, not thrown away). Phrases come from <c>data/boilerplate.json</c>.
/// </summary>
internal sealed partial class BoilerplateFilter(BoilerplatePhrases boilerplate)
{
    private const int MaxFollowUsWords = 25;
    // "… عبر تطبيق تيلغرام" inside a longer line is a call to action only when the line is short.
    private const int MaxFollowUsWordsWhenNotLeading = 15;
    // A stamp is a label and dates: "نشر في: 16 يوليو 2018 - 10:34 م آخر تحديث: 16 يوليو 2018 - 11:20 م" has 16
    // words but only 8 without a digit. Counting those keeps a sentence that opens like a stamp out.
    private const int MaxPublishedWordsBesideNumbers = 10;
    private const int MaxPublishedWords = 24;
    private const int MaxWordsBesidePhone = 3;
    private const int MinPhoneDigits = 7;

    private readonly PhraseList _followUs = new(boilerplate.FollowUs);
    private readonly PhraseList _followUsAnywhere = new(boilerplate.FollowUs.Concat(boilerplate.FollowUsChannels));
    private readonly PhraseList _published = new(boilerplate.PublishedLinePrefixes);

    /// <summary>
    /// A call to follow the outlet elsewhere ("تابعونا على …", "Follow us on Telegram"). A network's name alone
    /// ("واتساب", "Telegram") makes one only in a short line that gives a link or points at the next line: a headline
    /// may open with it ("واتساب يتيح ضبط نغمات …").
    /// </summary>
    public bool IsFollowUs(string line)
    {
        // Most lines are paragraphs too long to be either kind: settled before the line is normalized.
        if (LineShape.HasMoreWordsThan(line, Math.Max(MaxFollowUsWords, MaxFollowUsWordsWhenNotLeading)))
            return false;
        var folded = ArabicNormalizer.Normalize(line);
        var words = LineShape.WordCount(line);
        if (_followUs.MatchAtStart(folded) > 0)
            return words <= MaxFollowUsWords;
        return words <= MaxFollowUsWordsWhenNotLeading && _followUsAnywhere.OccursIn(folded)
            && (line.TrimEnd().EndsWith(':') || Url().IsMatch(line));
    }

    /// <summary>A call to action ending in ":" points at the next line (the link, number or how to subscribe).</summary>
    public static bool PointsAtNextLine(string line) => line.TrimEnd().EndsWith(':');

    /// <summary>A line that is only a link or an e-mail address, or several.</summary>
    public static bool IsBareUrl(string line)
    {
        // Asked of every line: its words are looked at where they stand, not cut out (most lines fail on the first).
        var text = line.AsSpan();
        foreach (var word in text.Split(' '))
        {
            if (!text[word].IsEmpty && !BareUrl().IsMatch(text[word]))
                return false;
        }
        return true;
    }

    /// <summary>A phone number with at most a short label ("هاتف: 0940777186").</summary>
    public static bool IsPhoneLine(string line)
    {
        // Asked of every line, most of which hold years and dates: one without the digits of a phone cannot hold one.
        if (!HasAsciiDigits(line, MinPhoneDigits) || !Phone().IsMatch(line))
            return false;
        var phones = Phone().Matches(line).Where(m => LooksLikePhone(m.Value)).ToArray();
        if (phones.Length == 0)
            return false;
        var rest = phones.Aggregate(line, (text, m) => text.Replace(m.Value, " ", StringComparison.Ordinal));
        return LineShape.WordCount(rest) <= MaxWordsBesidePhone;
    }

    /// <summary>The page's "Published On 28/9/2015" / "نشر في …" stamp.</summary>
    public bool IsPublishedLine(string line) =>
        _published.MatchAtStart(ArabicNormalizer.Normalize(line)) > 0
        && line.Any(char.IsDigit)
        && LineShape.WordCount(line) <= MaxPublishedWords
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(IsWordWithoutDigits) <= MaxPublishedWordsBesideNumbers;

    private static bool IsWordWithoutDigits(string word) => word.Any(char.IsLetter) && !word.Any(char.IsDigit);

    // Dates such as 28/9/2015 have the digits of a phone number but never a run of six, nor a leading "+".
    private static bool LooksLikePhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        return digits is >= MinPhoneDigits and <= 15 && (candidate.StartsWith('+') || LongDigitRun().IsMatch(candidate));
    }

    private static bool HasAsciiDigits(string line, int count)
    {
        var rest = line.AsSpan();
        for (var at = rest.IndexOfAnyInRange('0', '9'); at >= 0; at = rest.IndexOfAnyInRange('0', '9'))
        {
            if (--count == 0)
                return true;
            rest = rest[(at + 1)..];
        }
        return false;
    }

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$|^(?:[\w.+-]+@)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    // A link or an account handle ("@Dr_AhmedKhalil").
    [GeneratedRegex(@"https?://\S+|www\.\S+|@[A-Za-z0-9_]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\+?\d[\d \-/.()]{5,22}\d")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\d{6,}")]
    private static partial Regex LongDigitRun();
}
