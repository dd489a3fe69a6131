namespace NewsCorpus.Web.Corpus;

/// <summary>The authorization policy every data-changing endpoint requires.</summary>
public static class AdminPolicy
{
    public const string Name = "Admin";
    public const string Role = "admin";
}
