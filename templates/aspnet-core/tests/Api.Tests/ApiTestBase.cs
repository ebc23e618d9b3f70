using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests
{
    /// <summary>
    /// A fresh app on a fresh database (TestDatabase) for each test: xUnit
    /// creates the test class once per test and disposes it afterwards.
    /// </summary>
    public abstract class ApiTestBase : IDisposable
    {
        readonly string databaseUrl = TestDatabase.NewUrl();
        readonly WebApplicationFactory<Program> factory;

        protected ApiTestBase()
        {
            string url = databaseUrl;
            factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
                builder.ConfigureAppConfiguration((context, config) =>
                    config.AddInMemoryCollection(new Dictionary<string, string?> { { "DATABASE_URL", url } })));
            Client = factory.CreateClient();

            // The app migrates at start; this makes sure, whatever the host does.
            using (var scope = factory.Services.CreateScope())
            {
                Database.Migrate(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            }
        }

        protected HttpClient Client { get; }

        protected static CancellationToken Cancel
        {
            get { return TestContext.Current.CancellationToken; }
        }

        public void Dispose()
        {
            Client.Dispose();
            factory.Dispose();
            TestDatabase.Drop(databaseUrl);
        }

        /// <summary>The number of rows in the users table, read directly.</summary>
        protected int CountUsers()
        {
            using (var scope = factory.Services.CreateScope())
            {
                return scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Count();
            }
        }

        /// <summary>Sends a raw body, exactly as given, with Content-Type: application/json unless told otherwise.</summary>
        protected Task<HttpResponseMessage> PostRawAsync(string path, string body, string contentType = "application/json")
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            return Client.PostAsync(path, content, Cancel);
        }

        /// <summary>Sends <paramref name="value"/> serialized as JSON.</summary>
        protected Task<HttpResponseMessage> PostJsonAsync(string path, object value)
        {
            return PostRawAsync(path, JsonSerializer.Serialize(value));
        }

        /// <summary>POSTs {"name": name}, checks the 201, and returns the new user's id.</summary>
        protected async Task<long> CreateUserAsync(string name)
        {
            var response = await PostJsonAsync("/users", new { name = name });
            string body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
            JsonNode? user = JsonNode.Parse(body);
            Assert.Equal(name, user?["name"]?.GetValue<string>());
            return user?["id"]?.GetValue<long>() ?? 0;
        }

        /// <summary>Checks the status, the JSON content type and the body (as JSON, not as text).</summary>
        protected static async Task AssertJsonAsync(HttpResponseMessage response, int status, object expected)
        {
            string actual = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(status == (int)response.StatusCode, "expected status " + status + ", got " + (int)response.StatusCode + ": " + actual);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            JsonNode? expectedJson = JsonSerializer.SerializeToNode(expected);
            Assert.True(JsonNode.DeepEquals(expectedJson, JsonNode.Parse(actual)), "expected " + expectedJson + ", got " + actual);
        }
    }
}
