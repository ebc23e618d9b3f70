package handlers

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// Health handles GET /health.
func Health(c *echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}
