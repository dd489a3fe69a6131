using NewsCorpus.Benchmarks;
using NewsCorpus.Core.Search;

namespace NewsCorpus.Core.Tests.Search;

/// <summary>
/// <see cref="MarkedTerms"/> answers as a set of strings does, for sets from one term to thousands (where slots are
/// shared and probed), for terms it holds and terms it does not, and for equal strings that are different objects.
/// </summary>
public sealed class MarkedTermsTests
{
    private static readonly string[] Words = [.. JudgedSet.Load().Articles
        .SelectMany(a => a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal)];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(500)]
    public void Answers_as_a_set_of_strings_does(int count)
    {
        Assert.True(Words.Length > 2 * count, "the judged articles hold enough distinct words");
        var held = Words.Where((_, i) => i % 2 == 0).Take(count).ToHashSet(StringComparer.Ordinal);
        var marked = new MarkedTerms(held.Concat(held));

        Assert.Equal(held.Count, marked.Count);
        foreach (var word in Words)
        {
            // A copy: a token's term is another string object than the query's.
            var copy = new string(word.AsSpan());
            Assert.Equal(held.Contains(word), marked.Contains(copy, copy.GetHashCode()));
        }
    }

    [Fact]
    public void No_terms_hold_nothing()
    {
        var none = new MarkedTerms([]);
        Assert.Equal(0, none.Count);
        Assert.False(none.Contains("بوتين", "بوتين".GetHashCode()));
        Assert.False(new MarkedTerms(["بوتين"]).Contains("بوتين", "بوتين".GetHashCode() + 1));
    }
}
