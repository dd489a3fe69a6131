using System.Text;
using Lucene.Net.Index;
using NewsCorpus.Core.Search;
using NewsCorpus.Core.Tests.Ingestion;
using NewsCorpus.Core.Tests.Search.Analysis;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Fuzz;

/// <summary>
/// Properties of the decoder, cleaner, normalizer, parser, analyzer and snippets that must hold for any input:
/// no exception escapes, offsets stay valid, the body is read from the text. Seeded and bounded, so the run is short
/// and a failure repeats.
/// </summary>
public sealed class TextFuzzTests
{
    private const int Iterations = 200;

    [Fact]
    public void Decoding_any_bytes_gives_text_or_a_reason_and_never_throws()
    {
        var random = new Random(1);
        var text = new HostileText(1);
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = (i % 4) switch
            {
                0 => Encoding.UTF8.GetBytes(text.Text(500)),
                1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text.Text(500))],
                2 => RandomBytes(random, 500),
                // UTF-8 with a byte or two damaged
                _ => Damaged(Encoding.UTF8.GetBytes("عنوان " + text.Text(500)), random),
            };

            var decoded = TextDecoder.Decode(bytes);

            Assert.True(decoded.IsRefused != decoded.Text is not null, $"case {i}: {Convert.ToHexString(bytes)}");
        }
    }

    [Fact]
    public void Cleaning_leaves_no_invisible_control_presentation_form_or_odd_space()
    {
        var text = new HostileText(2);
        for (var i = 0; i < Iterations; i++)
        {
            var input = text.Text(800);

            var cleaned = TextCleaner.Clean(input);
            var normalized = ArabicNormalizer.Normalize(cleaned);

            var odd = cleaned.Where(c => TextCleaner.IsInvisibleControl(c) || c == '\r' || (char.IsWhiteSpace(c) && c is not (' ' or '\n'))
                || (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC' && HasCompatibilityForm(c))).ToList();
            Assert.True(odd.Count == 0, $"case {i}: {HostileText.Show(new string([.. odd]))} left in {HostileText.Show(input)}");
            Assert.True(normalized.Length <= cleaned.Length, $"case {i}: {HostileText.Show(input)}");
        }
    }

    [Fact]
    public void The_one_pass_dot_test_agrees_with_its_definition()
    {
        var random = new Random(3);
        const string Alphabet = "اب.·ـ ";
        for (var i = 0; i < Iterations * 10; i++)
        {
            var input = new string([.. Enumerable.Range(0, random.Next(1, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

            var dots = new WordBreakingDots(input);
            for (var at = 0; at < input.Length; at++)
                Assert.True(DefinedBreak(input, at) == dots.At(at), $"'{input}' at {at}");
        }
    }

    [Fact]
    public void A_parsed_body_is_always_a_subsequence_of_the_cleaned_text()
    {
        var text = new HostileText(4);
        for (var i = 0; i < Iterations; i++)
        {
            var input = "عنوان المقال\n" + text.Text(1500);

            var article = RepoCatalogs.Parser.Parse("fuzz.txt", "hash", DecodedText.Ok(input, "utf-8"));

            var cleaned = TextCleaner.Clean(input);
            Assert.True(IsSubsequence(string.Join("\n", article.Paragraphs), cleaned), $"case {i}: {HostileText.Show(input)}");
            Assert.DoesNotContain(article.Paragraphs, p => p.Contains('\n', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Analyzer_offsets_always_lie_inside_the_text_and_never_go_back()
    {
        var text = new HostileText(5);
        string[] fields = [IndexFields.Body, IndexFields.Title, IndexFields.Surface];
        for (var i = 0; i < Iterations; i++)
        {
            var input = text.Text(600, loneSurrogates: true);
            var field = fields[i % fields.Length];

            var previousStart = 0;
            foreach (var (term, start, end) in AnalyzedTokens.Of(input, field))
            {
                Assert.True(start >= previousStart && end >= start && end <= input.Length && term.Length > 0,
                    $"case {i} ({field}): '{term}' at {start}..{end} after {previousStart}: {HostileText.Show(input)}");
                previousStart = start;
            }
        }
    }

    [Fact]
    public void Marking_a_text_keeps_every_character_of_it_in_order()
    {
        var text = new HostileText(6);
        var snippets = new SnippetBuilder(AnalyzedTokens.Corpus);
        for (var i = 0; i < Iterations; i++)
        {
            var input = text.Text(600, loneSurrogates: true);
            var terms = AnalyzedTokens.Of(text.Query(4)).Select(t => new Term(IndexFields.Body, t.Term))
                .Concat(AnalyzedTokens.Of(input).Take(2).Select(t => new Term(IndexFields.Body, t.Term)))
                .ToHashSet();

            var marked = snippets.MarkAll(input, terms);
            var snippet = snippets.Build(input, terms);

            Assert.Equal(input, marked.ToPlainText());
            Assert.True(IsSubsequence(snippet.ToPlainText().Replace("… ", "", StringComparison.Ordinal).Replace(" …", "", StringComparison.Ordinal), input),
                $"case {i}: {HostileText.Show(input)}");
        }
    }

    // Most presentation forms fold to letters; a few (ornate parentheses, noncharacters, U+FDFD) have nothing to fold to.
    private static bool HasCompatibilityForm(char c) => !char.IsSurrogate(c) && c.ToString().Normalize(NormalizationForm.FormKC) != c.ToString();

    /// <summary>The definition the one-pass scan replaced: look both ways across the run of this dot and tatweel.</summary>
    private static bool DefinedBreak(string text, int index)
    {
        if (text[index] is not ('.' or '·' or '\u2022'))
            return false;
        var before = index - 1;
        while (before >= 0 && (text[before] == '\u0640' || text[before] == text[index]))
            before--;
        var after = index + 1;
        while (after < text.Length && (text[after] == '\u0640' || text[after] == text[index]))
            after++;
        return before >= 0 && after < text.Length && ArabicScript.IsArabicLetter(text[before]) && ArabicScript.IsArabicLetter(text[after]);
    }

    private static bool IsSubsequence(string part, string whole)
    {
        var at = 0;
        foreach (var c in part)
        {
            at = whole.IndexOf(c, at);
            if (at < 0)
                return false;
            at++;
        }
        return true;
    }

    private static byte[] RandomBytes(Random random, int max)
    {
        var bytes = new byte[random.Next(max)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Damaged(byte[] bytes, Random random)
    {
        for (var k = 0; k < 2 && bytes.Length > 0; k++)
            bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
        return bytes;
    }
}
