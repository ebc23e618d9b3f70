using System.Text.Json;

namespace Api.Users
{
    /// <summary>What POST /users accepts: a JSON object with a non-blank string "name".</summary>
    public static class NewUser
    {
        public const int MaxNameLength = 100;
        public const string NotAnObject = "body must be a JSON object";

        /// <summary>
        /// Checks a parsed body. Returns null and sets <paramref name="name"/> (exactly
        /// as sent) when it is valid, or else says what is wrong. Other fields are ignored.
        /// </summary>
        public static string? Validate(JsonElement body, out string name)
        {
            name = "";
            if (body.ValueKind != JsonValueKind.Object)
            {
                return NotAnObject;
            }

            JsonElement value;
            if (!body.TryGetProperty("name", out value) || value.ValueKind == JsonValueKind.Null)
            {
                return "name is required";
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                return "name must be a string";
            }

            string text = value.GetString() ?? "";
            if (text.Contains('\0'))
            {
                return "name must not contain NUL characters";
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                return "name must not be empty";
            }
            // Characters as people count them: code points, not UTF-16 units.
            if (text.EnumerateRunes().Count() > MaxNameLength)
            {
                return "name must be at most " + MaxNameLength + " characters";
            }

            name = text;
            return null;
        }
    }
}
