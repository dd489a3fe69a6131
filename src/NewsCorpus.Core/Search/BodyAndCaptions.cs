namespace NewsCorpus.Core.Search;

/// <summary>
/// An article's long texts as the index analyses them: the body (paragraphs joined by blank lines) and the captions
/// (one a line). The index does not store them; snippets, exports, more-like-this and did-you-mean read them here.
/// </summary>
public sealed record BodyAndCaptions(string Body, string Captions)
{
    public static readonly BodyAndCaptions Empty = new("", "");
}
