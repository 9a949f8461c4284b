using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Masthead.Web.Tests.Infrastructure;

/// <summary>A page as a reader received it, and the path it was asked for.</summary>
public sealed record Page(HttpStatusCode Status, string Html, IHtmlDocument Document, Uri? Location, string Path)
{
    /// <summary>Everything in the response a person or a crawler could read, entities decoded.</summary>
    public string DecodedHtml => WebUtility.HtmlDecode(Html);
}

/// <summary>One reader with their own cookies, driving the app over HTTP the way a browser does.</summary>
public sealed partial class Reader(HttpClient client, CookieContainer cookies, Uri baseAddress) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public CookieContainer Cookies => cookies;

    public Uri BaseAddress => baseAddress;

    public async Task<Page> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync(response);
    }

    /// <summary>GETs the form page, then posts <paramref name="fields"/> with its antiforgery token.</summary>
    public async Task<Page> SubmitAsync(string formPage, IDictionary<string, string> fields, string? action = null)
    {
        var page = await GetAsync(formPage);
        var token = AntiforgeryToken(page.Html);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await PostAsync(action ?? formPage, form);
    }

    public async Task<Page> PostAsync(string path, IDictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(path, content);
        return await ReadAsync(response);
    }

    /// <summary>Posts a multipart form, as a browser does for file uploads.</summary>
    public async Task<Page> PostMultipartAsync(string path, MultipartFormDataContent content)
    {
        using var response = await client.PostAsync(path, content);
        return await ReadAsync(response);
    }

    /// <summary>Sends a request as it is, with this reader's cookies, as a page's script does.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => client.SendAsync(request);

    /// <summary>Follows one redirect, as a browser would.</summary>
    public Task<Page> FollowAsync(Page page) =>
        GetAsync(page.Location?.OriginalString ?? throw new InvalidOperationException($"Expected a redirect, got {page.Status}."));

    public async Task<Page> SignInAsync(string email, string password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await SubmitAsync(path, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["ReturnUrl"] = returnUrl ?? "",
        });
        if (page.Status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {page.Status}");
        }

        return page;
    }

    /// <summary>Sends every later request with this Host header, as a client forging one would.</summary>
    public void UseHostHeader(string host) => client.DefaultRequestHeaders.Host = host;

    public void SetCookie(string name, string value) => cookies.Add(baseAddress, new Cookie(name, value));

    public string? CookieValue(string name) => cookies.GetCookies(baseAddress)[name]?.Value;

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    private static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response.StatusCode, html, Parser.ParseDocument(html), response.Headers.Location, response.RequestMessage?.RequestUri?.PathAndQuery ?? "");
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
