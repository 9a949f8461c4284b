using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Masthead.Web.Infrastructure.RequestBodies;

/// <summary>The form limits an endpoint reads its form with: the app's, overridden by its own <c>[RequestFormLimits]</c>.</summary>
internal static class FormLimits
{
    public static FormOptions For(Endpoint endpoint, FormOptions app) => endpoint.Metadata.GetMetadata<IFormOptionsMetadata>() is not { } own
        ? app
        : new FormOptions
        {
            BufferBody = own.BufferBody ?? app.BufferBody,
            MemoryBufferThreshold = own.MemoryBufferThreshold ?? app.MemoryBufferThreshold,
            BufferBodyLengthLimit = own.BufferBodyLengthLimit ?? app.BufferBodyLengthLimit,
            ValueCountLimit = own.ValueCountLimit ?? app.ValueCountLimit,
            KeyLengthLimit = own.KeyLengthLimit ?? app.KeyLengthLimit,
            ValueLengthLimit = own.ValueLengthLimit ?? app.ValueLengthLimit,
            MultipartBoundaryLengthLimit = own.MultipartBoundaryLengthLimit ?? app.MultipartBoundaryLengthLimit,
            MultipartHeadersCountLimit = own.MultipartHeadersCountLimit ?? app.MultipartHeadersCountLimit,
            MultipartHeadersLengthLimit = own.MultipartHeadersLengthLimit ?? app.MultipartHeadersLengthLimit,
            MultipartBodyLengthLimit = own.MultipartBodyLengthLimit ?? app.MultipartBodyLengthLimit,
        };
}
