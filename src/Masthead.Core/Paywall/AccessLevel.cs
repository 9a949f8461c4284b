namespace Masthead.Core.Paywall;

/// <summary>Who an article is written for.</summary>
public enum AccessLevel
{
    Free,
    Registered,
    Subscribers,
}
