using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsCorpus.Web.Api;

/// <summary>RFC 7807 problem details for the API's refusals, one wording each.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be read");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    /// <summary>An edit the store holds but search does not yet (<see cref="NewsCorpus.Core.Editing.EditNotIndexedException"/>).</summary>
    public static ProblemHttpResult SavedNotSearchable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Saved; search does not show it yet");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
}
