namespace Api.Users
{
    /// <summary>
    /// The sample users, in memory: one list per process (a singleton service),
    /// shared by concurrent requests, so every access takes the lock.
    /// </summary>
    public sealed class UserStore
    {
        readonly Lock gate = new Lock();
        readonly List<User> users = new List<User> { new User(1, "Alice") };
        int nextId = 2;

        public IReadOnlyList<User> All()
        {
            lock (gate)
            {
                return users.ToArray();
            }
        }

        public User? Find(int id)
        {
            lock (gate)
            {
                return users.Find(user => user.Id == id);
            }
        }

        /// <summary>Stores a user with a valid name, giving it the next id.</summary>
        public User Add(string name)
        {
            lock (gate)
            {
                var user = new User(nextId, name);
                nextId++;
                users.Add(user);
                return user;
            }
        }
    }
}
