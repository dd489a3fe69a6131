using System.Security.Cryptography;
using System.Text;

namespace NewsCorpus.Core.Ingestion;

/// <summary>Article ids: short, URL-safe and stable for a file name, whatever characters the name holds.</summary>
public static class ArticleId
{
    public static string FromFileName(string fileName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fileName.Normalize(NormalizationForm.FormC)));
        return Convert.ToHexStringLower(hash)[..12];
    }

    public static string ContentHash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
