namespace Api.Books
{
    public sealed class Book
    {
        public Book(string title, string author)
        {
            Title = title;
            Author = author;
        }

        public string Title { get; }

        public string Author { get; }
    }

    public static class BookEndpoints
    {
        static readonly Book[] Books =
        {
            new Book("Dune", "Frank Herbert"),
            new Book("Neuromancer", "William Gibson"),
        };

        /// <summary>GET /books.</summary>
        public static IEndpointRouteBuilder MapBooks(this IEndpointRouteBuilder app)
        {
            app.MapGet("/books", () => Results.Ok(Books));
            return app;
        }
    }
}
