using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// A save that found its record changed by someone else at the same moment (after the handler's own version check) is
/// answered 409, "changed by someone else", rather than an error page; the transaction around the handler writes nothing.
/// </summary>
public sealed class StaleEditFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is DbUpdateConcurrencyException && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        }
    }
}
