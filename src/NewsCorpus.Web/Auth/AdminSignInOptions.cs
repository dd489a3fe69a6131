using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Web.Auth;

/// <summary>Sign-in settings, from the configuration section <c>NewsCorpus:Admin</c>.</summary>
public sealed class AdminSignInOptions
{
    public const string Section = "NewsCorpus:Admin";

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = LockoutPolicy.Default.MaxFailedAttempts;

    /// <summary>How long a locked account refuses every sign-in.</summary>
    public int LockoutMinutes { get; set; } = (int)LockoutPolicy.Default.Duration.TotalMinutes;

    /// <summary>How long a sign-in lasts without use; each use renews it (sliding), and closing the browser ends it.</summary>
    public double SessionHours { get; set; } = 8;

    public LockoutPolicy Lockout => new(Math.Max(1, MaxFailedSignIns), TimeSpan.FromMinutes(Math.Max(0, LockoutMinutes)));
}
