package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
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
func ListBooks(c *gin.Context) {
	c.JSON(http.StatusOK, books)
}
