using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsCorpus.Core.Search;

/// <summary>
/// The words that best tell a text apart in the index: tf·idf over the body field, as Lucene's <c>MoreLikeThis</c>
/// weighs them, without its cost. <c>MoreLikeThis</c> asks the whole reader for each word's document frequency
/// in each field, and every such ask opens a fresh terms enumerator in every segment: at 100k articles that was
/// 0.4–0.6 s an article for ~260 distinct words in 17 segments. Here the words are sorted and each segment's
/// terms are walked once with one enumerator (10–25 ms), for one field (the title's words are in the body's
/// analysis, the text read being title and body), from a bounded prefix of the text (a news article's lead says
/// what it is about; a very long article would otherwise cost in proportion).
/// </summary>
internal static class DistinctiveWords
{
    /// <summary>How much of the text is read: about twice the average article.</summary>
    internal const int MaxChars = 6_000;
    private const int MinWordLength = 2;

    /// <summary>The <paramref name="max"/> best words, best first, each with its tf·idf score and document frequency.</summary>
    /// <param name="text">Title and body, as one text.</param>
    /// <param name="analyzer">The corpus chain, so spelling variants count as one word.</param>
    /// <param name="reader">The index whose document frequencies weigh the words.</param>
    /// <param name="max">How many words at most.</param>
    /// <param name="maxDocFreq">Words in more articles than this say nothing about likeness and are left out.</param>
    public static IReadOnlyList<(string Word, float Score, int DocFreq)> Of(string text, Analyzer analyzer, IndexReader reader, int max, int maxDocFreq)
    {
        var counts = Count(Bounded(text), analyzer);
        var words = counts.Keys.Select(w => new BytesRef(w)).ToArray();
        Array.Sort(words);
        var docFreqs = DocFreqs(reader, words);
        var numDocs = reader.NumDocs;
        var scored = new List<(string Word, float Score, int DocFreq)>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (docFreqs[i] == 0 || docFreqs[i] > maxDocFreq)
                continue;
            var word = words[i].Utf8ToString();
            // DefaultSimilarity's idf, as MoreLikeThis uses.
            var idf = 1 + Math.Log(numDocs / (double)(docFreqs[i] + 1));
            scored.Add((word, (float)(counts[word] * idf), docFreqs[i]));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Word, StringComparer.Ordinal).Take(max).ToList();
    }

    /// <summary>The text up to <see cref="MaxChars"/>, cut at a space so no word is cut in two.</summary>
    internal static string Bounded(string text)
    {
        if (text.Length <= MaxChars)
            return text;
        var cut = text.LastIndexOf(' ', MaxChars);
        return text[..(cut > 0 ? cut : MaxChars)];
    }

    private static Dictionary<string, int> Count(string text, Analyzer analyzer)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(IndexFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length < MinWordLength)
                continue;
            var word = term.ToString();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        stream.End();
        return counts;
    }

    /// <summary>Each word's document frequency in the body field, summed over segments, one enumerator a segment.</summary>
    private static int[] DocFreqs(IndexReader reader, BytesRef[] sortedWords)
    {
        var docFreqs = new int[sortedWords.Length];
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(IndexFields.Body) is not { } terms)
                continue;
            var enumerator = terms.GetEnumerator();
            for (var i = 0; i < sortedWords.Length; i++)
            {
                if (enumerator.SeekExact(sortedWords[i]))
                    docFreqs[i] += enumerator.DocFreq;
            }
        }
        return docFreqs;
    }
}
