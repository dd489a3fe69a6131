using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// Lucene's <c>LowerCaseFilter</c>, the same tokens out, without its cost on Arabic: the stock filter asks ICU to
/// lower-case every token (about half of the analysis time on an Arabic article in the import profile), though Arabic
/// letters have no case. A token of ASCII and caseless Arabic-script characters is lower-cased here (A–Z only);
/// any other token goes through the very call the stock filter makes.
/// </summary>
public sealed class CaselessLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly CharacterUtils _characters;

    public CaselessLowerCaseFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _characters = CharacterUtils.GetInstance(CorpusAnalyzer.Version);
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (HasNoCaseOutsideAscii(buffer.AsSpan(0, length)))
        {
            for (var i = 0; i < length; i++)
            {
                if (buffer[i] is >= 'A' and <= 'Z')
                    buffer[i] = (char)(buffer[i] + ('a' - 'A'));
            }
        }
        else
        {
            _characters.ToLower(buffer, 0, length);
        }
        return true;
    }

    /// <summary>True when every character is ASCII or in a block of the Arabic script, none of which has case.</summary>
    internal static bool HasNoCaseOutsideAscii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && !IsArabicScript(c))
                return false;
        }
        return true;
    }

    // Arabic, Arabic Supplement, Arabic Extended-A/B, Presentation Forms-A and -B (tests check each has no lower case).
    internal static bool IsArabicScript(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u0870' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
