package handlers

import (
	"log/slog"
	"time"

	"github.com/gin-gonic/gin"
)

const requestIDHeader = "X-Request-Id"

// RequestLogger gives every request an id (the client's X-Request-Id when
// sane) and logs one JSON line per request, after it is served: an error
// for a 5xx (with the errors handlers attached to the context), info otherwise.
func RequestLogger(logger *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		id := requestID(c.GetHeader(requestIDHeader))
		c.Header(requestIDHeader, id)
		c.Next()
		status := c.Writer.Status()
		attrs := []slog.Attr{
			slog.String("request_id", id),
			slog.String("method", c.Request.Method),
			slog.String("path", c.Request.URL.Path),
			slog.Int("status", status),
			slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
			slog.Int("bytes_out", max(c.Writer.Size(), 0)),
			slog.String("remote_ip", c.ClientIP()),
			slog.String("user_agent", c.Request.UserAgent()),
		}
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		if len(c.Errors) > 0 {
			attrs = append(attrs, slog.Any("errors", c.Errors.Errors()))
		}
		logger.LogAttrs(c.Request.Context(), level, "request", attrs...)
	}
}
