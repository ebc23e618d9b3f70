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
        public async Task BooksAreReadFromTheDatabase()
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

        [Theory]
        [InlineData("DELETE", "/users", "GET,POST")]
        [InlineData("TRACE", "/users", "GET,POST")]
        [InlineData("PUT", "/health", "GET")]
        [InlineData("POST", "/books", "GET")]
        [InlineData("DELETE", "/users/1", "GET")]
        public async Task AKnownPathWithAnotherMethodIsJson405WithAllow(string method, string path, string allowed)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path);
            var response = await Client.SendAsync(request, Cancel);

            await AssertJsonAsync(response, 405, new { error = "method not allowed" });
            var allow = response.Content.Headers.Allow;
            foreach (string verb in allowed.Split(','))
            {
                Assert.Contains(verb, allow);
            }
        }

        [Fact]
        public async Task ABodyOver1MbIsJson413()
        {
            string body = "{\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
            var response = await PostRawAsync("/users", body);

            Assert.Equal(413, (int)response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(1, CountUsers());
        }
    }
}
