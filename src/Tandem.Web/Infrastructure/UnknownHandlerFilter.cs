using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// When no handler matches a request (a mistyped <c>?handler=</c>, or a POST to a page without one), Razor Pages would
/// render the page with a model no handler loaded; such a request answers 404 instead.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var named = context.RouteData.Values.ContainsKey("handler") || request.Query.ContainsKey("handler");
        var reads = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (context.HandlerMethod is null && (named || !reads))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
