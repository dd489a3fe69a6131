using System.Globalization;
using Lucene.Net.Documents;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Search;

/// <summary>Maps an <see cref="Article"/> to its Lucene document.</summary>
public static class ArticleDocument
{
    public static Document Build(Article article)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StoredField(IndexFields.File, article.FileName),
            new TextField(IndexFields.Title, article.Title, Field.Store.YES),
            new TextField(IndexFields.Body, article.Body, Field.Store.YES),
            new TextField(IndexFields.Captions, string.Join("\n", article.Captions), Field.Store.NO),
        };
        if (article.Source is { } source)
            doc.Add(new StringField(IndexFields.Source, source, Field.Store.YES));
        if (article.SummitId is { } summit)
            doc.Add(new StringField(IndexFields.Summit, summit, Field.Store.YES));
        if (article.Date is { } date)
        {
            var number = date.Year * 10000 + date.Month * 100 + date.Day;
            doc.Add(new StoredField(IndexFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new Int32Field(IndexFields.DateNumber, number, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.DateSort, number));
            doc.Add(new StringField(IndexFields.Year, date.Year.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        }
        else
        {
            doc.Add(new NumericDocValuesField(IndexFields.DateSort, 0));
        }
        return doc;
    }
}
