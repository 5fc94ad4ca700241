using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Certification;

/// <summary>
/// "Issue all eligible" for a large cohort, in the background. Safe to run twice: issuing skips learners who already
/// have a certificate, so a second run only finishes what the first left.
/// </summary>
public sealed class CertificateBatchJob(LmsDbContext db, CertificateIssuing issuing, TimeProvider clock)
{
    public async Task RunAsync(int batchId, CancellationToken cancellationToken)
    {
        var batch = await db.CertificateBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.IsFinished)
        {
            return;
        }

        var waiting = await issuing.EligibleWithoutCertificateAsync(batch.CohortId, batch.CourseId, cancellationToken);
        var done = batch.Total - waiting.Count;
        foreach (var learnerId in waiting)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await issuing.IssueAsync(learnerId, batch.CourseId, batch.RequestedBy, cancellationToken);
            // Saved after each certificate: the staff page shows how far the batch is when reloaded.
            db.ChangeTracker.Clear();
            batch = await db.CertificateBatches.SingleAsync(b => b.Id == batchId, cancellationToken);
            batch.Progress(++done);
            await db.SaveChangesAsync(cancellationToken);
        }

        batch.Progress(batch.Total);
        batch.Finish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }
}
