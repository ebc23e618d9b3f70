// Package handlers holds the HTTP handlers of the API and the in-memory
// user store they share.
package handlers

import "sync"

// User is a user of the API.
type User struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Store is an in-memory, per-process list of users, safe for concurrent use.
type Store struct {
	mu     sync.RWMutex
	users  []User
	nextID int64
}

// NewStore returns a store holding the starting user, Alice.
func NewStore() *Store {
	return &Store{users: []User{{ID: 1, Name: "Alice"}}, nextID: 2}
}

// List returns a copy of every user, in creation order.
func (s *Store) List() []User {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]User(nil), s.users...)
}

// Get returns the user with the given id, if there is one.
func (s *Store) Get(id int64) (User, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, u := range s.users {
		if u.ID == id {
			return u, true
		}
	}
	return User{}, false
}

// Create stores a new user with the next id and returns it.
func (s *Store) Create(name string) User {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := User{ID: s.nextID, Name: name}
	s.nextID++
	s.users = append(s.users, u)
	return u
}
