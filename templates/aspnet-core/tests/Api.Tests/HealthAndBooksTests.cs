namespace Api.Tests
{
    public sealed class HealthAndBooksTests : ApiTestBase
    {
        [Fact]
        public async Task HealthIsOk()
        {
            await AssertJsonAsync(await Client.GetAsync("/health", Cancel), 200, new { status = "ok" });
        }

        [Fact]
        public async Task BooksAreListed()
        {
            await AssertJsonAsync(await Client.GetAsync("/books", Cancel), 200, new[]
            {
                new { title = "Dune", author = "Frank Herbert" },
                new { title = "Neuromancer", author = "William Gibson" },
            });
        }

        [Theory]
        [InlineData("/nope")]
        [InlineData("/")]
        [InlineData("/users/1/books")]
        [InlineData("/favicon.ico")]
        public async Task UnknownPathsAreJson404(string path)
        {
            await AssertJsonAsync(await Client.GetAsync(path, Cancel), 404, new { error = "not found" });
        }

        [Fact]
        public async Task AKnownPathWithAnotherMethodIsJson405()
        {
            await AssertJsonAsync(await Client.DeleteAsync("/users", Cancel), 405, new { error = "method not allowed" });
        }
    }
}
