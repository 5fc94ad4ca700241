namespace Dice.Lms.Domain.Quizzes;

/// <summary>Marks a whole attempt: the sum of the question marks as a percentage of the points available.</summary>
public static class QuizGrader
{
    /// <param name="responses">Responses by question position (0-based) in <paramref name="quiz"/>; a missing one counts as unanswered.</param>
    /// <param name="coursePassMark">Used when the quiz sets no pass mark of its own.</param>
    public static QuizGrade Grade(QuizDefinition quiz, IReadOnlyDictionary<int, QuestionResponse> responses, int coursePassMark)
    {
        var grades = quiz.Questions
            .Select((question, index) => QuestionGrader.Grade(question, responses.GetValueOrDefault(index) ?? QuestionResponse.None))
            .ToList();
        var score = quiz.Questions.Zip(grades, (question, grade) => grade.Fraction * question.Points).Sum();
        var maxScore = quiz.Questions.Sum(q => q.Points);
        var percent = maxScore == 0 ? 0 : Math.Round(score / maxScore * 100, 2, MidpointRounding.AwayFromZero);
        return new QuizGrade(score, maxScore, percent, percent >= (quiz.PassMark ?? coursePassMark), grades);
    }
}
