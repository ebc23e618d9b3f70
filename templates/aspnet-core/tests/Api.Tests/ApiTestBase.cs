using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Api.Tests
{
    /// <summary>
    /// A fresh app (and so a fresh user list) for each test: xUnit creates the
    /// test class once per test and disposes it afterwards.
    /// </summary>
    public abstract class ApiTestBase : IDisposable
    {
        readonly WebApplicationFactory<Program> factory = new WebApplicationFactory<Program>();

        protected ApiTestBase()
        {
            Client = factory.CreateClient();
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
        }

        /// <summary>Sends a raw body, exactly as given, with Content-Type: application/json.</summary>
        protected Task<HttpResponseMessage> PostRawAsync(string path, string body)
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Client.PostAsync(path, content, Cancel);
        }

        /// <summary>Sends <paramref name="value"/> serialized as JSON.</summary>
        protected Task<HttpResponseMessage> PostJsonAsync(string path, object value)
        {
            return PostRawAsync(path, JsonSerializer.Serialize(value));
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
