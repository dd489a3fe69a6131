using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Lines an outlet adds to every story: a link back to it (<c>رابط الخبر بصحيفة الوئام: …</c>), how to reach the
/// writer by SMS (<c>للتواصل مع الكاتب ارسل رسالة SMS …</c>), the writer's other articles run together
/// (<c>مقالات أخرى للكاتب…</c>). Their openings come from <c>data/boilerplate.json</c>; the writer's e-mail may be run
/// into the front (<c>aaljamili@yahoo.comللتواصل مع الكاتب</c>), and an SMS notice broken over several lines carries
/// on in the short lines after it.
/// </summary>
internal sealed class NoticeLine(BoilerplatePhrases boilerplate)
{
    // A list of the writer's other articles runs long; a paragraph that merely opens like a notice runs longer.
    private const int MaxWords = 80;
    private const int MaxContinuationWords = 10;
    private const int MaxContinuationWordsWithoutNumber = 3;
    // "تويتر: @someone": a network's name before the address; "someone@example.com": the address itself.
    private const int MaxAddressLabelWords = 2;
    private readonly PhraseList _prefixes = new(boilerplate.NoticePrefixes);

    public bool Is(string line)
    {
        var text = WithoutLeadingAddress(line.Trim());
        return !LineShape.HasMoreWordsThan(text, MaxWords) && _prefixes.MatchAtStartGlued(ArabicNormalizer.Normalize(text)) > 0;
    }

    /// <summary>A piece of an SMS notice broken onto the next line: "تبدأ بالرمز (134) ثم مسافة ثم نص الرسالة إلى", "88591 - Stc".</summary>
    public static bool Continues(string notice, string line)
    {
        if (LineShape.HasSentencePunctuation(notice.Trim()[^1..]))
            return false;
        var words = LineShape.WordCount(line);
        return words <= MaxContinuationWords && (line.Any(char.IsDigit) || words <= MaxContinuationWordsWithoutNumber)
            && !LineShape.HasSentencePunctuation(line.Replace('،', ' ').Replace(',', ' '));
    }

    // The writer's e-mail, handle or link run into the notice ("a@b.com", "Twitter:@x", "تويتر: @x a@b.com"): a
    // few words holding an "@" or a link, whose Latin run ends right where the Arabic starts.
    private static string WithoutLeadingAddress(string line)
    {
        var at = line.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
            at = line.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || LineShape.WordCount(line[..at]) > MaxAddressLabelWords)
            return line;
        var end = at;
        while (end < line.Length && line[end] < '\u0250' && !char.IsWhiteSpace(line[end]))
            end++;
        return end < line.Length && ArabicScript.IsArabicLetter(line[end]) ? line[end..] : line;
    }
}
