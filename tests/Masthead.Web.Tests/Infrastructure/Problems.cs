using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>Answers in the ProblemDetails shape (RFC 9457) that endpoints and script handlers give.</summary>
public static class Problems
{
    /// <summary>Asserts <paramref name="response"/> is a problem with <paramref name="status"/>, and returns it.</summary>
    public static async Task<JsonObject> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.NotNull(problem);
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem;
    }
}
