namespace NewsCorpus.Core.Text;

/// <summary>The outcome of decoding a file: its text and encoding, or why it was refused.</summary>
public sealed record DecodedText(string? Text, string? EncodingName, string? Refusal)
{
    public bool IsRefused => Refusal is not null;

    public static DecodedText Ok(string text, string encodingName) => new(text, encodingName, null);

    public static DecodedText Refuse(string reason) => new(null, null, reason);
}
