using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsCorpus.Core.Storage;

/// <summary>
/// How the store writes its JSON columns: Arabic stays UTF-8 text, since the default encoder's <c>\uXXXX</c> escape
/// takes six bytes for a two-byte letter (it made the paragraphs column 59% of the database). The relaxed encoder
/// is safe here because nothing reads these columns as HTML or script; pages encode what they show themselves.
/// </summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
