using System.Threading.RateLimiting;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Accounts;

public static class AccountsRegistration
{
    public const string FormRateLimit = "account-forms";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().BindConfiguration("Accounts").ValidateDataAnnotations().ValidateOnStart();
        var accounts = configuration.GetSection("Accounts").Get<AccountOptions>() ?? new AccountOptions();

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedSignIns;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MastheadDbContext>()
            .AddUserManager<AccountUserManager>()
            .AddDefaultTokenProviders();
        services.TryAddSingleton<PasswordDecoy>();

        // How stale a session may get: a role change, a password reset or a log-out (each renews the
        // security stamp) reaches every session of the account within this interval, asking it to sign in again.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(accounts.SessionCheckSeconds));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "mh_auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/status/403";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(30);

            // Sessions run on real time even when the sandbox's test clock moves the site's time,
            // so advancing the clock by a month does not sign everyone out.
            o.TimeProvider = TimeProvider.System;
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(FormRateLimit, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("reads");
                }

                var limit = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.FormPostsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        services.TryAddScoped<AccountMails>();
        return services;
    }
}
