using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace NewsCorpus.Core.Search;

/// <summary>Turns a stored Lucene document into a <see cref="SearchHit"/>, with the passage that shows the query's words.</summary>
internal sealed class HitReader(SnippetBuilder snippets)
{
    public SearchHit Read(Document doc, float score, ISet<Term> terms)
    {
        var date = doc.Get(IndexFields.Date, CultureInfo.InvariantCulture);
        var body = doc.Get(IndexFields.Body, CultureInfo.InvariantCulture) ?? "";
        var captions = doc.Get(IndexFields.Captions, CultureInfo.InvariantCulture) ?? "";
        // Show the body, unless only a caption holds the words the query found.
        var snippetText = !snippets.Matches(body, terms) && snippets.Matches(captions, terms) ? captions : body;
        var title = doc.Get(IndexFields.Title, CultureInfo.InvariantCulture);
        return new SearchHit(
            Id: doc.Get(IndexFields.Id, CultureInfo.InvariantCulture),
            File: doc.Get(IndexFields.File, CultureInfo.InvariantCulture),
            Title: title,
            Date: date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Summit: doc.Get(IndexFields.Summit, CultureInfo.InvariantCulture),
            Source: doc.Get(IndexFields.SourceName, CultureInfo.InvariantCulture),
            Score: float.IsNaN(score) ? 0f : score,
            Snippet: snippets.Build(snippetText, terms))
        {
            TitleMarks = terms.Count == 0 ? Snippet.Empty : snippets.MarkAll(title, terms),
        };
    }
}
