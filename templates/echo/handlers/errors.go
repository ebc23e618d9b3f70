package handlers

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v5"
)

// ErrorHandler is the Echo HTTPErrorHandler of the API: every error a handler
// returns, and every error Echo raises itself (unknown route: 404, wrong
// method: 405 with Allow, body too large: 413, a recovered panic: 500), is
// sent as {"error":"<message>"}.
func ErrorHandler(c *echo.Context, err error) {
	if r, _ := echo.UnwrapResponse(c.Response()); r != nil && r.Committed {
		return // a response has already been sent (e.g. handled by the request logger)
	}

	code := echo.StatusCode(err)
	if code == 0 {
		code = http.StatusInternalServerError
	}
	message := strings.ToLower(http.StatusText(code))
	switch code {
	case http.StatusNotFound:
		message = msgNotFound
	case http.StatusMethodNotAllowed:
		message = msgMethodNotAllowed
	case http.StatusRequestEntityTooLarge:
		message = msgBodyTooLarge
	case http.StatusInternalServerError:
		message = msgInternal
	}
	// A message of ours (e.g. "name is required") is an *echo.HTTPError made
	// on purpose; any other error's text stays in the log, not the response.
	var he *echo.HTTPError
	if errors.As(err, &he) && he.Message != "" && he.Message != http.StatusText(code) {
		message = he.Message
	}

	if err := c.JSON(code, map[string]string{"error": message}); err != nil {
		c.Logger().Error("failed to send error response", "error", err)
	}
}

// Options answers OPTIONS on a path with 204 and the methods it serves.
func Options(allow string) echo.HandlerFunc {
	return func(c *echo.Context) error {
		c.Response().Header().Set(echo.HeaderAllow, allow)
		return c.NoContent(http.StatusNoContent)
	}
}

// The Allow sets, for the router's OPTIONS routes.
const (
	AllowCollection = allowCollection
	AllowUserItem   = allowUserItem
	AllowReadOnly   = allowReadOnly
)
