using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Search;

/// <summary>
/// How an article writes an indexed surface word: the surface field is normalized (<c>الازمه</c>), but a suggestion
/// should read as Arabic is written (<c>الأزمة</c>). Found by re-analyzing one article that holds the word and
/// taking the text at the token's offsets, repaired of tatweel, broken dots and harakat.
/// </summary>
internal sealed class WrittenSpelling(Analyzer analyzer)
{
    private static readonly string[] StoredTextFields = [IndexFields.Title, IndexFields.Body, IndexFields.Captions];

    public string Of(string surfaceWord, IndexSearcher searcher)
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Surface, surfaceWord)), 1).ScoreDocs;
        if (hits.Length == 0)
            return surfaceWord;
        var doc = searcher.Doc(hits[0].Doc);
        foreach (var field in StoredTextFields)
        {
            if (doc.Get(field, CultureInfo.InvariantCulture) is { } text && Find(text, surfaceWord) is { } written)
                return written;
        }
        return surfaceWord;
    }

    private string? Find(string text, string surfaceWord)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.Surface, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        string? found = null;
        while (found is null && stream.IncrementToken())
        {
            if (term.ToString() == surfaceWord)
                found = ArabicRepairCharFilter.Repair(text[offsets.StartOffset..offsets.EndOffset]);
        }
        stream.End();
        return found;
    }
}
