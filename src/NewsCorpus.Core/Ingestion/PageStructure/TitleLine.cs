using NewsCorpus.Core.Catalog;
using NewsCorpus.Core.Text;

namespace NewsCorpus.Core.Ingestion.PageStructure;

/// <summary>
/// A page's title line without what agencies print around the headline — the desk's label before it
/// (<c>عام / …</c>, <c>سياسي / …</c>) and the part marker after it (<c>… / إضافة أولى واخيرة</c>) — and never longer
/// than <see cref="LeadTitle.MaxLength"/>. Labels and markers come from <c>data/boilerplate.json</c>.
/// </summary>
internal sealed class TitleLine(BoilerplatePhrases boilerplate)
{
    private readonly PhraseList _desks = new(boilerplate.TitleSectionLabels);
    private readonly LabelRun _markers = new(boilerplate.WireMarkers);

    public string Clean(string line)
    {
        var text = line.Trim();
        var first = text.IndexOf('/');
        if (first > 0 && _desks.MatchesWhole(ArabicNormalizer.Normalize(text[..first])) && text[(first + 1)..].Trim().Length > 0)
            text = text[(first + 1)..].Trim();
        var last = text.LastIndexOf('/');
        if (last > 0 && _markers.CountWhole(text[(last + 1)..]) > 0)
            text = text[..last].Trim();
        return LeadTitle.Shorten(text);
    }
}
