require "test_helper"

class BooksControllerTest < ActionDispatch::IntegrationTest
  test "GET /books lists the seeded books" do
    get "/books"
    assert_json_response :ok, [
      { "title" => "Dune", "author" => "Frank Herbert" },
      { "title" => "Neuromancer", "author" => "William Gibson" }
    ]
  end

  test "POST /books is a 405 that says GET is allowed" do
    post "/books", params: "{}", headers: { "CONTENT_TYPE" => "application/json" }
    assert_json_response :method_not_allowed, { "error" => "method not allowed" }
    assert_equal "GET", response.headers["Allow"]
  end
end
