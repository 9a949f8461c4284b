using System.Security.Cryptography;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Masthead.Web.Features.Accounts;

/// <summary>
/// A password hash that belongs to no account, made by the site's own hasher, so that a path with no
/// password to check (an unknown address, a locked account) can spend exactly what checking one costs.
/// </summary>
public sealed class PasswordDecoy
{
    private readonly AppUser nobody = new();
    private string? hash;

    public void Check(IPasswordHasher<AppUser> hasher, string password)
    {
        // Two first callers may both make a hash; either one serves.
        hash ??= hasher.HashPassword(nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(nobody, hash, password);
    }
}
