using System.Globalization;
using System.Text.Json;
using Api.Data;
using Api.Errors;
using Microsoft.EntityFrameworkCore;

namespace Api.Users
{
    public static class UserEndpoints
    {
        /// <summary>GET /users, GET /users/{id}, POST /users.</summary>
        public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
        {
            var users = app.MapGroup("/users");
            users.MapGet("/", ListUsers);
            users.MapGet("/{id}", GetUser);
            users.MapPost("/", CreateUser);
            return app;
        }

        static async Task<IResult> ListUsers(AppDbContext db, CancellationToken cancel)
        {
            return Results.Ok(await db.Users.OrderBy(u => u.Id).ToListAsync(cancel));
        }

        static async Task<IResult> GetUser(string id, AppDbContext db, CancellationToken cancel)
        {
            // Digits only, and not 0: "abc", "1.5", "-1" and "0" are rejected.
            if (id.Length == 0 || !id.All(char.IsAsciiDigit) || id.All(c => c == '0'))
            {
                return JsonErrors.Result(StatusCodes.Status400BadRequest, "id must be a positive integer");
            }

            // Too many digits for the table's 64-bit ids: no such user either.
            long number;
            User? user = null;
            if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                user = await db.Users.FirstOrDefaultAsync(u => u.Id == number, cancel);
            }
            if (user == null)
            {
                return JsonErrors.Result(StatusCodes.Status404NotFound, "user " + id + " not found");
            }
            return Results.Ok(user);
        }

        static async Task<IResult> CreateUser(HttpRequest request, AppDbContext db, CancellationToken cancel)
        {
            if (!request.HasJsonContentType())
            {
                return JsonErrors.Result(StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json");
            }
            if (request.ContentLength > RequestLimits.MaxBodyBytes)
            {
                return JsonErrors.Result(StatusCodes.Status413PayloadTooLarge, RequestLimits.TooLarge);
            }

            // The raw body: malformed JSON, an empty body or JSON nested deeper than
            // 64 levels is as wrong as an array or a bare string, number or null.
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(request.Body, default(JsonDocumentOptions), cancel);
            }
            catch (JsonException)
            {
                return JsonErrors.Result(StatusCodes.Status400BadRequest, NewUser.NotAnObject);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // A chunked body that grew past Kestrel's limit (Program.cs).
                return JsonErrors.Result(StatusCodes.Status413PayloadTooLarge, RequestLimits.TooLarge);
            }

            using (document)
            {
                string name;
                string? error = NewUser.Validate(document.RootElement, out name);
                if (error != null)
                {
                    return JsonErrors.Result(StatusCodes.Status400BadRequest, error);
                }

                var user = new User { Name = name };
                db.Users.Add(user);
                await db.SaveChangesAsync(cancel);
                return Results.Created("/users/" + user.Id, user);
            }
        }
    }
}
