package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// NotFound answers any request that matches no route (the engine's NoRoute).
func NotFound(c *gin.Context) {
	c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
}

// MethodNotAllowed answers a known path asked with an unsupported method
// (the engine's NoMethod).
func MethodNotAllowed(c *gin.Context) {
	c.JSON(http.StatusMethodNotAllowed, gin.H{"error": "method not allowed"})
}

// Recover turns a panic in a handler into a JSON 500 instead of an empty body.
func Recover(c *gin.Context, _ any) {
	c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal server error"})
}
