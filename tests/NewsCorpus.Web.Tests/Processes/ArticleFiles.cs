using System.Text;

namespace NewsCorpus.Web.Tests.Processes;

/// <summary>Small made-up article files for process tests: each with a title and words of its own.</summary>
public static class ArticleFiles
{
    private static readonly string[] Places = ["جنيف", "هلسنكي", "أنكوريج", "أوساكا", "هامبورغ"];

    /// <summary>Writes <paramref name="count"/> files into <paramref name="folder"/>; <paramref name="edition"/> changes their bytes.</summary>
    public static string Write(string folder, int count, int edition = 1, int first = 0)
    {
        Directory.CreateDirectory(folder);
        for (var i = first; i < first + count; i++)
        {
            var place = Places[i % Places.Length];
            File.WriteAllText(Path.Combine(folder, $"story-{i:D3}.txt"),
                $"الطبعة {edition}: لقاء الرئيسين في {place} رقم {i}\nقال مراسلنا في {place} إن الرئيسين بحثا الملفات المطروحة في الطبعة {edition} من الخبر رقم {i}.",
                Encoding.UTF8);
        }
        return folder;
    }
}
