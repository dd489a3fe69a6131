using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search.Analysis;

/// <summary>Runs text through an analyzer and returns its tokens with their offsets into the text.</summary>
internal static class AnalyzedTokens
{
    private static readonly Lazy<CorpusAnalyzer> Shared = new(() =>
        new CorpusAnalyzer(SearchLexicon.From(Catalogs.Load(Path.Combine(RepoRoot.Find(), "data")))));

    /// <summary>The corpus analyzer over the shipped catalogs in <c>data/</c>.</summary>
    public static CorpusAnalyzer Corpus => Shared.Value;

    public static List<(string Term, int Start, int End)> Of(string text, string field = IndexFields.Body, Analyzer? analyzer = null)
    {
        using var stream = (analyzer ?? Corpus).GetTokenStream(field, new StringReader(text));
        return Read(stream);
    }

    /// <summary>The tokens of a field's value given as a string, as the index hands it to the analyzer.</summary>
    public static List<(string Term, int Start, int End)> OfFieldValue(string text, string field = IndexFields.Body)
    {
        using var stream = Corpus.GetTokenStream(field, text);
        return Read(stream);
    }

    private static List<(string Term, int Start, int End)> Read(TokenStream stream)
    {
        var tokens = new List<(string, int, int)>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add((term.ToString(), offsets.StartOffset, offsets.EndOffset));
        stream.End();
        return tokens;
    }

    public static List<string> Terms(string text, string field = IndexFields.Body, Analyzer? analyzer = null) =>
        Of(text, field, analyzer).Select(t => t.Term).ToList();
}
