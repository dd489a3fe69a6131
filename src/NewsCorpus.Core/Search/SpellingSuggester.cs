using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// "Did you mean": each query word the index does not hold is replaced by the nearest whole word that it does
/// (surface field, at most one edit for short words and two for longer ones), the most frequent on a tie. Built on
/// core Lucene's <see cref="FuzzyTermsEnum"/>, since the Suggest package is not available here.
/// </summary>
internal sealed class SpellingSuggester(Analyzer analyzer, IArticleTexts texts)
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT" };
    private readonly WrittenSpelling _written = new(analyzer, texts);

    /// <summary>The query with misspelled words replaced, or null when every word is known or has no neighbour.</summary>
    public string? Suggest(string query, IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        var terms = MultiFields.GetTerms(reader, IndexFields.Surface);
        if (terms is null)
            return null;
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (Operators.Contains(words[i]) || words[i].Contains(':', StringComparison.Ordinal) || words[i].Any(c => "*?~\"()".Contains(c, StringComparison.Ordinal)))
                continue;
            var surface = SurfaceForm(words[i].TrimStart('-', '+'));
            if (surface is null || surface.Length < 3 || reader.DocFreq(new Term(IndexFields.Surface, surface)) > 0)
                continue;
            if (Nearest(terms, surface) is { } nearest)
            {
                var better = _written.Of(nearest, searcher);
                words[i] = words[i].StartsWith('-') ? "-" + better : better;
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : null;
    }

    private static string? Nearest(Terms terms, string word)
    {
        var maxEdits = word.Length <= 5 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.Surface, word), maxEdits, 0, true);
        string? best = null;
        var bestRank = (Edits: int.MaxValue, Frequency: 0);
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var rank = (Edits: EditDistance(word, candidate), Frequency: fuzzy.DocFreq);
            if (rank.Edits < bestRank.Edits || (rank.Edits == bestRank.Edits && rank.Frequency > bestRank.Frequency))
                (best, bestRank) = (candidate, rank);
        }
        return best;
    }

    private string? SurfaceForm(string word)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.Surface, new StringReader(word));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var form = stream.IncrementToken() ? term.ToString() : null;
        var more = form is not null && stream.IncrementToken();
        stream.End();
        return more ? null : form;
    }

    /// <summary>Levenshtein distance with adjacent transpositions, to rank the enum's candidates.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
