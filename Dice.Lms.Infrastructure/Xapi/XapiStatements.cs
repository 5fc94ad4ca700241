using System.Globalization;
using System.Text.Json.Nodes;
using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Xapi;

/// <summary>
/// The statements Dice sends, shaped by cmi5's rules for the same events: "completed" carries completion only,
/// "passed" and "failed" carry score and success only. The actor is the learner's account on this site, named by an
/// opaque id: an LRS receives no name and no e-mail address.
/// </summary>
public static class XapiStatements
{
    public const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    public const string Passed = "http://adlnet.gov/expapi/verbs/passed";
    public const string Failed = "http://adlnet.gov/expapi/verbs/failed";

    /// <summary>Activity Streams' "receive", used by badge and certificate profiles for an award.</summary>
    public const string Received = "http://activitystrea.ms/schema/1.0/receive";

    public const string ModuleType = "http://adlnet.gov/expapi/activities/module";
    public const string AssessmentType = "http://adlnet.gov/expapi/activities/assessment";
    public const string CourseType = "http://adlnet.gov/expapi/activities/course";
    public const string CertificateType = "http://activitystrea.ms/schema/1.0/badge";

    public static JsonObject ModuleCompleted(Guid id, string site, string learnerId, Names course, string courseId, Names module, string moduleId, DateTime at) =>
        Statement(id, site, learnerId, Verb(Completed, "дуусгасан", "completed"),
            Activity(ModuleUrl(site, courseId, moduleId), ModuleType, module), at,
            new JsonObject { ["completion"] = true }, Parent(site, courseId, course));

    /// <summary>The course completed by its rule (every module, and every quiz passed when the course asks for it).</summary>
    public static JsonObject CourseCompleted(Guid id, string site, string learnerId, Names course, string courseId, DateTime at) =>
        Statement(id, site, learnerId, Verb(Completed, "дуусгасан", "completed"), Activity(CourseUrl(site, courseId), CourseType, course), at,
            new JsonObject { ["completion"] = true }, new JsonObject { ["platform"] = "Dice LMS" });

    /// <summary>A submitted quiz: passed or failed against the course's pass mark, with the score out of 100.</summary>
    public static JsonObject QuizResult(Guid id, string site, string learnerId, Names course, string courseId, Names module, string moduleId,
        decimal percent, bool passed, DateTime at) =>
        Statement(id, site, learnerId, passed ? Verb(Passed, "тэнцсэн", "passed") : Verb(Failed, "тэнцээгүй", "failed"),
            Activity(ModuleUrl(site, courseId, moduleId) + "/quiz", AssessmentType, module), at,
            new JsonObject
            {
                ["score"] = new JsonObject { ["scaled"] = Math.Round(percent / 100m, 4), ["raw"] = percent, ["min"] = 0, ["max"] = 100 },
                ["success"] = passed,
            },
            Parent(site, courseId, course));

    public static JsonObject CertificateIssued(Guid id, string site, string learnerId, Names course, string courseId, DateTime at) =>
        Statement(id, site, learnerId, Verb(Received, "авсан", "received"),
            Activity(site + "/credentials/achievements/" + Uri.EscapeDataString(courseId), CertificateType,
                new Names("Гэрчилгээ: " + course.Mn, "Certificate: " + course.En)), at, null, Parent(site, courseId, course));

    public static string CourseUrl(string site, string courseId) => site + "/courses/" + Uri.EscapeDataString(courseId);

    private static string ModuleUrl(string site, string courseId, string moduleId) => CourseUrl(site, courseId) + "/modules/" + Uri.EscapeDataString(moduleId);

    private static JsonObject Statement(Guid id, string site, string learnerId, JsonObject verb, JsonObject activity, DateTime at, JsonObject? result, JsonObject context)
    {
        var statement = new JsonObject
        {
            ["id"] = id.ToString(),
            ["actor"] = new JsonObject
            {
                ["objectType"] = "Agent",
                ["account"] = new JsonObject { ["homePage"] = site, ["name"] = learnerId },
            },
            ["verb"] = verb,
            ["object"] = activity,
        };
        if (result is not null)
        {
            statement["result"] = result;
        }

        statement["context"] = context;
        statement["timestamp"] = DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return statement;
    }

    private static JsonObject Verb(string id, string mn, string en) => new() { ["id"] = id, ["display"] = Display(new Names(mn, en)) };

    private static JsonObject Activity(string id, string type, Names name) => new()
    {
        ["objectType"] = "Activity",
        ["id"] = id,
        ["definition"] = new JsonObject { ["type"] = type, ["name"] = Display(name) },
    };

    private static JsonObject Parent(string site, string courseId, Names course) => new()
    {
        ["platform"] = "Dice LMS",
        ["contextActivities"] = new JsonObject { ["parent"] = new JsonArray(Activity(CourseUrl(site, courseId), CourseType, course)) },
    };

    /// <summary>An xAPI language map; a text missing in one language is left out rather than sent empty.</summary>
    private static JsonObject Display(Names names)
    {
        var map = new JsonObject();
        if (!string.IsNullOrWhiteSpace(names.Mn))
        {
            map[Languages.Mongolian] = names.Mn;
        }

        if (!string.IsNullOrWhiteSpace(names.En))
        {
            map[Languages.English] = names.En;
        }

        return map;
    }
}
