package handlers

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/labstack/echo/v5"
)

// Users serves the /users endpoints from a Store.
type Users struct {
	store *Store
}

// NewUsers returns the /users handlers backed by store.
func NewUsers(store *Store) *Users {
	return &Users{store: store}
}

// List handles GET /users.
func (h *Users) List(c *echo.Context) error {
	return c.JSON(http.StatusOK, h.store.List())
}

// Get handles GET /users/:id.
func (h *Users) Get(c *echo.Context) error {
	raw := c.Param("id")
	// Echo lets a route's last parameter take the rest of the path, so
	// "/users/1/extra" arrives here with id "1/extra": that path, like
	// "/users/", names no resource.
	if raw == "" || strings.Contains(raw, "/") {
		return echo.ErrNotFound
	}
	id, overflow, ok := parseID(raw)
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, errNotPositive)
	}
	if overflow {
		return echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("user %s not found", raw))
	}
	user, found := h.store.Get(id)
	if !found {
		return echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("user %d not found", id))
	}
	return c.JSON(http.StatusOK, user)
}

// Create handles POST /users with a body like {"name":"Bob"}.
func (h *Users) Create(c *echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		if echo.StatusCode(err) != 0 {
			return err // the BodyLimit middleware's 413
		}
		return echo.NewHTTPError(http.StatusBadRequest, "body must be a JSON object")
	}
	name, problem := decodeNewUser(body)
	if problem != "" {
		return echo.NewHTTPError(http.StatusBadRequest, problem)
	}
	return c.JSON(http.StatusCreated, h.store.Create(name))
}
