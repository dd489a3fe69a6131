namespace NewsCorpus.Core.Accounts;

/// <summary>
/// The one rule for admin passwords: long enough. Length does more than character-class rules against guessing
/// (NIST SP 800-63B), and a pass phrase in any script is welcome.
/// </summary>
public static class PasswordRule
{
    public const int MinimumLength = 12;

    /// <summary>Longer input is refused before hashing, so a sign-in form cannot be fed megabytes.</summary>
    public const int MaximumLength = 1024;

    /// <summary>Why <paramref name="password"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password))
            return "the password is empty";
        if (password.Length < MinimumLength)
            return $"the password is too short: use at least {MinimumLength} characters";
        if (password.Length > MaximumLength)
            return $"the password is longer than {MaximumLength} characters";
        return null;
    }
}
