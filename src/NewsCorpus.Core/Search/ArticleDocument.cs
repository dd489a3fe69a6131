using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Search;

/// <summary>
/// Maps an <see cref="Article"/> to its Lucene document: every field searched or filtered, and stored only the short
/// ones a hit or an export row shows (id, file, title, date, summit, source, dateline, byline, entity ids).
/// </summary>
public static class ArticleDocument
{
    /// <summary>
    /// Names the set of fields a document has and which are stored; part of the index's recorded analysis, so an
    /// index built with other fields is rebuilt from SQLite on start. Change it when fields are added, change meaning
    /// or stop being stored. fields-3: body and captions are indexed but no longer stored (the store holds them).
    /// fields-4: a list's line (<see cref="ListLine"/>) is also kept as a binary doc value.
    /// </summary>
    public const string Layout = "fields-4";

    /// <summary>
    /// The surface field's whole words are asked only whether a document holds them (prefix, pattern and fuzzy
    /// searches, did-you-mean): no frequencies or positions, a third less index and less to invert at import. An
    /// older index's positions are dropped when its segments merge (Lucene keeps a field's lesser options).
    /// </summary>
    private static readonly FieldType SurfaceType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY });

    /// <inheritdoc cref="Build(Article, EntityGazetteer?, RecordedTextFields?)"/>
    public static Document Build(Article article, EntityGazetteer? entities = null) => Build(article, entities, null);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <param name="article">The article to index.</param>
    /// <param name="entities">Tells which of the article's entity ids are people (the <c>person</c> field and facet).</param>
    /// <param name="recorded">Analyses the text fields from one run of the chain's shared steps per text (the same
    /// tokens); without it, each field is given its text and the writer's analyzer runs the whole chain on each.</param>
    internal static Document Build(Article article, EntityGazetteer? entities, RecordedTextFields? recorded)
    {
        var captions = string.Join("\n", article.Captions);
        var doc = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StoredField(IndexFields.File, article.FileName),
            new StoredField(IndexFields.ContentHash, article.ContentHash),
        };
        if (recorded is null)
        {
            doc.Add(new TextField(IndexFields.Title, article.Title, Field.Store.YES));
            // The long texts are searched here but read from SQLite (IArticleTexts): storing them again doubled the index.
            doc.Add(new TextField(IndexFields.Body, article.Body, Field.Store.NO));
            doc.Add(new TextField(IndexFields.Captions, captions, Field.Store.NO));
            doc.Add(new Field(IndexFields.Surface, string.Join("\n", article.Title, article.Body, captions), SurfaceType));
        }
        else
        {
            doc.Add(new StoredField(IndexFields.Title, article.Title));
            foreach (var field in recorded.For(article.Title, article.Body, captions, SurfaceType))
                doc.Add(field);
        }
        doc.Add(new BinaryDocValuesField(IndexFields.ListLine,
            ListLine.Encode(article.Id, article.FileName, article.Title, article.Date, article.SummitId, article.Source)));
        if (article.Source is { } source)
            doc.Add(new StoredField(IndexFields.SourceName, source));
        AddStored(doc, IndexFields.DateSource, article.DateSource);
        AddStored(doc, IndexFields.Dateline, article.Dateline);
        AddStored(doc, IndexFields.Byline, article.Byline);
        foreach (var entity in article.Entities.Distinct(StringComparer.Ordinal))
            doc.Add(new StoredField(IndexFields.Entity, entity));
        foreach (var sourceId in article.SourceIds.Distinct(StringComparer.Ordinal))
            AddKeyword(doc, IndexFields.Source, sourceId);
        if (article.SummitId is { } summit)
            AddKeyword(doc, IndexFields.Summit, summit, Field.Store.YES);
        foreach (var person in article.Entities.Distinct(StringComparer.Ordinal).Where(id => entities?.Find(id)?.Type == Entity.Person))
            AddKeyword(doc, IndexFields.Person, person);
        AddDate(doc, article.Date);
        return doc;
    }

    private static void AddStored(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            doc.Add(new StoredField(field, value));
    }

    private static void AddDate(Document doc, DateOnly? date)
    {
        if (date is not { } d)
        {
            doc.Add(new NumericDocValuesField(IndexFields.DateSort, 0));
            return;
        }
        var number = d.Year * 10000 + d.Month * 100 + d.Day;
        doc.Add(new StoredField(IndexFields.Date, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        doc.Add(new Int32Field(IndexFields.DateNumber, number, Field.Store.NO));
        doc.Add(new NumericDocValuesField(IndexFields.DateSort, number));
        AddKeyword(doc, IndexFields.Year, d.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>An exact-match field for filters and field queries, plus doc values for its facet.</summary>
    private static void AddKeyword(Document doc, string field, string value, Field.Store store = Field.Store.NO)
    {
        doc.Add(new StringField(field, value, store));
        doc.Add(new SortedSetDocValuesField(IndexFields.FacetValues(field), new BytesRef(value)));
    }
}
