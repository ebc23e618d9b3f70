namespace Api.Tests
{
    public sealed class UsersTests : ApiTestBase
    {
        static readonly object Alice = new { id = 1, name = "Alice" };

        public static TheoryData<string, string> InvalidBodies
        {
            get
            {
                return new TheoryData<string, string>
                {
                    { "{}", "name is required" },
                    { "{\"nom\":\"Bob\"}", "name is required" },
                    { "{\"name\":null}", "name must be a string" },
                    { "{\"name\":42}", "name must be a string" },
                    { "{\"name\":true}", "name must be a string" },
                    { "{\"name\":[\"Bob\"]}", "name must be a string" },
                    { "{\"name\":{\"first\":\"Bob\"}}", "name must be a string" },
                    { "{\"name\":\"\"}", "name must not be empty" },
                    { "{\"name\":\"   \"}", "name must not be empty" },
                    { "{\"name\":\" \\t\\n \"}", "name must not be empty" },
                    { "{\"name\":\"\u00a0\u00a0\"}", "name must not be empty" },
                    { "{\"name\":\"" + new string('a', 101) + "\"}", "name must be at most 100 characters" },
                    { "{\"name\":\"" + string.Concat(Enumerable.Repeat("\U0001F642", 101)) + "\"}", "name must be at most 100 characters" },
                    { "{\"name\": \"Bob\"", "body must be a JSON object" },
                    { "", "body must be a JSON object" },
                    { "[{\"name\":\"Bob\"}]", "body must be a JSON object" },
                    { "\"Bob\"", "body must be a JSON object" },
                    { "42", "body must be a JSON object" },
                    { "null", "body must be a JSON object" },
                    { "{\"name\":" + new string('[', 100000) + new string(']', 100000) + "}", "body must be a JSON object" },
                };
            }
        }

        [Fact]
        public async Task ListsTheSeedUser()
        {
            await AssertJsonAsync(await Client.GetAsync("/users", Cancel), 200, new[] { Alice });
        }

        [Fact]
        public async Task ShowsAUser()
        {
            await AssertJsonAsync(await Client.GetAsync("/users/1", Cancel), 200, Alice);
        }

        [Fact]
        public async Task AnUnknownUserIs404()
        {
            await AssertJsonAsync(await Client.GetAsync("/users/42", Cancel), 404, new { error = "user 42 not found" });
        }

        [Fact]
        public async Task AnIdOf300DigitsIs404AndShownAsSent()
        {
            string id = new string('9', 300);
            await AssertJsonAsync(await Client.GetAsync("/users/" + id, Cancel), 404, new { error = "user " + id + " not found" });
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("1.5")]
        [InlineData("-1")]
        [InlineData("0")]
        public async Task AnIdThatIsNotAPositiveIntegerIs400(string id)
        {
            await AssertJsonAsync(await Client.GetAsync("/users/" + id, Cancel), 400, new { error = "id must be a positive integer" });
        }

        [Fact]
        public async Task StoresUsersInTheDatabaseWithIncreasingIds()
        {
            await AssertJsonAsync(await PostJsonAsync("/users", new { name = "Bob" }), 201, new { id = 2, name = "Bob" });
            await AssertJsonAsync(await PostJsonAsync("/users", new { name = "Carol", role = "ignored" }), 201, new { id = 3, name = "Carol" });
            Assert.Equal(3, CountUsers());

            await AssertJsonAsync(await Client.GetAsync("/users", Cancel), 200, new[]
            {
                Alice,
                new { id = 2, name = "Bob" },
                new { id = 3, name = "Carol" },
            });
            await AssertJsonAsync(await Client.GetAsync("/users/2", Cancel), 200, new { id = 2, name = "Bob" });
        }

        [Fact]
        public async Task StoresTheNameExactlyAsSent()
        {
            long id = await CreateUserAsync("  Bob  ");
            await AssertJsonAsync(await Client.GetAsync("/users/" + id, Cancel), 200, new { id = id, name = "  Bob  " });
        }

        [Fact]
        public async Task Accepts100CharactersCountedAsCharacters()
        {
            await CreateUserAsync(new string('a', 100));
            await CreateUserAsync(string.Concat(Enumerable.Repeat("\U0001F642", 100)));
        }

        [Theory]
        [MemberData(nameof(InvalidBodies))]
        public async Task AnInvalidBodyIs400AndStoresNothing(string body, string error)
        {
            await AssertJsonAsync(await PostRawAsync("/users", body), 400, new { error = error });

            // Nothing was stored, and the app keeps serving.
            Assert.Equal(1, CountUsers());
            await AssertJsonAsync(await Client.GetAsync("/users", Cancel), 200, new[] { Alice });
        }

        [Theory]
        [InlineData("text/plain")]
        [InlineData("multipart/form-data")]
        public async Task ABodyThatIsNotJsonIs415(string contentType)
        {
            await AssertJsonAsync(await PostRawAsync("/users", "{\"name\":\"Plain\"}", contentType), 415, new { error = "Content-Type must be application/json" });
            Assert.Equal(1, CountUsers());
        }
    }
}
