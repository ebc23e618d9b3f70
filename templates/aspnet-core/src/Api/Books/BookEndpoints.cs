using Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Api.Books
{
    public static class BookEndpoints
    {
        /// <summary>GET /books.</summary>
        public static IEndpointRouteBuilder MapBooks(this IEndpointRouteBuilder app)
        {
            app.MapGet("/books", ListBooks);
            return app;
        }

        static async Task<IResult> ListBooks(AppDbContext db, CancellationToken cancel)
        {
            var books = await db.Books
                .OrderBy(b => b.Id)
                .Select(b => new { title = b.Title, author = b.Author })
                .ToListAsync(cancel);
            return Results.Ok(books);
        }
    }
}
