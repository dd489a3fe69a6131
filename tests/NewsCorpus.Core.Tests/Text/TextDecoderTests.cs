using System.Text;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Tests.Text;

public class TextDecoderTests
{
    private const string Arabic = "اجتمع الرئيسان في جنيف\nوبحثا الأمن السيبراني";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_without_bom_is_decoded()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic));
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Utf8_bom_is_stripped()
    {
        var decoded = TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arabic)]);
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("utf-8-bom", decoded.EncodingName);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_with_bom_is_decoded(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var decoded = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Arabic)]);
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal(name, decoded.EncodingName);
    }

    [Fact]
    public void Windows_1256_is_recognised_when_not_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes(Arabic));
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("windows-1256", decoded.EncodingName);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x20 }, "whitespace")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00 }, "NUL")]
    public void Unusable_bytes_are_refused_with_a_reason(byte[] bytes, string reasonWord)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.True(decoded.IsRefused);
        Assert.Contains(reasonWord, decoded.Refusal, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Text_without_Arabic_is_refused()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Putin and Obama met in Hangzhou."));
        Assert.Contains("no Arabic", decoded.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_arabic_with_one_damaged_byte_is_refused_not_read_as_windows_1256()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic);
        var damagedAt = Encoding.UTF8.GetByteCount("اجتمع ");
        bytes[damagedAt] = 0xFF;

        var decoded = TextDecoder.Decode(bytes);

        Assert.True(decoded.IsRefused);
        Assert.Contains("undecodable", decoded.Refusal, StringComparison.Ordinal);
        Assert.Contains($"byte {damagedAt}", decoded.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1256_text_with_arabic_punctuation_after_letters_is_still_windows_1256()
    {
        const string text = "هل اتفقا؟ نعم، اتفقا على وقف إطلاق النار في سوريا؛ وقال لافروف إن الاتفاق ممكن. طبعا، ولكن غ؟";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal("windows-1256", decoded.EncodingName);
    }

    [Fact]
    public void Latin1_bytes_that_do_not_read_as_Arabic_are_refused_as_undecodable()
    {
        var decoded = TextDecoder.Decode(Encoding.Latin1.GetBytes("Réunion à Genève: café, thé, élèves"));
        Assert.Contains("undecodable", decoded.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_control_characters_are_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("بوتين\u0001\u0002\u0003\u0004\u0005\u0006\u0007");
        Assert.Contains("binary", TextDecoder.Decode(bytes).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_paragraphs_are_marked_with_control_characters_is_text()
    {
        // Old editors opened each paragraph with SUB characters (0x1A) or split pages with form feeds.
        var text = string.Concat(Enumerable.Repeat("\u001a\u001a اجتمع الرئيسان في جنيف.\n\f", 20));

        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.False(decoded.IsRefused, decoded.Refusal);
        Assert.Equal(text, decoded.Text);
    }
}
