using System.Text;

namespace NewsCorpus.Benchmarks.Pathological;

/// <summary>
/// Shapes of text that made a step super-linear before (issue 11) or that a careless rewrite could make so: each
/// one built to a requested size in UTF-8 bytes, always with some Arabic so the decoder accepts the file.
/// </summary>
public sealed record PathologicalShape(string Name, string Description, Func<int, string> Build)
{
    public static IReadOnlyList<PathologicalShape> All { get; } =
    [
        new("dots", "one run of dots between two Arabic words", bytes => Between("قال", "وقال", Repeat(".", bytes))),
        new("tatweel-dot", "ـ.ـ repeated inside one word", bytes => Between("الأمـ", "ـن", Repeat("ـ.ـ", bytes))),
        new("tatweel", "one word drawn out with tatweel", bytes => Between("قا", "ل", Repeat("ـ", bytes))),
        new("one-word", "Arabic letters with no space or line break", bytes => Repeat("بوتينأوباماجنيف", bytes)),
        new("one-line", "Arabic prose on a single line", bytes => Repeat("التقى الرئيس بوتين نظيره الأمريكي في جنيف، وقال إن المحادثات كانت بناءة. ", bytes)),
        new("many-lines", "short lines, one after another", bytes => Repeat("سطر قصير عن القمة\n", bytes)),
        new("many-separators", "share-bar and breadcrumb separators between short words", bytes => "عنوان\n" + Repeat("شارك | فيسبوك » تويتر / • - ، : ", bytes)),
        new("nesting", "brackets and quotes nested deep, then closed", bytes => Nested(bytes)),
        new("wide-spaces", "a date's month, then one long run of Unicode spaces (em, ideographic, thin)", bytes => Between("وقال في 5 سبتمبر", "عام", Repeat("\u2003\u3000\u2009", bytes))),
        new("bidi", "Arabic and Latin words wrapped in bidi and zero-width marks", bytes => Repeat("\u200Fبوتين\u202B Putin \u202C\u200E\u2067جنيف\u2069\u200D\u200C ", bytes)),
    ];

    private static string Between(string before, string after, string middle) => before + middle + after + "\nنص المقال.";

    private static string Repeat(string unit, int bytes)
    {
        var unitBytes = Encoding.UTF8.GetByteCount(unit);
        var sb = new StringBuilder(bytes);
        for (var size = 0; size < bytes; size += unitBytes)
            sb.Append(unit);
        return sb.ToString();
    }

    private static string Nested(int bytes)
    {
        const string Open = "(«[\"{'“";
        const string Close = ")»]\"}'”";
        var depth = Math.Max(1, bytes / (Encoding.UTF8.GetByteCount(Open) + Encoding.UTF8.GetByteCount(Close)));
        var sb = new StringBuilder();
        sb.Append("عنوان\n");
        for (var i = 0; i < depth; i++)
            sb.Append(Open[i % Open.Length]);
        sb.Append("بوتين");
        for (var i = depth - 1; i >= 0; i--)
            sb.Append(Close[i % Close.Length]);
        return sb.ToString();
    }
}
