using Api.Books;
using Api.Errors;
using Api.Users;

/// <summary>
/// The app's entry point. Public and partial so the tests can host the app in
/// memory with WebApplicationFactory&lt;Program&gt;. (An explicit Main rather
/// than top-level statements; both build the same minimal API.)
/// </summary>
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // One in-memory list of users for the lifetime of the process.
        builder.Services.AddSingleton<UserStore>();

        var app = builder.Build();

        // Every error is a JSON body {"error": "..."}: crashes (500), unknown
        // paths (404), a known path with another method (405).
        app.UseJsonErrors();

        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapUsers();
        app.MapBooks();

        app.Run();
    }
}
