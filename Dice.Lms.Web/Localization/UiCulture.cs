using System.Globalization;
using Dice.Lms.Domain;

namespace Dice.Lms.Web.Localization;

/// <summary>Switches the UI culture for a block, e.g. to write an e-mail in its recipient's language.</summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string language)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(Languages.Normalize(language));
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
