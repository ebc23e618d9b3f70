package handlers

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// Book is an entry of GET /books.
type Book struct {
	Title  string `json:"title"`
	Author string `json:"author"`
}

var books = []Book{
	{Title: "Dune", Author: "Frank Herbert"},
	{Title: "Neuromancer", Author: "William Gibson"},
}

// ListBooks handles GET /books.
func ListBooks(c *echo.Context) error {
	return c.JSON(http.StatusOK, books)
}
