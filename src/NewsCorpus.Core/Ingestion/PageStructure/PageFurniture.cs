using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Ingestion.Dates;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// Lines that are not the article wherever they stand: calls to follow the outlet and the link or number they
/// announce, the outlet's notices and their broken-off pieces, bare links and phone numbers, chrome (menus, share
/// bars, breadcrumbs, comment-form fields, wire markers), counters and time stamps, and lines without a letter
/// (<c>***</c>, <c>(3)</c>) — except a date stamp above the body, which dates the article.
/// </summary>
internal sealed class PageFurniture(BoilerplatePhrases boilerplate, DateOnlyLine dateStamps)
{
    private const int MaxFollowUpLineWords = 25;

    private readonly BoilerplateFilter _calls = new(boilerplate);
    private readonly NoticeLine _notices = new(boilerplate);
    private readonly ChromeLine _chrome = new(boilerplate);
    private readonly CounterLine _counters = new(boilerplate);

    /// <summary>A reader for one page: what a line announces decides whether the next is furniture too.</summary>
    public Reader Read() => new(this);

    // A date stamp ("2016-09-05 10:30 GMT") reads like a counter but dates the article.
    private bool IsAlways(string line) =>
        BoilerplateFilter.IsBareUrl(line) || BoilerplateFilter.IsPhoneLine(line) || _chrome.Is(line)
        || (_counters.Is(line) && !dateStamps.Is(line));

    internal sealed class Reader(PageFurniture furniture)
    {
        private bool _announced;
        private string? _notice;

        public bool Skips(string line, bool inBody)
        {
            // The line after "تابعونا عبر واتس أب :" is the number or link it announces.
            if (_announced)
            {
                _announced = false;
                if (!LineShape.HasMoreWordsThan(line, MaxFollowUpLineWords))
                    return true;
            }
            if (_notice is not null && NoticeLine.Continues(_notice, line))
                return true;
            _notice = null;
            if (furniture._calls.IsFollowUs(line))
            {
                _announced = BoilerplateFilter.PointsAtNextLine(line);
                return true;
            }
            if (furniture._notices.Is(line))
            {
                _notice = line;
                return true;
            }
            if (!line.Any(char.IsLetter))
                return inBody || !furniture.DateStamp(line);
            return furniture.IsAlways(line);
        }
    }

    private bool DateStamp(string line) => dateStamps.Is(line);
}
