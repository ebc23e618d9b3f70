namespace Api.Books
{
    /// <summary>A row of the books table (seeded by the first migration).</summary>
    public class Book
    {
        public long Id { get; set; }

        public string Title { get; set; } = "";

        public string Author { get; set; } = "";
    }
}
