using Api;
using Api.Books;
using Api.Data;
using Api.Errors;
using Api.Users;
using Microsoft.AspNetCore.HttpLogging;

/// <summary>
/// The app's entry point. Public and partial so the tests can host the app in
/// memory with WebApplicationFactory&lt;Program&gt;. (An explicit Main rather
/// than top-level statements; both build the same minimal API.)
/// </summary>
public partial class Program
{
    public static int Main(string[] args)
    {
        // The Docker image's HEALTHCHECK: GET /health on this container.
        if (args.Contains("--health-check"))
        {
            return HealthCheck();
        }

        // .env in the working folder, without overriding real environment variables.
        DotNetEnv.Env.NoClobber().Load();

        var builder = WebApplication.CreateBuilder(args.Where(a => a != "--migrate-only").ToArray());

        // Logs as one JSON object per line, and one log line per request.
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole();
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod
                | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode
                | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });

        // Bodies over 1 MB are refused; idle and slow clients are cut off.
        // On SIGTERM the host stops accepting and lets requests in flight finish.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });

        // DATABASE_URL is read when the first context is made, so that a host
        // built for tests can point the app at its own database.
        builder.Services.AddDbContext<AppDbContext>((services, options) =>
            Database.Configure(options, services.GetRequiredService<IConfiguration>()["DATABASE_URL"]));

        var app = builder.Build();

        // Bring the schema up to date before serving; `--migrate-only` stops there.
        using (var scope = app.Services.CreateScope())
        {
            Database.Migrate(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
        if (args.Contains("--migrate-only"))
        {
            return 0;
        }

        app.UseHttpLogging();

        // Every error is a JSON body {"error": "..."}: crashes (500), unknown
        // paths (404), a known path with another method (405, with Allow).
        app.UseJsonErrors();

        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapUsers();
        app.MapBooks();

        app.Run();
        return 0;
    }

    static int HealthCheck()
    {
        string port = Environment.GetEnvironmentVariable("PORT") ?? "8080";
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) })
        {
            try
            {
                var response = http.GetAsync("http://127.0.0.1:" + port + "/health").GetAwaiter().GetResult();
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (HttpRequestException)
            {
                return 1;
            }
            catch (TaskCanceledException)
            {
                return 1;
            }
        }
    }
}
