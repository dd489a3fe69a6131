using Lucene.Net.Index;
using Lucene.Net.Store;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The index's own vocabulary of whole words (<see cref="IndexFields.Surface"/>, which no spelling rule touches),
/// read before the analyzer is built, to tell a generated spelling of a name from an ordinary word: an ordinary noun
/// or adjective also appears with the article (<c>السوشي</c>), a foreign name does not (<c>البوتن</c>). An index
/// consulted only when the analysis is decided again (<see cref="CorpusAnalysis"/>): what it decided is recorded with
/// the index, so an index that grows such a word is not rebuilt for it.
/// </summary>
public sealed class IndexVocabulary : IDisposable
{
    private readonly FSDirectory? _directory;
    private readonly DirectoryReader? _reader;

    private IndexVocabulary(FSDirectory? directory, DirectoryReader? reader)
    {
        _directory = directory;
        _reader = reader;
    }

    /// <summary>The vocabulary of the index at <paramref name="indexPath"/>; empty when there is no index yet.</summary>
    public static IndexVocabulary Open(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
            return new IndexVocabulary(null, null);
        var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            return new IndexVocabulary(null, null);
        }
        return new IndexVocabulary(directory, DirectoryReader.Open(directory));
    }

    /// <summary>True when the index holds <paramref name="normalizedWord"/> with the article ال: an ordinary word.</summary>
    public bool IsOrdinary(string normalizedWord) => _reader is not null && IsOrdinaryIn(_reader, normalizedWord);

    /// <summary>True when <paramref name="reader"/>'s index holds <paramref name="normalizedWord"/> with the article ال.</summary>
    public static bool IsOrdinaryIn(IndexReader reader, string normalizedWord) =>
        reader.DocFreq(new Term(IndexFields.Surface, "ال" + normalizedWord)) > 0;

    public void Dispose()
    {
        _reader?.Dispose();
        _directory?.Dispose();
    }
}
