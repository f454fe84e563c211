using Microsoft.AspNetCore.Mvc.Filters;
using Tandem.Data;

namespace Tandem.Web.Infrastructure;

/// <summary>Marks a page whose POST must keep what it writes even when it answers with an error (sign-in failure counts).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OwnTransactionsAttribute : Attribute;

/// <summary>
/// Runs every POST in one transaction: it commits only when the handler finished with a valid model,
/// so bad input or a failure half-way writes nothing, but for what it was asked to keep (<see cref="KeptIfRefused"/>).
/// </summary>
public sealed class TransactionPageFilter(TandemDbContext db, KeptIfRefused kept) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var ownTransactions = context.HandlerInstance.GetType().IsDefined(typeof(OwnTransactionsAttribute), inherit: false);
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method) || ownTransactions)
        {
            await next();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.HttpContext.RequestAborted);
        var executed = await next();
        if (executed.Exception is null && executed.ModelState.IsValid)
        {
            await transaction.CommitAsync(context.HttpContext.RequestAborted);
        }
        else
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
        }

        await kept.RunAsync();
    }
}
