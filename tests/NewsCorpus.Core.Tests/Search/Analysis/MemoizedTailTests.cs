using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsCorpus.Benchmarks;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Search.Analysis;

namespace NewsCorpus.Core.Tests.Search.Analysis;

/// <summary>
/// The importer's replayed fields read the chain's tail from a memo (<see cref="MemoizedTailFilter"/>,
/// <see cref="TailMemo"/>): every token must be the one the whole chain makes from the text — term, position
/// increment, offsets, type, and the increment and offset the stream ends with — whether the word was met before or not.
/// </summary>
public sealed class MemoizedTailTests
{
    private static readonly JudgedSet Set = JudgedSet.Load();
    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Body, IndexFields.Captions];

    // Stop words first, last and in a row, a run-together word, names with English aliases, a broken word, a word
    // too long to remember, Latin and digits.
    private static readonly string[] Hard =
    [
        "في من بوتين على",
        "من",
        "",
        "الولاياتالمتحدةوروسيا في قمة جنيف مع لبوتين وبايدن في",
        "الأمـ.ـن القومي، Putin met Biden في ٢٠٢١ و 2021",
        new string('ب', TailMemo.MaxWordLength + 5) + " بوتين " + new string('ب', TailMemo.MaxWordLength + 5),
        "سوريا سورية السورية الأمريكي الأميركي هانغتشو هانغجو",
    ];

    [Fact]
    public void Replayed_fields_emit_the_whole_chains_tokens_whether_words_were_met_before_or_not()
    {
        using var analyzer = new CorpusAnalyzer(SearchLexicon.From(Set.Catalogs));
        using var replay = new ReplayAnalyzer(analyzer);
        var texts = Texts().ToList();

        var compared = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var text in texts)
            {
                foreach (var field in TextFields)
                {
                    var expected = Tokens(analyzer.GetTokenStream(field, text));
                    Assert.Equal(expected, Tokens(Replayed(analyzer, replay, field, text)));
                    compared += expected.Count;
                }
            }
        }

        Assert.True(compared > 10_000, $"only {compared} tokens compared");
        Assert.InRange(replay.RememberedWords, 1_000, TailMemo.Capacity);
    }

    [Fact]
    public void Stop_words_pass_their_positions_to_the_next_word_kept_and_to_the_end()
    {
        using var analyzer = new CorpusAnalyzer(SearchLexicon.From(Set.Catalogs));
        using var replay = new ReplayAnalyzer(analyzer);

        for (var pass = 0; pass < 2; pass++)
        {
            var tokens = Tokens(Replayed(analyzer, replay, IndexFields.Body, "في من بوتين على"));
            // في and من are skipped: بوتين comes third; its English alias shares its position; على is skipped at the end.
            Assert.Equal(3, tokens[0].Increment);
            Assert.Equal(0, tokens[1].Increment);
            Assert.Equal("putin", tokens[1].Term);
            Assert.Equal(1, tokens[^1].Increment); // the end token: the one stop word after the last word
        }
    }

    [Fact]
    public void Threads_sharing_a_memo_each_get_the_whole_chains_tokens()
    {
        using var analyzer = new CorpusAnalyzer(SearchLexicon.From(Set.Catalogs));
        using var replay = new ReplayAnalyzer(analyzer);
        var texts = Texts().ToList();
        var expected = texts.Select(text => Tokens(analyzer.GetTokenStream(IndexFields.Body, text))).ToList();

        var mismatches = 0;
        Parallel.For(0, texts.Count * 3, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var at = i % texts.Count;
            if (!expected[at].SequenceEqual(Tokens(Replayed(analyzer, replay, IndexFields.Body, texts[at]))))
                Interlocked.Increment(ref mismatches);
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void The_memo_finds_every_word_it_remembered_and_stops_at_its_capacity()
    {
        var memo = new TailMemo();
        var tokens = new TailTokens();
        for (var i = 0; i < TailMemo.Capacity + 500; i++)
        {
            tokens.Clear();
            tokens.Add($"s{i}", 1);
            if (i % 3 == 0)
                tokens.Add($"alias{i}", 0);
            memo.Remember($"w{i}", tokens);
        }

        Assert.Equal(TailMemo.Capacity, memo.Count);
        foreach (var i in new[] { 0, 1, 3, 77_777, TailMemo.Capacity - 1 })
        {
            Assert.True(memo.TryGet($"w{i}", out var reader), $"w{i}");
            Assert.True(reader.Next(out var term, out var increment));
            Assert.Equal(($"s{i}", 1), (term.ToString(), increment));
            Assert.Equal(i % 3 == 0, reader.Next(out term, out increment));
            if (i % 3 == 0)
                Assert.Equal(($"alias{i}", 0), (term.ToString(), increment));
            Assert.False(reader.Next(out _, out _));
        }
        Assert.False(memo.TryGet($"w{TailMemo.Capacity + 10}", out _));
        Assert.False(memo.TryGet("w", out _));
    }

    [Fact]
    public void A_word_with_no_tokens_is_remembered_as_none_and_a_long_word_is_not_remembered()
    {
        var memo = new TailMemo();
        var none = new TailTokens();
        none.Clear();
        memo.Remember("من", none);
        var some = new TailTokens();
        some.Add("x", 1);
        memo.Remember(new string('x', TailMemo.MaxWordLength + 1), some);

        Assert.True(memo.TryGet("من", out var reader));
        Assert.Equal(0, reader.Left);
        Assert.False(memo.TryGet(new string('x', TailMemo.MaxWordLength + 1), out _));
        Assert.Equal(1, memo.Count);
    }

    private static IEnumerable<string> Texts() =>
        Set.Articles.SelectMany(a => new[] { a.Title, a.Body, string.Join("\n", a.Captions) }).Concat(Hard);

    private static TokenStream Replayed(CorpusAnalyzer analyzer, ReplayAnalyzer replay, string field, string text) =>
        replay.GetTokenStream(field, new RecordedTokens.Reader(RecordedTokens.Of(analyzer, text)));

    /// <summary>Every token, then the state the stream ends in (as an <c>&lt;end&gt;</c> token).</summary>
    private static List<(string Term, int Increment, int Start, int End, string Type)> Tokens(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var tokens = new List<(string, int, int, int, string)>();
            stream.Reset();
            while (stream.IncrementToken())
                tokens.Add((term.ToString(), position.PositionIncrement, offsets.StartOffset, offsets.EndOffset, type.Type));
            stream.End();
            tokens.Add(("<end>", position.PositionIncrement, offsets.StartOffset, offsets.EndOffset, ""));
            return tokens;
        }
    }
}
