using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsCorpus.Core.Ingestion;
using NewsCorpus.Core.Storage;

namespace NewsCorpus.Core.Tests.Storage;

/// <summary>The original text is kept compressed and read back exactly; rows written in an earlier form still read.</summary>
public sealed class StoredOriginalTextTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    private SqliteConnection Open() =>
        new($"Data Source={Path.Combine(_corpus.Corpus.Options.DataDir, Database.FileName)};Pooling=False");

    private static Article Make(string original, string[] paragraphs) => new()
    {
        Id = "a", FileName = "a.txt", ContentHash = "a", Encoding = "utf-8", Title = "عنوان",
        Paragraphs = paragraphs, OriginalText = original,
    };

    [Fact]
    public void The_original_text_is_stored_compressed_and_read_back_exactly()
    {
        var paragraph = "قال بوتين إن القمة في هلسنكي ناجحة، وأضاف ترامب أن الحوار مستمر بين البلدين. ";
        var original = "عنوان\r\n\uFEFF" + string.Concat(Enumerable.Repeat(paragraph, 40)) + "ﷺ الأمـ.ـن\n";
        _corpus.Corpus.Store.Upsert(Make(original, [paragraph.Trim()]));

        using var connection = Open();
        var (type, bytes) = connection.QuerySingle<(string, long)>("SELECT typeof(original_text), length(original_text) FROM articles WHERE id = 'a'");
        var article = _corpus.Corpus.Store.Get("a")!;

        Assert.Equal("blob", type);
        Assert.True(bytes < Encoding.UTF8.GetByteCount(original) / 4, $"{bytes} bytes stored");
        Assert.Equal(OlderTextForms.ZstdFrameStart, connection.QuerySingle<byte[]>("SELECT substr(original_text, 1, 4) FROM articles WHERE id = 'a'"));
        Assert.Equal(original, article.OriginalText);
        Assert.Equal([paragraph.Trim()], article.Paragraphs);
        Assert.Equal(paragraph.Trim(), _corpus.Corpus.Texts.Read(["a"])["a"].Body);
    }

    [Fact]
    public void A_row_written_before_compression_reads_as_it_was_and_is_compressed_when_next_written()
    {
        const string original = "عنوان\nقال بوتين إن القمة ناجحة.\n";
        _corpus.Corpus.Store.Upsert(Make(original, ["قال بوتين إن القمة ناجحة."]));
        using var connection = Open();
        connection.Execute("UPDATE articles SET original_text = @original WHERE id = 'a'", new { original });

        Assert.Equal(original, _corpus.Corpus.Store.Get("a")!.OriginalText);
        Assert.Equal("قال بوتين إن القمة ناجحة.", _corpus.Corpus.Texts.Read(["a"])["a"].Body);
        _corpus.Corpus.Store.Upsert(_corpus.Corpus.Store.GetParsed("a")!);
        Assert.Equal("blob", connection.ExecuteScalar<string>("SELECT typeof(original_text) FROM articles WHERE id = 'a'"));
        Assert.Equal(original, _corpus.Corpus.Store.Get("a")!.OriginalText);
    }

    [Fact]
    public void A_row_written_as_brotli_compressed_utf8_reads_as_it_was_and_takes_the_current_form_when_next_written()
    {
        const string original = "عنوان\nقال بوتين إن القمة ناجحة في هلسنكي.\n";
        _corpus.Corpus.Store.Upsert(Make(original, ["قال بوتين إن القمة ناجحة في هلسنكي."]));
        using var connection = Open();
        connection.Execute("UPDATE articles SET original_text = @brotli WHERE id = 'a'", new { brotli = OlderTextForms.Brotli(original) });

        Assert.Equal(original, _corpus.Corpus.Store.Get("a")!.OriginalText);
        Assert.Equal("قال بوتين إن القمة ناجحة في هلسنكي.", _corpus.Corpus.Texts.Read(["a"])["a"].Body);
        _corpus.Corpus.Store.Upsert(_corpus.Corpus.Store.GetParsed("a")!);
        Assert.Equal(OlderTextForms.ZstdFrameStart, connection.QuerySingle<byte[]>("SELECT substr(original_text, 1, 4) FROM articles WHERE id = 'a'"));
        Assert.Equal(original, _corpus.Corpus.Store.Get("a")!.OriginalText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("\uFEFFعنوان\r\n😀 ﷺ\u200D\u0000")]
    [InlineData("نص \uD83D بلا نصفه الثاني")]
    public void Any_string_reads_back_exactly_even_a_lone_surrogate_that_utf8_would_have_replaced(string text)
    {
        Assert.Equal(text, StoredOriginalText.Read(StoredOriginalText.Compress(text)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(5000)]
    public void Texts_that_shrink_little_or_far_past_the_guessed_ratio_read_back_exactly(int repeats)
    {
        // Varied letters shrink a little; one sentence repeated thousands of times shrinks some hundredfold.
        var varied = string.Concat(Enumerable.Range(0, 3000).Select(i => (char)(0x0621 + (i * 7919 % 42))));
        var text = varied + string.Concat(Enumerable.Repeat("قال بوتين إن القمة ناجحة. ", repeats));
        var compressed = StoredOriginalText.Compress(text);

        Assert.Equal(text, StoredOriginalText.Read(compressed));
    }

    [Fact]
    public void Bytes_that_are_not_brotli_are_an_error_not_a_text()
    {
        Assert.ThrowsAny<Exception>(() => StoredOriginalText.Read(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }));
    }

    [Fact]
    public void A_damaged_frame_is_an_error_not_a_shorter_or_different_text()
    {
        var frame = StoredOriginalText.Compress(string.Concat(Enumerable.Repeat("قال بوتين إن القمة ناجحة. ", 50)));
        var flipped = frame.ToArray();
        flipped[frame.Length / 2] ^= 0x5A;

        Assert.ThrowsAny<Exception>(() => StoredOriginalText.Read(frame[..^4]));
        Assert.ThrowsAny<Exception>(() => StoredOriginalText.Read(new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3 }));
        Assert.ThrowsAny<Exception>(() => StoredOriginalText.Read(flipped));
    }

    [Fact]
    public void Contexts_used_again_write_the_same_frames_and_read_every_text_back_whatever_came_before()
    {
        // Sizes far apart, so a context sized for one text is used for another; checksums make a stale byte visible.
        var texts = Enumerable.Range(0, 40).Select(i => string.Concat(
            Enumerable.Repeat($"قال بوتين {i} إن القمة ناجحة. ", i % 3 == 0 ? 2000 : 1 + i))).ToList();
        var first = texts.Select(StoredOriginalText.Compress).ToList();

        var again = new byte[texts.Count][];
        var read = new string[texts.Count];
        Parallel.For(0, texts.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            var i = n % texts.Count;
            again[i] = StoredOriginalText.Compress(texts[i]);
            read[i] = StoredOriginalText.Read(first[(i + 7) % texts.Count]);
        });

        Assert.Equal(first, again);
        Assert.Equal(texts.Select((_, i) => texts[(i + 7) % texts.Count]), read);
    }

    [Fact]
    public void A_text_reads_back_after_a_damaged_frame_failed_on_the_same_thread()
    {
        var text = string.Concat(Enumerable.Repeat("قال بوتين إن القمة ناجحة. ", 50));
        var frame = StoredOriginalText.Compress(text);
        var flipped = frame.ToArray();
        flipped[frame.Length / 2] ^= 0x5A;

        for (var round = 0; round < 10; round++)
        {
            Assert.ThrowsAny<Exception>(() => StoredOriginalText.Read(flipped));
            Assert.Equal(text, StoredOriginalText.Read(frame));
        }
    }


    public void Dispose() => _corpus.Dispose();
}
