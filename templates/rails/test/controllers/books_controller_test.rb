require "test_helper"

class BooksControllerTest < ActionDispatch::IntegrationTest
  test "GET /books lists the books" do
    get "/books"
    assert_json_response :ok, [
      { "title" => "Dune", "author" => "Frank Herbert" },
      { "title" => "Neuromancer", "author" => "William Gibson" }
    ]
  end
end
