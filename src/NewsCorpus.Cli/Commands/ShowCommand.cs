using System.CommandLine;
using System.Globalization;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>show ID</c>: one article with everything extracted from it.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "Article id, as printed by search." };
        var command = new Command("show", "Show one article.") { id, CommonOptions.Json };
        command.SetAction(parsed =>
        {
            using var corpus = CommonOptions.OpenReader(parsed);
            var article = corpus.Store.Get(parsed.GetValue(id)!)
                ?? throw new NotFoundException($"no article with id '{parsed.GetValue(id)}' (search prints the ids)");
            var date = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (parsed.GetValue(CommonOptions.Json))
            {
                CliJson.Write(new
                {
                    id = article.Id,
                    file = article.FileName,
                    title = article.Title,
                    date,
                    date_source = article.DateSource,
                    date_confidence = article.DateConfidence,
                    date_evidence = article.DateEvidence,
                    summit = article.SummitId,
                    summit_confidence = article.SummitConfidence,
                    summit_evidence = article.SummitEvidence,
                    source = article.Source,
                    source_ids = article.SourceIds,
                    dateline = article.Dateline,
                    byline = article.Byline,
                    encoding = article.Encoding,
                    body = article.Body,
                    paragraphs = article.Paragraphs,
                    captions = article.Captions,
                    entities = article.Entities,
                    corrected_fields = article.CorrectedFields,
                });
                return CliRunner.Ok;
            }
            Console.WriteLine(article.Title);
            Console.WriteLine($"{article.Id} · {article.FileName} · {date ?? "no date"} · {article.SummitId ?? "no summit"} · {article.Source ?? "no source"}");
            if (article.Dateline is not null)
                Console.WriteLine($"dateline: {article.Dateline}");
            if (article.Byline is not null)
                Console.WriteLine($"byline: {article.Byline}");
            if (date is not null)
                Console.WriteLine($"date: {date} from {article.DateSource} ({article.DateConfidence:0.00}): {article.DateEvidence}");
            if (article.SummitId is not null)
                Console.WriteLine($"summit: {article.SummitId} ({article.SummitConfidence:0.00}): {article.SummitEvidence}");
            if (article.Entities.Count > 0)
                Console.WriteLine($"entities: {string.Join(", ", article.Entities)}");
            if (article.CorrectedFields.Count > 0)
                Console.WriteLine($"corrected by an editor: {string.Join(", ", article.CorrectedFields)}");
            foreach (var caption in article.Captions)
                Console.WriteLine($"caption: {caption}");
            Console.WriteLine();
            Console.WriteLine(article.Body);
            return CliRunner.Ok;
        });
        return command;
    }
}
