using Dice.Lms.Load;

// Load driver for tests/load/run.sh (see tests/load/README.md). Loopback only; every run stops by itself.
//   learners --base URL --users FILE --password P [--concurrency 64] [--duration 60] [--max-requests 400000] --acks FILE
//   submissions --base URL --users FILE --password P --courses a,b [--concurrency 64] [--rounds 3] [--server-pid PID] --acks FILE
//   static   --port PORT --root DIR [--seconds 600]     (Kestrel serving DIR as static files, stops after SECONDS)
//   sign-in  --base URL --email E --password P            (prints "Cookie: ..." for wrk -H)
var options = Options.Parse(args.Skip(1));
return args.FirstOrDefault() switch
{
    "learners" => await Learners.RunAsync(options),
    "submissions" => await Submissions.RunAsync(options),
    "static" => await StaticSite.RunAsync(options),
    "sign-in" => await SignIn.PrintCookieAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Dice.Lms.Load learners|submissions|static|sign-in --option value ... (see tests/load/README.md)");
    return 2;
}
