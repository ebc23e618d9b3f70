package handlers

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"
)

// NotFound answers any request that matches no route (the engine's NoRoute).
func NotFound(c *gin.Context) {
	c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
}

// MethodNotAllowed answers a known path asked with a method it does not serve
// (the engine's NoMethod); Gin has already set the Allow header.
func MethodNotAllowed(c *gin.Context) {
	c.JSON(http.StatusMethodNotAllowed, gin.H{"error": "method not allowed"})
}

// Recover returns the recovery handler: a panic in a handler is logged with
// its stack and answered with a JSON 500 instead of an empty body.
func Recover(logger *slog.Logger) gin.RecoveryFunc {
	return func(c *gin.Context, recovered any) {
		logger.ErrorContext(c.Request.Context(), "panic", "error", fmt.Sprint(recovered), "stack", string(debug.Stack()))
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "internal server error"})
	}
}

// internalError answers 500 without details; the request log has the error.
func internalError(c *gin.Context, err error) {
	_ = c.Error(err)
	c.JSON(http.StatusInternalServerError, gin.H{"error": "internal server error"})
}
