namespace NewsCorpus.Core.Search.Analysis;

/// <summary>
/// The one-letter clitics written attached to an Arabic word (و، ف conjunctions; ب، ل، ك prepositions), so a
/// catalog word is still recognised in <c>وبوتين</c>, <c>لبوتين</c>, <c>وللأمريكيين</c>. The article ال is not a
/// clitic here: <c>سورية</c> is Syria but <c>السورية</c> is "the Syrian", so catalogs list ال-forms themselves.
/// </summary>
internal static class CliticPrefixes
{
    private const int MinimumStem = 3;

    /// <summary>The word itself, then the word without one and then two leading clitics (longest word first).</summary>
    public static IEnumerable<string> Candidates(string word)
    {
        yield return word;
        var rest = word;
        for (var stripped = 0; stripped < 2 && rest.Length > MinimumStem; stripped++)
        {
            var first = rest[0];
            var isConjunction = first is 'و' or 'ف';
            if (!(isConjunction && stripped == 0) && first is not ('ب' or 'ل' or 'ك'))
                yield break;
            // ل + ال is written لل: the word behind it is the ال-form.
            rest = first == 'ل' && rest.Length > MinimumStem + 1 && rest[1] == 'ل' ? "ا" + rest[1..] : rest[1..];
            yield return rest;
        }
    }
}
