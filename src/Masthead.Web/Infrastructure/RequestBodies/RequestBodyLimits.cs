using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.RequestBodies;

/// <summary>
/// Bounds every request body. An endpoint's own limit (<c>[RequestSizeLimit]</c>, or the same metadata
/// on a mapped endpoint) wins; every other endpoint gets <see cref="RequestBodyOptions.MaxBodyBytes"/>.
/// The limit is handed to the server (so Kestrel stops reading there) and enforced on the body stream
/// too; a body that goes past it, or declares that it will, is answered 413 at once.
/// </summary>
public static class RequestBodyLimits
{
    public static IServiceCollection AddRequestBodyLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestBodyOptions>().BindConfiguration(RequestBodyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>After routing and authorization, so the endpoint is known and no one unauthorized gets a form read.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.UseMiddleware<RequestBodyLimitMiddleware>();
}

internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestBodyOptions> options, IOptions<FormOptions> forms, ILogger<RequestBodyLimitMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // A re-executed error page answers a request already judged here; its body is spent.
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        var endpoint = context.GetEndpoint();
        var limit = endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own ? own.MaxRequestBodySize : options.Value.MaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            // Kestrel counts a chunked body's framing towards its limit, so it gets room for that; the
            // body stream below holds the exact limit. Either way, reading stops close to it.
            server.MaxRequestBodySize = limit is { } bytes && bytes < long.MaxValue / 2 ? bytes * 2 : limit;
        }

        if (limit is { } max)
        {
            if (context.Request.ContentLength > max)
            {
                await RefuseAsync(context, LimitedRequestBody.TooLarge(max));
                return;
            }

            context.Request.Body = new LimitedRequestBody(context.Request.Body, max);
        }

        if (endpoint is not null && context.Request.HasFormContentType && await UnreadableFormAsync(context, endpoint) is { } refusal)
        {
            await RefuseAsync(context, Explained(refusal, limit));
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && BodyFailure(e) is { } failure)
        {
            await RefuseAsync(context, Explained(failure, limit));
        }
    }

    /// <summary>Kestrel's own 413 names its roomier limit; the client is told the endpoint's.</summary>
    private static BadHttpRequestException Explained(BadHttpRequestException failure, long? limit) =>
        failure.StatusCode == StatusCodes.Status413PayloadTooLarge && limit is { } max ? LimitedRequestBody.TooLarge(max) : failure;

    /// <summary>
    /// Reads the form here, within the endpoint's form limits, because MVC turns a form it cannot read
    /// into a model error (or a failed antiforgery check), which would hide a 413 behind a 400 or a 200.
    /// </summary>
    private async Task<BadHttpRequestException?> UnreadableFormAsync(HttpContext context, Endpoint endpoint)
    {
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, FormLimits.For(endpoint, forms.Value)));
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException bad)
        {
            return bad;
        }
        catch (InvalidDataException unreadable)
        {
            return new BadHttpRequestException($"The form cannot be read: {unreadable.Message}", StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>A body read that failed on the client's side (too large, malformed), however deep the handler wrapped it.</summary>
    private static BadHttpRequestException? BodyFailure(Exception e) => e switch
    {
        BadHttpRequestException bad => bad,
        { InnerException: { } inner } => BodyFailure(inner),
        _ => null,
    };

    private async Task RefuseAsync(HttpContext context, BadHttpRequestException refusal)
    {
        logger.LogInformation("Refused {Method} {Path} with {Status}: {Reason}", context.Request.Method, context.Request.Path, refusal.StatusCode, refusal.Message);

        // Whatever runs after this (the status page) must not try to read the spent body again.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.Clear();
        context.Response.StatusCode = refusal.StatusCode;
        if (refusal.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The rest of the body will not be read, so the connection cannot carry another request.
            context.Response.Headers.Connection = "close";
        }

        if (AsksForPage(context.Request))
        {
            // The status code page, in the site's layout, shows what happened.
            return;
        }

        var title = refusal.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Request body unreadable";
        await Results.Problem(statusCode: refusal.StatusCode, title: title, detail: refusal.Message).ExecuteAsync(context);
    }

    /// <summary>A browser submitting a form asks for HTML; scripts and services ask for JSON or say nothing.</summary>
    private static bool AsksForPage(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            && !accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || a.MediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase));
    }
}
