using System.Globalization;

namespace NewsCorpus.Core.Accounts;

/// <summary>Times in the account tables: ISO 8601 in UTC, like the rest of the store.</summary>
internal static class StoredTime
{
    public static string Write(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Read(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
