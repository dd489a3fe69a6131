namespace NewsCorpus.Web.Localization;

/// <summary>Marks the interface strings: <c>Ui.resx</c> (Arabic, the default) and <c>Ui.en.resx</c>.</summary>
public sealed class Ui;
