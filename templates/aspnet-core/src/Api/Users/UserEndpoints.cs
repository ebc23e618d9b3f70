using System.Globalization;
using System.Text.Json;
using Api.Errors;

namespace Api.Users
{
    public static class UserEndpoints
    {
        /// <summary>GET /users, GET /users/{id}, POST /users.</summary>
        public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
        {
            var users = app.MapGroup("/users");
            users.MapGet("/", (UserStore store) => Results.Ok(store.All()));
            users.MapGet("/{id}", GetUser);
            users.MapPost("/", CreateUser);
            return app;
        }

        static IResult GetUser(string id, UserStore store)
        {
            // Digits only, and not 0: "abc", "1.5", "-1" and "0" are rejected.
            int number;
            if (id.Length == 0 || !id.All(char.IsAsciiDigit))
            {
                return JsonErrors.Result(StatusCodes.Status400BadRequest, "id must be a positive integer");
            }
            if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number == 0)
            {
                return JsonErrors.Result(StatusCodes.Status400BadRequest, "id must be a positive integer");
            }

            // Too many digits for an int: no such user either.
            User? user = number > 0 ? store.Find(number) : null;
            if (user == null)
            {
                return JsonErrors.Result(StatusCodes.Status404NotFound, "user " + id + " not found");
            }
            return Results.Ok(user);
        }

        static async Task<IResult> CreateUser(HttpRequest request, UserStore store)
        {
            // The raw body, whatever the Content-Type: malformed JSON or an empty
            // body is as wrong as an array or a bare string, number or null.
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(request.Body, default(JsonDocumentOptions), request.HttpContext.RequestAborted);
            }
            catch (JsonException)
            {
                return JsonErrors.Result(StatusCodes.Status400BadRequest, NewUser.NotAnObject);
            }

            using (document)
            {
                string name;
                string? error = NewUser.Validate(document.RootElement, out name);
                if (error != null)
                {
                    return JsonErrors.Result(StatusCodes.Status400BadRequest, error);
                }
                User user = store.Add(name);
                return Results.Created("/users/" + user.Id, user);
            }
        }
    }
}
