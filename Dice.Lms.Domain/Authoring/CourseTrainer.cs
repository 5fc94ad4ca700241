namespace Dice.Lms.Domain.Authoring;

/// <summary>A trainer assigned to a course: trainers edit only the courses assigned to them.</summary>
public sealed class CourseTrainer
{
    public CourseTrainer(string courseId, string trainerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(courseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(trainerId);
        CourseId = courseId;
        TrainerId = trainerId;
    }

    public string CourseId { get; private set; }

    public string TrainerId { get; private set; }
}
