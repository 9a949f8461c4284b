using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Masthead.Web.Data;

namespace Masthead.Web.Features.Admin;

/// <summary>The plan form: prices typed as people write them ("8.50"), stored in minor units.</summary>
public sealed class PlanInput : IValidatableObject
{
    [Required(ErrorMessage = "Give the plan a name.")]
    [StringLength(80)]
    public string Name { get; set; } = "";

    [StringLength(500)]
    public string? Description { get; set; }

    [Display(Name = "Monthly price")]
    [RegularExpression(@"^\d{1,6}(\.\d{1,2})?$", ErrorMessage = "Write the monthly price like 8.50.")]
    public string? Monthly { get; set; }

    [Display(Name = "Annual price")]
    [RegularExpression(@"^\d{1,6}(\.\d{1,2})?$", ErrorMessage = "Write the annual price like 85.00.")]
    public string? Annual { get; set; }

    [Required]
    [RegularExpression("^(EUR|USD|GBP)$", ErrorMessage = "Choose EUR, USD or GBP.")]
    public string Currency { get; set; } = "EUR";

    [Display(Name = "Free trial (days)")]
    [Range(0, 90, ErrorMessage = "A trial lasts 0 to 90 days.")]
    public int TrialDays { get; set; }

    [Display(Name = "Stripe monthly price id")]
    [RegularExpression("^price_[A-Za-z0-9]+$", ErrorMessage = "Stripe price ids look like price_1Abc….")]
    public string? StripeMonthlyPriceId { get; set; }

    [Display(Name = "Stripe annual price id")]
    [RegularExpression("^price_[A-Za-z0-9]+$", ErrorMessage = "Stripe price ids look like price_1Abc….")]
    public string? StripeAnnualPriceId { get; set; }

    [Display(Name = "Archived (no longer sold)")]
    public bool Archived { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Minor(Monthly) is null && Minor(Annual) is null)
        {
            yield return new ValidationResult("Give the plan a monthly price, an annual price, or both.", [nameof(Monthly)]);
        }

        if (Minor(Monthly) == 0 || Minor(Annual) == 0)
        {
            yield return new ValidationResult("A price must be more than zero.", [nameof(Monthly)]);
        }
    }

    public static PlanInput From(Plan plan) => new()
    {
        Name = plan.Name,
        Description = plan.Description,
        Monthly = Major(plan.MonthlyAmountMinor),
        Annual = Major(plan.AnnualAmountMinor),
        Currency = plan.Currency,
        TrialDays = plan.TrialDays,
        StripeMonthlyPriceId = plan.StripeMonthlyPriceId,
        StripeAnnualPriceId = plan.StripeAnnualPriceId,
        Archived = plan.Archived,
    };

    public void ApplyTo(Plan plan)
    {
        plan.Name = Name.Trim();
        plan.Description = Description?.Trim() ?? "";
        plan.MonthlyAmountMinor = Minor(Monthly);
        plan.AnnualAmountMinor = Minor(Annual);
        plan.Currency = Currency;
        plan.TrialDays = TrialDays;
        plan.StripeMonthlyPriceId = string.IsNullOrWhiteSpace(StripeMonthlyPriceId) ? null : StripeMonthlyPriceId;
        plan.StripeAnnualPriceId = string.IsNullOrWhiteSpace(StripeAnnualPriceId) ? null : StripeAnnualPriceId;
        plan.Archived = Archived;
    }

    private static long? Minor(string? price) =>
        decimal.TryParse(price, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? (long)(value * 100) : null;

    private static string? Major(long? minor) => minor is { } m ? (m / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;
}
