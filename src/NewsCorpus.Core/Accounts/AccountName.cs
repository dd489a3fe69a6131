namespace NewsCorpus.Core.Accounts;

/// <summary>
/// What an admin's or a token's name may be: short, visible, without spaces or colons (the site shows a token's
/// caller as <c>token:NAME</c>, so a colon would let a user pass for a token). Compared without regard to case.
/// </summary>
public static class AccountName
{
    public const int MaxLength = 64;

    /// <summary>Why <paramref name="name"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "the name is empty";
        if (name.Length > MaxLength)
            return $"the name is longer than {MaxLength} characters";
        if (name.Any(c => !(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@')))
            return "a name may hold letters, digits and . - _ @ only (no spaces or colons)";
        return null;
    }
}
