using Dice.Lms.Domain;
using Microsoft.AspNetCore.Localization;

namespace Dice.Lms.Web.Localization;

public static class RequestLanguage
{
    /// <summary>"mn" or "en": the language this request is answered in.</summary>
    public static string Language(this HttpContext context) =>
        Languages.Normalize(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName);

    /// <summary>Remembers a language for the next requests of this browser.</summary>
    public static void SetLanguageCookie(this HttpResponse response, string language) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Languages.Normalize(language))),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
}
