using Dice.Lms.Domain.Audit;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Email;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Dice.Lms.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

[Route("account")]
public sealed class AccountController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    LmsSignInManager signIn,
    CohortEnrollment enrollment,
    AccountEmails emails,
    AccountThrottle throttle,
    AuditTrail audit,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    private const string SignInScope = "sign-in";
    private const string PasswordScope = "change-password";

    [HttpGet("sign-up")]
    public async Task<IActionResult> SignUp(string? code, string? returnUrl) =>
        View(new SignUpViewModel { JoinCode = code, ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null, Organizations = await OrganizationOptionsAsync() });

    [HttpPost("sign-up")]
    [EnableRateLimiting(RateLimits.AccountPosts)]
    public async Task<IActionResult> SignUp(SignUpViewModel model)
    {
        model.Organizations = await OrganizationOptionsAsync();
        Cohort? cohort = null;
        if (!string.IsNullOrWhiteSpace(model.JoinCode))
        {
            var code = JoinCodes.Normalize(model.JoinCode);
            cohort = await db.Cohorts.Include(c => c.Members).Include(c => c.Courses).SingleOrDefaultAsync(c => c.JoinCode == code);
            if (cohort is null || cohort.HasEnded(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            {
                ModelState.AddModelError(nameof(model.JoinCode), text["Account.JoinCodeUnknown"]);
            }
        }

        if (model.OrganizationId is { } organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId))
        {
            ModelState.AddModelError(nameof(model.OrganizationId), text["Account.OrganizationUnknown"]);
        }

        // The password is judged before the address is looked up, so a taken address answers like a free one.
        if (ModelState.IsValid)
        {
            foreach (var validator in users.PasswordValidators)
            {
                foreach (var error in (await validator.ValidateAsync(users, new LmsUser(), model.Password)).Errors)
                {
                    ModelState.AddModelError(nameof(model.Password), error.Description);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (await users.FindByEmailAsync(model.Email.Trim()) is { } owner)
        {
            // Same page as a new account; the owner hears of it by e-mail, with the way back in.
            if (!owner.IsSuspended && throttle.TryTakeEmail(owner.Email!))
            {
                await emails.QueueAlreadyRegisteredAsync(owner);
                await db.SaveChangesAsync();
                emails.DeliverSoon();
            }

            return View("SignUpSent", model);
        }

        var user = new LmsUser
        {
            UserName = model.Email.Trim(),
            Email = model.Email.Trim(),
            FullName = model.FullName.Trim(),
            OrganizationId = model.OrganizationId ?? cohort?.OrganizationId,
            PreferredLanguage = HttpContext.Language(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        // The account, its cohort membership and the confirmation e-mail are saved together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var result = await users.CreateAsync(user, model.Password);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    var field = error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(model.Password)
                        : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(model.Email)
                        : "";
                    ModelState.AddModelError(field, error.Description);
                }

                return View(model);
            }

            await users.AddToRoleAsync(user, Roles.Learner);
            if (cohort is not null && cohort.AddMember(user.Id, clock.GetUtcNow().UtcDateTime))
            {
                await enrollment.EnrollMembersAsync(cohort);
            }

            await emails.QueueConfirmationAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        emails.DeliverSoon();
        // Not signed in here: a taken address cannot be, and the two answers must not differ. The password works at once.
        return View("SignUpSent", model);
    }

    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInViewModel { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    [EnableRateLimiting(RateLimits.AccountPosts)]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var email = model.Email.Trim();
        if (throttle.Held(SignInScope, email) is { } wait)
        {
            await audit.WriteForAddressAsync(AuditEventType.SignInHeld, email);
            ModelState.AddModelError("", text["Account.Wait", (int)wait.TotalSeconds]);
            return View(model);
        }

        // Identity's lockout is off (a stranger could lock anyone out); the throttle slows guesses per address instead.
        var result = await signIn.PasswordSignInAsync(email, model.Password, model.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(SignInScope, email);
            var user = await users.FindByEmailAsync(email);
            Response.SetLanguageCookie(user?.PreferredLanguage ?? HttpContext.Language());
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/");
        }

        // "Not allowed" (suspended) comes only after the right password, so it tells a guesser nothing new.
        if (!result.IsNotAllowed)
        {
            throttle.Failed(SignInScope, email);
            await audit.WriteForAddressAsync(AuditEventType.SignInFailed, email);
        }

        ModelState.AddModelError("", result.IsNotAllowed ? text["Account.NotAllowed"] : text["Account.WrongPassword"]);
        return View(model);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutUser()
    {
        await signIn.SignOutAsync();
        Response.ForgetDevice();
        return LocalRedirect("/");
    }

    /// <summary>Ends every session of the account, this one included: for a lost phone or a shared computer.</summary>
    [Authorize]
    [HttpPost("sign-out-everywhere")]
    [EnableRateLimiting(RateLimits.AccountPosts)]
    public async Task<IActionResult> SignOutEverywhere()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            audit.Add(AuditEventType.SignedOutEverywhere, user.Id);
            await signIn.SignOutEverywhereAsync(user);
        }

        Response.ForgetDevice();
        TempData["Notice"] = text["Account.SignedOutEverywhere"].Value;
        return LocalRedirect("/");
    }

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? token)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        Response.StatusCode = confirmed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View(confirmed);
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword(string? email) => View(new ForgotPasswordViewModel { Email = email ?? "" });

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimits.AccountPosts)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // The same answer whether or not the address has an account: nobody learns who is registered here.
        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null && !user.IsSuspended && throttle.TryTakeEmail(user.Email!))
        {
            await emails.QueuePasswordResetAsync(user, await users.GeneratePasswordResetTokenAsync(user));
            await db.SaveChangesAsync();
            emails.DeliverSoon();
        }

        return View("ForgotPasswordSent");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? token, bool invited = false) =>
        token is null
            ? this.Refuse(StatusCodes.Status400BadRequest, text["Account.ResetLinkIncomplete.Title"].Value, text["Account.ResetLinkIncomplete.Text"].Value,
                Url.Action(nameof(ForgotPassword)), text["Account.ForgotPassword.Title"].Value)
            : View(new ResetPasswordViewModel { Email = email ?? "", Token = token, Invited = invited });

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimits.AccountPosts)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email.Trim());
        var token = user is not null && model.Invited ? await InvitationTokens.AsResetTokenAsync(users, user, model.Token) : model.Token;
        var result = user is null ? null : await users.ResetPasswordAsync(user, token, model.Password);
        if (result is not { Succeeded: true })
        {
            var passwordErrors = result?.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal) && e.Code != "PasswordMismatch").ToList() ?? [];
            foreach (var error in passwordErrors)
            {
                ModelState.AddModelError(nameof(model.Password), error.Description);
            }

            if (passwordErrors.Count == 0)
            {
                ModelState.AddModelError("", text["Account.ResetLinkInvalid"]);
            }

            return View(model);
        }

        // The invitation reached this address, which proves it. The link proved the address: the owner is in at once,
        // however many wrong passwords a stranger typed.
        user!.EmailConfirmed |= model.Invited;
        (user.LockoutEnd, user.AccessFailedCount) = (null, 0);
        audit.Add(AuditEventType.PasswordReset, user.Id, model.Invited ? "invitation" : "reset link");
        await users.UpdateAsync(user);
        throttle.Succeeded(SignInScope, user.Email!);
        if (!user.IsSuspended)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            TempData["Notice"] = text["Account.PasswordChangedSignedIn"].Value;
            return LocalRedirect("/");
        }

        TempData["Notice"] = text["Account.PasswordChanged"].Value;
        return RedirectToAction(nameof(SignIn));
    }

    [Authorize]
    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    /// <summary>A new password ends every other session of the account; this one continues.</summary>
    [Authorize]
    [HttpPost("password")]
    [EnableRateLimiting(RateLimits.AccountPosts)]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // A stolen session must not become a way to guess the password: the same wait as signing in.
        if (throttle.Held(PasswordScope, user.Id) is { } wait)
        {
            await audit.WriteAsync(AuditEventType.PasswordCheckHeld, user.Id);
            ModelState.AddModelError(nameof(model.CurrentPassword), text["Account.Wait", (int)wait.TotalSeconds]);
            return View(model);
        }

        audit.Add(AuditEventType.PasswordChanged, user.Id); // saved with the new password; a refusal saves neither
        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
        {
            throttle.Failed(PasswordScope, user.Id);
            db.ChangeTracker.Clear();
            await audit.WriteAsync(AuditEventType.PasswordCheckFailed, user.Id);
        }

        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword),
                    error.Code == "PasswordMismatch" ? text["Account.CurrentPasswordWrong"] : error.Description);
            }

            return View(model);
        }

        throttle.Succeeded(PasswordScope, user.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = text["Account.PasswordChangedHere"].Value;
        return LocalRedirect("/");
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<IReadOnlyList<OrganizationOption>> OrganizationOptionsAsync() =>
        await db.Organizations.OrderBy(o => o.Name).Select(o => new OrganizationOption(o.Id, o.Name)).ToListAsync();
}
