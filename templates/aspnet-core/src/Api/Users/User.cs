namespace Api.Users
{
    /// <summary>A row of the users table; serialized as <c>{"id": 1, "name": "Alice"}</c>.</summary>
    public class User
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";
    }
}
