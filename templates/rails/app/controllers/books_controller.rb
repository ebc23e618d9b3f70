class BooksController < ApplicationController
  # GET /books
  def index
    render json: Book.order(:id).as_json(only: %i[title author])
  end
end
