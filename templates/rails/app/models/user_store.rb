# The sample users, in memory: one list per server process, shared by its
# threads (Puma serves requests concurrently), so every access is locked.
class UserStore
  def self.instance
    INSTANCE
  end

  def initialize
    @lock = Mutex.new
    reset!
  end

  def all
    @lock.synchronize { @users.dup }
  end

  def find(id)
    @lock.synchronize { @users.find { |user| user.id == id } }
  end

  # Stores a valid user, giving it the next id.
  def add(user)
    @lock.synchronize do
      user.id = @next_id
      @next_id += 1
      @users << user
      user
    end
  end

  # Back to the seed list; the tests call this before each test.
  def reset!
    @lock.synchronize do
      @users = [ User.new(id: 1, name: "Alice") ]
      @next_id = 2
    end
  end

  INSTANCE = new
end
