package handlers

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

// maxBodyBytes caps the size of a POST /users body.
const maxBodyBytes = 1 << 20

// Users serves the /users endpoints from a Store.
type Users struct {
	store *Store
}

// NewUsers returns the /users handlers backed by store.
func NewUsers(store *Store) *Users {
	return &Users{store: store}
}

// List handles GET /users.
func (h *Users) List(c *gin.Context) {
	c.JSON(http.StatusOK, h.store.List())
}

// Get handles GET /users/:id.
func (h *Users) Get(c *gin.Context) {
	raw := c.Param("id")
	id, overflow, ok := parseID(raw)
	if !ok {
		c.JSON(http.StatusBadRequest, gin.H{"error": errNotPositive})
		return
	}
	if overflow {
		c.JSON(http.StatusNotFound, gin.H{"error": fmt.Sprintf("user %s not found", raw)})
		return
	}
	user, found := h.store.Get(id)
	if !found {
		c.JSON(http.StatusNotFound, gin.H{"error": fmt.Sprintf("user %d not found", id)})
		return
	}
	c.JSON(http.StatusOK, user)
}

// Create handles POST /users with a body like {"name":"Bob"}.
func (h *Users) Create(c *gin.Context) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			c.JSON(http.StatusRequestEntityTooLarge, gin.H{"error": "request entity too large"})
			return
		}
		c.JSON(http.StatusBadRequest, gin.H{"error": "body must be a JSON object"})
		return
	}
	name, problem := decodeNewUser(body)
	if problem != "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": problem})
		return
	}
	c.JSON(http.StatusCreated, h.store.Create(name))
}
