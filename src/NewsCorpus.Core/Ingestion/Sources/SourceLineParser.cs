using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.Sources;

/// <summary>The article's own credit line, e.g. <c>المصدر : الجزيرة + وكالات</c>: the name shown and the catalog ids in it.</summary>
internal sealed record SourceLine(string Name, IReadOnlyList<string> Ids);

/// <summary>
/// Recognises a credit line: one opened by a prefix editors list in <c>data/boilerplate.json</c> (<c>المصدر:</c>,
/// <c>* خدمة «نيويورك تايمز»</c>, <c>خاص بـ«الشرق الأوسط»</c>), or known source names standing alone on their line,
/// as agencies sign their wires: <c>(أ ف ب)</c>, <c>وكالات</c>, <c>عين اليوم – واس</c>.
/// </summary>
internal sealed class SourceLineParser(BoilerplatePhrases boilerplate, SourceNameFinder sources)
{
    private const int MaxNameWords = 8;
    // A bare credit is a name or two ("رويترز", "الجزيرة + وكالات"); a longer line of names is a sentence's subject.
    private const int MaxBareCreditWords = 5;
    private static readonly char[] Bullets = ['*', '•', '●', '▪', '-', '–', '—', ' '];
    private static readonly char[] Quotes = ['«', '»', '"', '“', '”', '\'', '{', '}', ' '];
    private readonly PhraseList _prefixes = new(boilerplate.SourcePrefixes);

    public SourceLine? Parse(string line)
    {
        var text = line.Trim().TrimStart(Bullets);
        // Most lines open with no source prefix: the map back to the original is only made for one that does.
        var prefixLength = _prefixes.MatchAtStart(ArabicNormalizer.Normalize(text));
        if (prefixLength == 0)
            return StandaloneCredit(line);

        var afterPrefix = FoldedText.Of(text).OriginalFrom(prefixLength);
        var hasColon = text[..^afterPrefix.Length].Contains(':') || afterPrefix.TrimStart().StartsWith(':');
        var name = afterPrefix.Trim().TrimStart(':', '-', '–', '—').Trim().TrimEnd('.').Trim(Quotes);
        // Commas may list several sources ("رويترز، أ ف ب"); other sentence punctuation means this is prose.
        if (!LineShape.IsShortNameList(name, MaxNameWords))
            return null;
        // Without a colon "المصدر" may open an ordinary sentence ("المصدر نفسه أكد ..."): then only a bare list of names counts.
        if (!hasColon && !sources.IsOnlySourceNames(name, explicitCredit: true))
            return null;
        return new SourceLine(name, sources.IdsIn(name, explicitCredit: true));
    }

    /// <summary>
    /// The agency credit a wire paragraph ends with: <c>… خلال اجتماع استمر ساعتين (أ ف ب)</c>. Only names the catalog
    /// knows: a sentence may end on any name in parentheses (<c>افتتاح (قناة السويس)</c>).
    /// </summary>
    public SourceLine? TrailingCredit(string paragraph)
    {
        var text = paragraph.Trim().TrimEnd('.');
        var open = text.LastIndexOf('(');
        if (!text.EndsWith(')') || open <= 0)
            return null;
        var name = text[(open + 1)..^1].Trim();
        return sources.IsOnlySourceNames(name) ? new SourceLine(name, sources.IdsIn(name)) : null;
    }

    // A bare line must be names the catalog knows ("موقع الانفجار" is a heading); in parentheses an outlet word
    // and an unknown name are a credit too ("(صحيفة الأيام)").
    private SourceLine? StandaloneCredit(string line)
    {
        var text = line.Trim().TrimEnd('.').Trim().TrimStart(Bullets);
        bool isCredit;
        if (text is ['(', .., ')'])
        {
            text = text[1..^1].Trim();
            isCredit = sources.IsCredit(text);
        }
        else
            isCredit = !LineShape.HasMoreWordsThan(text, MaxBareCreditWords) && sources.IsOnlySourceNames(text);
        return isCredit ? new SourceLine(text, sources.IdsIn(text)) : null;
    }
}
