using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsCorpus.Web.Pages.Admin;

/// <summary>The admins' home: who is signed in, and what admins can do here.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>
    /// What admins do, in the order they usually need it. A task whose page is not built yet has no address and
    /// is shown as plain text; give it one here when its page exists.
    /// </summary>
    public static IReadOnlyList<AdminTask> Tasks { get; } =
    [
        new("Import", "/admin/import"),
        new("History", "/admin/history"),
        new("Correct", "/search"),
        new("Remove", "/admin/removed"),
        new("Maintenance", "/admin/maintenance"),
    ];

    public void OnGet()
    {
    }
}

/// <summary>One thing admins can do: its strings are <c>AdminTask_{Key}</c> and <c>AdminTask_{Key}_Text</c>.</summary>
public sealed record AdminTask(string Key, string? Href);
