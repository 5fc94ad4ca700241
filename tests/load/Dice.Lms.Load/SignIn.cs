namespace Dice.Lms.Load;

/// <summary>Signs one learner in through the form and prints the cookies as a header line for wrk's -H.</summary>
public static class SignIn
{
    public static async Task<int> PrintCookieAsync(Options options)
    {
        using var browser = new Browser(new Uri(options.Required("base")), new Stats());
        if (!await browser.SignInAsync(options.Required("email"), options.Required("password"), CancellationToken.None))
        {
            Console.Error.WriteLine("sign-in failed");
            return 1;
        }

        Console.WriteLine("Cookie: " + browser.CookieHeader());
        return 0;
    }
}
