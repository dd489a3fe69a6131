using System.Globalization;
using Lucene.Net.Search;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Where a page of results ended, for the next page to start after it (Lucene's <c>searchAfter</c>): the last hit's
/// sort values and document number, written as a short token for an address. A token stays exact while the index
/// is unchanged; after an import, the walk continues from the same sort position.
/// </summary>
public sealed record SearchCursor(int Doc, float Score, long DateKey)
{
    /// <summary>The token form, safe in a URL: <c>doc.score.date</c>.</summary>
    public string Token => string.Join('.',
        Doc.ToString(CultureInfo.InvariantCulture),
        BitConverter.SingleToInt32Bits(Score).ToString(CultureInfo.InvariantCulture),
        DateKey.ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads a token; null when it is not one.</summary>
    public static SearchCursor? Parse(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var doc)
            || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scoreBits)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var date))
            return null;
        var score = BitConverter.Int32BitsToSingle(scoreBits);
        return float.IsFinite(score) ? new SearchCursor(doc, score, date) : null;
    }

    internal static SearchCursor From(ScoreDoc hit, bool byDate)
    {
        var fields = ((FieldDoc)hit).Fields;
        var date = Number(fields[byDate ? 0 : 1]);
        return new SearchCursor(hit.Doc, hit.Score, date);
    }

    /// <summary>
    /// A sorted hit as Lucene's sorted collector gives it, and as <see cref="From"/> reads it: a <see cref="FieldDoc"/>
    /// whose sort values are in the order's order (date then score, or score then date).
    /// </summary>
    internal static FieldDoc SortedHit(int doc, float score, long date, bool byDate)
    {
        object dateValue = J2N.Numerics.Int64.GetInstance(date);
        object scoreValue = J2N.Numerics.Single.GetInstance(score);
        return new FieldDoc(doc, score, byDate ? [dateValue, scoreValue] : [scoreValue, dateValue]);
    }

    private static long Number(object value) => value switch
    {
        J2N.Numerics.Number n => n.ToInt64(),
        IConvertible c => c.ToInt64(CultureInfo.InvariantCulture),
        _ => 0,
    };
}
