using Masthead.Core.Paywall;
using Masthead.Web.Features.Paywall;

namespace Masthead.Web.Features.Reading;

/// <summary>One article as one reader may have it: the shared view, the decision, and the cut body.</summary>
/// <param name="MeterToCarry">
/// A meter the channel must hand back to the reader (the anonymous reader's cookie), when this read
/// changed it; null otherwise. A signed-in reader's meter is already saved.
/// </param>
public sealed record ArticleRead(ArticleView View, AccessDecision Decision, GatedBody Body, MeterState? MeterToCarry);
