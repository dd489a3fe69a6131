using NewsCorpus.Core.Catalog;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// The author's credit above an article: <c>كتب: محمد علي</c>, <c>بقلم سامر الأحمد</c>, <c>By John Smith</c>.
/// The opening words come from <c>data/boilerplate.json</c>; what follows must be a short name, not a sentence,
/// because the same verb opens ordinary paragraphs (<c>كتب ترامب على تويتر أن ...</c>).
/// </summary>
internal sealed class BylineDetector(BoilerplatePhrases boilerplate)
{
    private const int MaxNameWords = 5;
    private readonly PhraseList _prefixes = new(boilerplate.BylinePrefixes);

    public bool IsByline(string line)
    {
        var folded = FoldedText.Of(line);
        var prefixLength = _prefixes.MatchAtStart(folded.Text);
        if (prefixLength == 0)
            return false;
        var name = folded.OriginalFrom(prefixLength).Trim().TrimStart(':', '-', '–', '—', '/').Trim();
        return LineShape.IsShortNameList(name, MaxNameWords) && !name.EndsWith(':');
    }
}
