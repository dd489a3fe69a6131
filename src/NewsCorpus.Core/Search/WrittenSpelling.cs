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
internal sealed class WrittenSpelling(Analyzer analyzer, IArticleTexts texts)
{
    public string Of(string surfaceWord, IndexSearcher searcher)
    {
        if (FirstHolding(searcher.IndexReader, surfaceWord) is not { } holder)
            return surfaceWord;
        var doc = searcher.Doc(holder);
        var id = doc.Get(IndexFields.Id, CultureInfo.InvariantCulture);
        // The title is stored in the index; the body and captions are read from the store.
        var text = texts.Read([id]).GetValueOrDefault(id) ?? BodyAndCaptions.Empty;
        foreach (var written in new[] { doc.Get(IndexFields.Title, CultureInfo.InvariantCulture) ?? "", text.Body, text.Captions })
        {
            if (Find(written, surfaceWord) is { } found)
                return found;
        }
        return surfaceWord;
    }

    /// <summary>
    /// The first live document holding the word, read from its postings: any holder will do, and a scored search
    /// for the best one walked every holder (a suggested common word is in most of the archive).
    /// </summary>
    private static int? FirstHolding(IndexReader reader, string surfaceWord)
    {
        var term = new Term(IndexFields.Surface, surfaceWord);
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is not null && docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS)
                return leaf.DocBase + doc;
        }
        return null;
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
