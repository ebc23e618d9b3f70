class BooksController < ApplicationController
  BOOKS = [
    { title: "Dune", author: "Frank Herbert" },
    { title: "Neuromancer", author: "William Gibson" }
  ].freeze

  # GET /books
  def index
    render json: BOOKS
  end
end
