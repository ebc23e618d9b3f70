namespace Api.Users
{
    /// <summary>A user of the sample API; serialized as <c>{"id": 1, "name": "Alice"}</c>.</summary>
    public sealed class User
    {
        public User(int id, string name)
        {
            Id = id;
            Name = name;
        }

        public int Id { get; }

        public string Name { get; }
    }
}
