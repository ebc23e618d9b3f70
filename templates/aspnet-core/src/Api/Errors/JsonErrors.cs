using Microsoft.AspNetCore.WebUtilities;

namespace Api.Errors
{
    /// <summary>The body of every error response: <c>{"error": "..."}</c>.</summary>
    public sealed class ErrorResponse
    {
        public ErrorResponse(string error)
        {
            Error = error;
        }

        public string Error { get; }
    }

    public static class JsonErrors
    {
        /// <summary>An error result for an endpoint to return.</summary>
        public static IResult Result(int statusCode, string message)
        {
            return Results.Json(new ErrorResponse(message), statusCode: statusCode);
        }

        /// <summary>
        /// Replaces the framework's empty or HTML error responses with JSON bodies:
        /// an unhandled exception becomes a 500 (still logged), and a response that
        /// ends with an error status and no body (no route: 404; another method: 405)
        /// gets one.
        /// </summary>
        public static WebApplication UseJsonErrors(this WebApplication app)
        {
            app.UseExceptionHandler(errorApp => errorApp.Run(context =>
                WriteAsync(context.Response)));
            app.UseStatusCodePages(context => WriteAsync(context.HttpContext.Response));
            return app;
        }

        static Task WriteAsync(HttpResponse response)
        {
            return response.WriteAsJsonAsync(new ErrorResponse(MessageFor(response.StatusCode)));
        }

        static string MessageFor(int statusCode)
        {
            if (statusCode == StatusCodes.Status404NotFound)
            {
                return "not found";
            }
            if (statusCode == StatusCodes.Status405MethodNotAllowed)
            {
                return "method not allowed";
            }
            if (statusCode >= StatusCodes.Status500InternalServerError)
            {
                return "internal server error";
            }
            string phrase = ReasonPhrases.GetReasonPhrase(statusCode);
            return phrase.Length > 0 ? phrase.ToLowerInvariant() : "error";
        }
    }
}
