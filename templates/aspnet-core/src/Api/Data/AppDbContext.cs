using Api.Books;
using Api.Users;
using Microsoft.EntityFrameworkCore;

namespace Api.Data
{
    /// <summary>
    /// The database: the users and books tables every create-any-backend
    /// starter shares (lower-case table and column names).
    /// </summary>
    public class AppDbContext : DbContext
    {
        public AppDbContext(DbContextOptions<AppDbContext> options)
            : base(options)
        {
        }

        public DbSet<User> Users
        {
            get { return Set<User>(); }
        }

        public DbSet<Book> Books
        {
            get { return Set<Book>(); }
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<User>(user =>
            {
                user.ToTable("users");
                user.HasKey(u => u.Id);
                user.Property(u => u.Id).HasColumnName("id");
                user.Property(u => u.Name).HasColumnName("name").HasMaxLength(NewUser.MaxNameLength).IsRequired();
            });

            modelBuilder.Entity<Book>(book =>
            {
                book.ToTable("books");
                book.HasKey(b => b.Id);
                book.Property(b => b.Id).HasColumnName("id");
                book.Property(b => b.Title).HasColumnName("title").HasMaxLength(200).IsRequired();
                book.Property(b => b.Author).HasColumnName("author").HasMaxLength(200).IsRequired();
            });
        }
    }
}
