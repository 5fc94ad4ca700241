using System.ComponentModel.DataAnnotations;
using Dice.Lms.Domain.Accounts;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Models;

/// <summary>A person's name as <see cref="PersonName"/> allows it, with the reason in the reader's language.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonNameAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var problem = value is string name ? PersonName.Check(name) : PersonNameProblem.None;
        if (problem == PersonNameProblem.None)
        {
            return ValidationResult.Success;
        }

        var text = (IStringLocalizer<SharedResource>)validationContext.GetService(typeof(IStringLocalizer<SharedResource>))!;
        return new ValidationResult(text[$"Validation.Name{problem}", PersonName.MaxLength].Value, [validationContext.MemberName!]);
    }
}
