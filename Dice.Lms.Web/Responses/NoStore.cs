namespace Dice.Lms.Web.Responses;

public static class NoStore
{
    /// <summary>
    /// Keeps the response out of every cache. "no-cache, no-store" is also what antiforgery asks for on a page with a
    /// form: anything less makes it override the header and log a warning on every view.
    /// </summary>
    public static void NeverStore(this HttpResponse response) => response.Headers.CacheControl = "no-cache, no-store";
}
