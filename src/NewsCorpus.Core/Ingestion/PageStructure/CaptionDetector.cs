using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Sources;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Photo captions: an agency caption in English (<c>EPA/…</c>, <c>MANDATORY CREDIT</c>, <c>(L)</c>/<c>(R)</c>),
/// an Arabic caption that ends with the photo credit in parentheses (<c>… (رويترز)</c>, <c>… (غيتي)</c>), or a line
/// opened by a caption label and a colon or dash (<c>تصوير: أحمد حجازي</c>, <c>الصورة: …</c>).
/// </summary>
internal sealed class CaptionDetector(BoilerplatePhrases boilerplate, SourceNameFinder sources)
{
    // An English line this long with no credit marker is still a photo description, not part of an Arabic article.
    private const int MinUnmarkedLatinWords = 6;
    private const int MaxArabicCaptionWords = 35;
    // Wires end paragraphs with their credit and no stop: "... خلال اجتماع استمر ساعتين (أ ف ب)". Photo captions
    // credited to an agency describe one picture in a clause or two, under 20 words; longer is a paragraph.
    private const int MaxCaptionWordsBeforeAgencyCredit = 20;

    private const int MaxLabelledCaptionWords = 25;
    private static readonly char[] Bullets = ['*', '•', '●', '▪', ' '];

    private readonly PhraseList _labels = new(boilerplate.CaptionPrefixes);
    private readonly PhraseList _creditMarkers = new(boilerplate.CaptionCreditMarkers);
    private readonly PhraseList _arabicCredits = new(boilerplate.CaptionArabicCredits);

    public bool IsCaption(string line) => IsLatinCaption(line) || IsArabicCaption(line) || IsLabelledCaption(line);

    // "تصوير: أحمد حجازي", "* تصوير": the label alone or followed by a colon or dash; "الصورة تتكلم" is a heading.
    private bool IsLabelledCaption(string line)
    {
        var folded = ArabicNormalizer.Normalize(line).Trim().Trim(Bullets);
        var length = _labels.MatchAtStart(folded);
        if (length == 0 || LineShape.HasMoreWordsThan(line, MaxLabelledCaptionWords))
            return false;
        var after = folded[length..].TrimStart();
        return after.Length == 0 || after[0] is ':' or '-' or '–' or '—';
    }

    private bool IsLatinCaption(string line) =>
        LineShape.IsMostlyLatin(line)
        && (_creditMarkers.OccursIn(ArabicNormalizer.Normalize(line)) || LineShape.WordCount(line) >= MinUnmarkedLatinWords);

    private bool IsArabicCaption(string line)
    {
        // A full stop after the parenthesis closes a sentence that ends on a name: "... موقع التواصل الاجتماعي (تويتر).".
        if (line.TrimEnd().EndsWith(").", StringComparison.Ordinal))
            return false;
        var text = line.TrimEnd('.', ' ');
        if (!text.EndsWith(')') || LineShape.IsMostlyLatin(text))
            return false;
        var open = text.LastIndexOf('(');
        if (open <= 0)
            return false;
        var described = text[..open].Trim();
        var credit = text[(open + 1)..^1];
        // A paragraph that ends a sentence and then credits an agency ("... قال. (أ ف ب)") is body text, not a caption.
        var words = LineShape.WordCount(described);
        return described.Length > 0
            && !LineShape.HasSentencePunctuation(described.Replace('،', ' '))
            && words <= MaxArabicCaptionWords
            && IsCredit(credit)
            && (words <= MaxCaptionWordsBeforeAgencyCredit || !sources.IsOnlySourceNames(credit));
    }

    // "رويترز - أرشيف", "الفرنسية/غيتي": every piece must be a known credit.
    private bool IsCredit(string credit)
    {
        var pieces = credit.Split(['-', '–', '—', '/', '،', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return pieces.Length > 0 && pieces.All(p => _arabicCredits.MatchesWhole(ArabicNormalizer.Normalize(p)));
    }
}
