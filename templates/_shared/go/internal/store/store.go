// Package store keeps the API's users and books in the database named by
// DATABASE_URL, through database/sql. Open and the driver live in driver.go;
// the schema is the SQL migrations in migrations/, applied by Migrate.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// ErrNotFound is returned when no row has the id asked for.
var ErrNotFound = errors.New("not found")

// User is a row of the users table.
type User struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Book is a row of the books table, as GET /books lists it.
type Book struct {
	ID     int64  `json:"id"`
	Title  string `json:"title"`
	Author string `json:"author"`
}

// Store runs the API's queries. It is safe for concurrent use, like the
// *sql.DB it wraps.
type Store struct {
	db *sql.DB
}

// New returns a Store on an open, migrated database.
func New(db *sql.DB) *Store {
	return &Store{db: db}
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.db.PingContext(ctx)
}

// Users returns every user, in id order.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, name FROM users ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("listing users: %w", err)
	}
	defer rows.Close()
	users := []User{} // an empty table is [], not null
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Name); err != nil {
			return nil, fmt.Errorf("listing users: %w", err)
		}
		users = append(users, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing users: %w", err)
	}
	return users, nil
}

// User returns the user with the given id, or ErrNotFound.
func (s *Store) User(ctx context.Context, id int64) (User, error) {
	u := User{ID: id}
	err := s.db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&u.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("reading user %d: %w", id, err)
	}
	return u, nil
}

// CreateUser stores a user and returns it with the id the database gave it.
func (s *Store) CreateUser(ctx context.Context, name string) (User, error) {
	u := User{Name: name}
	err := s.db.QueryRowContext(ctx, "INSERT INTO users (name) VALUES ($1) RETURNING id", name).Scan(&u.ID)
	if err != nil {
		return User{}, fmt.Errorf("creating user: %w", err)
	}
	return u, nil
}

// Books returns every book, in id order.
func (s *Store) Books(ctx context.Context) ([]Book, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, title, author FROM books ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("listing books: %w", err)
	}
	defer rows.Close()
	books := []Book{}
	for rows.Next() {
		var b Book
		if err := rows.Scan(&b.ID, &b.Title, &b.Author); err != nil {
			return nil, fmt.Errorf("listing books: %w", err)
		}
		books = append(books, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing books: %w", err)
	}
	return books, nil
}
