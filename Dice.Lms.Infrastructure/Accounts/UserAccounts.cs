using Dice.Lms.Domain.Audit;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Accounts;

/// <summary>
/// Creates or updates a user with their organisation and cohort, for the command line, staff imports and the demo seed.
/// Everything is saved in one transaction: a failure leaves nothing behind.
/// </summary>
public sealed class UserAccounts(
    LmsDbContext db, UserManager<LmsUser> users, CohortEnrollment enrollment, AccountSessions sessions, AuditTrail audit, TimeProvider clock)
{
    public async Task<AccountResult> CreateOrUpdateAsync(AccountRequest request, CancellationToken cancellationToken = default)
    {
        var role = request.Role is null ? null : Roles.Find(request.Role);
        if (request.Role is not null && role is null)
        {
            return AccountResult.Failed($"unknown role '{request.Role}' (expected learner, trainer, staff or admin)");
        }

        var cohort = request.Cohort is { Length: > 0 } cohortName
            ? await db.Cohorts.Include(c => c.Members).Include(c => c.Courses).SingleOrDefaultAsync(c => c.Name == cohortName, cancellationToken)
            : null;
        if (request.Cohort is { Length: > 0 } && cohort is null)
        {
            return AccountResult.Failed($"no cohort named '{request.Cohort}'; create it first with `cohorts create --name \"{request.Cohort}\"`");
        }

        // Joins the caller's transaction when there is one, so an import of many rows is all or nothing.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var organization = await FindOrCreateOrganizationAsync(request.Organization, cancellationToken);

        var user = await users.FindByEmailAsync(request.Email);
        var created = user is null;
        var wasReset = false;
        string? previousName = null;
        string? previousOrganization = null;
        IdentityResult result;
        if (user is null)
        {
            user = new LmsUser
            {
                UserName = request.Email,
                Email = request.Email,
                FullName = request.FullName.Trim(),
                PreferredLanguage = request.Language,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                EmailConfirmed = request.EmailConfirmed,
                OrganizationId = organization?.Id,
            };
            result = request.Password is { Length: > 0 } password ? await users.CreateAsync(user, password) : await users.CreateAsync(user);
        }
        else
        {
            if (request.ByStaff)
            {
                var roles = await users.GetRolesAsync(user);
                if (roles.Contains(Roles.Staff) || roles.Contains(Roles.Admin))
                {
                    return AccountResult.Failed($"{request.Email} is a staff or administrator account; only an administrator changes it, on /admin/users")
                        with { RefusedStaffAccount = true };
                }

                if (!user.EmailConfirmed)
                {
                    // Nobody has proved this address: whoever signed up with it may not be its owner (pre-hijacking).
                    // The password and every session go; the invitation lets the real owner set their own password.
                    wasReset = true;
                    audit.Add(AuditEventType.AccountReset, user.Id, user.Email);
                    await users.RemovePasswordAsync(user);
                    await sessions.EndAllAsync(db, user.Id);
                }
                else
                {
                    var organizationBefore = user.OrganizationId;
                    previousName = user.FullName != request.FullName.Trim() ? user.FullName : null;
                    previousOrganization = organization is not null && organization.Id != organizationBefore
                        ? await db.Organizations.Where(o => o.Id == organizationBefore).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) ?? ""
                        : null;
                }
            }

            user.FullName = request.FullName.Trim();
            user.OrganizationId = organization?.Id ?? user.OrganizationId;
            user.EmailConfirmed |= request.EmailConfirmed;
            result = await users.UpdateAsync(user);
            if (result.Succeeded && request.Password is { Length: > 0 } newPassword)
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                audit.Add(AuditEventType.PasswordChanged, user.Id, user.Email);
                result = await users.ResetPasswordAsync(user, token, newPassword);
            }
        }

        if (!result.Succeeded)
        {
            return AccountResult.Failed([.. result.Errors.Select(e => e.Description)]);
        }

        var wantedRole = role ?? (created ? Roles.Learner : null);
        if (wantedRole is not null)
        {
            var current = await users.GetRolesAsync(user);
            if (!created && (current.Count != 1 || current[0] != wantedRole))
            {
                audit.Add(AuditEventType.RoleChanged, user.Id, $"{user.Email}: {string.Join(", ", current)} → {wantedRole}");
            }

            var roleResult = await users.RemoveFromRolesAsync(user, current.Where(r => r != wantedRole));
            if (roleResult.Succeeded && !current.Contains(wantedRole))
            {
                roleResult = await users.AddToRoleAsync(user, wantedRole);
            }

            if (!roleResult.Succeeded)
            {
                return AccountResult.Failed([.. roleResult.Errors.Select(e => e.Description)]);
            }
        }

        if (cohort is not null && cohort.AddMember(user.Id, clock.GetUtcNow().UtcDateTime))
        {
            await enrollment.EnrollMembersAsync(cohort, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new AccountResult(user, created, [])
        {
            WasReset = wasReset,
            PreviousName = previousName,
            PreviousOrganization = previousOrganization,
        };
    }

    /// <summary>Finds an organisation by name (case as written) or creates it with an unknown location.</summary>
    public async Task<Organization?> FindOrCreateOrganizationAsync(string? name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        var organization = db.Organizations.Local.FirstOrDefault(o => o.Name == trimmed)
            ?? await db.Organizations.SingleOrDefaultAsync(o => o.Name == trimmed, cancellationToken);
        if (organization is null)
        {
            organization = new Organization(trimmed, "");
            db.Organizations.Add(organization);
            await db.SaveChangesAsync(cancellationToken);
        }

        return organization;
    }
}
