using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using NewsCorpus.Core;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Ingestion.PageStructure;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Benchmarks.Pathological;

/// <summary>
/// One text step of import or search, run on a prepared input; returns something so the work is not skipped.
/// <paramref name="Needs"/> names the step whose output it reads (computed once, untimed).
/// </summary>
public sealed record TextStep(string Name, Func<PreparedInput, int> Run, string? Needs = null);

/// <summary>
/// A shape at one size. The outputs of earlier steps are computed once, on first use, so each step is timed alone
/// and a step whose input is too slow to build is never started.
/// </summary>
public sealed class PreparedInput(string text, Func<string, string> clean, Func<string, ArticleStructure> structure)
{
    private readonly Lazy<string> _cleaned = new(() => clean(text));
    private readonly Lazy<ArticleStructure> _structure = new(() => structure(clean(text)));

    public byte[] Bytes { get; } = Encoding.UTF8.GetBytes(text);
    public string Decoded => text;
    public string Cleaned => _cleaned.Value;
    public ArticleStructure Structure => _structure.Value;
    /// <summary>What the index stores and snippets are cut from: the text as imported.</summary>
    public string Body => text;

    /// <summary>Computes the output of the named earlier step, so that timing the next one does not include it.</summary>
    public void BuildOutputOf(string? step)
    {
        if (step == "clean")
            _ = Cleaned;
        else if (step == "structure")
            _ = Structure;
    }
}

/// <summary>The steps every file or stored article goes through, over the shipped catalogs and the corpus analyzer.</summary>
public sealed class TextSteps : IDisposable
{
    private readonly Catalogs _catalogs = Catalogs.Load(Path.Combine(RepoRoot.Find(), "data"));
    private readonly CorpusAnalyzer _analyzer;
    private readonly ArticleStructureParser _structure;
    private readonly ArticleParser _parser;
    private readonly SnippetBuilder _snippets;
    // A word in every shape (or its repaired form), so snippets and highlights have matches to mark.
    private readonly ISet<Term> _queryTerms;

    public TextSteps()
    {
        _analyzer = new CorpusAnalyzer(SearchLexicon.From(_catalogs));
        _structure = new ArticleStructureParser(_catalogs.Boilerplate, _catalogs.Sources, _catalogs.Calendar);
        _parser = new ArticleParser(_catalogs);
        _snippets = new SnippetBuilder(_analyzer);
        _queryTerms = BodyTerms(_analyzer, "بوتين قال الأمن سطر شارك");
        All =
        [
            new("decode", i => TextDecoder.Decode(i.Bytes).Text!.Length),
            new("clean", i => TextCleaner.Clean(i.Decoded).Length),
            new("normalize", i => ArabicNormalizer.Normalize(i.Cleaned).Length, Needs: "clean"),
            new("structure", i => _structure.Parse(i.Cleaned).Paragraphs.Count, Needs: "clean"),
            new("article-text", i => ArticleText.From(i.Structure, _catalogs.Boilerplate).Units.Count, Needs: "structure"),
            new("parse", i => _parser.Parse("f.txt", "hash", DecodedText.Ok(i.Decoded, "utf-8")).Paragraphs.Count),
            new("analyze", i => Analyze(i.Cleaned), Needs: "clean"),
            new("snippet", i => _snippets.Build(i.Body, _queryTerms).Parts.Count),
            new("highlight", i => _snippets.MarkAll(i.Body, _queryTerms).Parts.Count),
        ];
    }

    public IReadOnlyList<TextStep> All { get; }

    public void Dispose() => _analyzer.Dispose();

    public PreparedInput Prepare(string text) => new(text, TextCleaner.Clean, _structure.Parse);

    private int Analyze(string text)
    {
        using var stream = _analyzer.GetTokenStream(IndexFields.Body, new StringReader(text));
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var tokens = 0;
        while (stream.IncrementToken())
            tokens += offsets.EndOffset > offsets.StartOffset ? 1 : 0;
        stream.End();
        return tokens;
    }

    /// <summary>The body terms of some words, as a snippet is asked to mark them.</summary>
    internal static HashSet<Term> BodyTerms(Lucene.Net.Analysis.Analyzer analyzer, string words)
    {
        var terms = new HashSet<Term>();
        using var stream = analyzer.GetTokenStream(IndexFields.Body, new StringReader(words));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(new Term(IndexFields.Body, term.ToString()));
        stream.End();
        return terms;
    }
}
