using Tandem.Web.Infrastructure;

var command = AppCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddTandem();

var app = builder.Build();
if (command.Verb is not null)
{
    return await command.RunAsync(app);
}

app.UseTandem();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
