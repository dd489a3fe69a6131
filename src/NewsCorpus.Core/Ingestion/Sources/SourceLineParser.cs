using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.Sources;

/// <summary>The article's own credit line, e.g. <c>المصدر : الجزيرة + وكالات</c>: the name shown and the catalog ids in it.</summary>
internal sealed record SourceLine(string Name, IReadOnlyList<string> Ids);

/// <summary>
/// Recognises a source line by the prefixes editors list in <c>data/boilerplate.json</c>, or an agency credit
/// standing alone on its line, as agencies end their wires: <c>(أ ف ب)</c>.
/// </summary>
internal sealed class SourceLineParser(BoilerplatePhrases boilerplate, SourceNameFinder sources)
{
    private const int MaxNameWords = 8;
    private readonly PhraseList _prefixes = new(boilerplate.SourcePrefixes);

    public SourceLine? Parse(string line)
    {
        var folded = FoldedText.Of(line);
        var prefixLength = _prefixes.MatchAtStart(folded.Text);
        if (prefixLength == 0)
            return StandaloneCredit(line);

        var afterPrefix = folded.OriginalFrom(prefixLength);
        var hasColon = line[..^afterPrefix.Length].Contains(':') || afterPrefix.TrimStart().StartsWith(':');
        var name = afterPrefix.Trim().TrimStart(':', '-', '–', '—').Trim().TrimEnd('.');
        // Commas may list several sources ("رويترز، أ ف ب"); other sentence punctuation means this is prose.
        if (!LineShape.IsShortNameList(name, MaxNameWords))
            return null;
        // Without a colon "المصدر" may open an ordinary sentence ("المصدر نفسه أكد ..."): then only a bare list of names counts.
        if (!hasColon && !sources.IsOnlySourceNames(name))
            return null;
        return new SourceLine(name, sources.IdsIn(name));
    }

    /// <summary>The agency credit a wire paragraph ends with: <c>… خلال اجتماع استمر ساعتين (أ ف ب)</c>.</summary>
    public SourceLine? TrailingCredit(string paragraph)
    {
        var text = paragraph.Trim().TrimEnd('.');
        var open = text.LastIndexOf('(');
        return text.EndsWith(')') && open > 0 ? StandaloneCredit(text[open..]) : null;
    }

    private SourceLine? StandaloneCredit(string line)
    {
        var text = line.Trim().TrimEnd('.');
        if (text is not ['(', .., ')'])
            return null;
        var name = text[1..^1].Trim();
        return sources.IsOnlySourceNames(name) ? new SourceLine(name, sources.IdsIn(name)) : null;
    }
}
