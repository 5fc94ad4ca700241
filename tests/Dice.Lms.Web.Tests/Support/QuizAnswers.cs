using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>Quiz forms as a learner's browser fills and sends them.</summary>
public static class QuizAnswers
{
    /// <summary>The Mongolian quiz of a module's current version: what a learner on the default language takes.</summary>
    public static async Task<QuizDefinition> QuizOfAsync(this IServiceProvider services, string moduleId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var module = await db.Modules.SingleAsync(m => m.Id == moduleId);
        var version = await db.ModuleVersions.SingleAsync(v => v.Id == module.CurrentVersionId);
        return scope.ServiceProvider.GetRequiredService<ModuleQuizzes>().For(version, "mn")!;
    }

    /// <summary>The form a learner who knows every answer would send.</summary>
    public static List<KeyValuePair<string, string>> Correct(QuizDefinition quiz, string action)
    {
        var fields = new List<KeyValuePair<string, string>> { new("action", action) };
        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            var q = quiz.Questions[i];
            switch (q.Type)
            {
                case QuestionType.Single or QuestionType.TrueFalse:
                    fields.Add(new($"q{i}", q.Options.MaxBy(o => o.Weight)!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case QuestionType.Multiple:
                    fields.AddRange(q.Options.Where(o => o.Weight > 0).Select(o => new KeyValuePair<string, string>($"q{i}", o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                    break;
                case QuestionType.Matching:
                    fields.AddRange(q.MatchPairs.Where(p => !p.IsDistractor).Select(p => new KeyValuePair<string, string>($"q{i}-{p.Id}", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                    break;
                case QuestionType.ShortAnswer:
                    fields.Add(new($"q{i}", q.AcceptedAnswers.MaxBy(a => a.Weight)!.Text.Replace("*", "x", StringComparison.Ordinal)));
                    break;
                case QuestionType.Numerical:
                    fields.Add(new($"q{i}", q.NumericAnswers.MaxBy(a => a.Weight)!.Min.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Posts answers with repeated keys (a multiple-response question sends one per ticked box), as a browser does.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string attemptUrl, List<KeyValuePair<string, string>> fields)
    {
        fields.Add(new("__RequestVerificationToken", await client.AntiforgeryTokenAsync(attemptUrl)));
        return await client.PostAsync(attemptUrl, new FormUrlEncodedContent(fields));
    }
}
