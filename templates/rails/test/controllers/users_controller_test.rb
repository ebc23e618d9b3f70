require "test_helper"

class UsersControllerTest < ActionDispatch::IntegrationTest
  JSON_HEADERS = { "CONTENT_TYPE" => "application/json", "ACCEPT" => "application/json" }.freeze

  # POSTs a raw body, exactly as given, with Content-Type: application/json.
  def post_raw(body)
    post "/users", params: body, headers: JSON_HEADERS
  end

  test "GET /users lists the seed user" do
    get "/users"
    assert_json_response :ok, [ ALICE ]
  end

  test "GET /users/1 shows a user" do
    get "/users/1"
    assert_json_response :ok, ALICE
  end

  test "GET /users/42 is a 404" do
    get "/users/42"
    assert_json_response :not_found, { "error" => "user 42 not found" }
  end

  %w[abc 1.5 -1 0].each do |id|
    test "GET /users/#{id} is a 400" do
      get "/users/#{id}"
      assert_json_response :bad_request, { "error" => "id must be a positive integer" }
    end
  end

  test "POST /users creates users with increasing ids" do
    post "/users", params: { name: "Bob" }, as: :json
    assert_json_response :created, { "id" => 2, "name" => "Bob" }

    post "/users", params: { name: "Carol", role: "ignored" }, as: :json
    assert_json_response :created, { "id" => 3, "name" => "Carol" }

    get "/users"
    assert_json_response :ok, [ ALICE, { "id" => 2, "name" => "Bob" }, { "id" => 3, "name" => "Carol" } ]

    get "/users/2"
    assert_json_response :ok, { "id" => 2, "name" => "Bob" }
  end

  test "POST /users stores the name exactly as sent" do
    post "/users", params: { name: "  Bob  " }, as: :json
    assert_json_response :created, { "id" => 2, "name" => "  Bob  " }
  end

  test "POST /users accepts a name of exactly 100 characters" do
    name = "a" * 100
    post "/users", params: { name: name }, as: :json
    assert_json_response :created, { "id" => 2, "name" => name }
  end

  {
    "name missing" => [ "{}", "name is required" ],
    "other fields only" => [ '{"nom":"Bob"}', "name is required" ],
    "name null" => [ '{"name":null}', "name must be a string" ],
    "name a number" => [ '{"name":42}', "name must be a string" ],
    "name a boolean" => [ '{"name":true}', "name must be a string" ],
    "name an array" => [ '{"name":["Bob"]}', "name must be a string" ],
    "name an object" => [ '{"name":{"first":"Bob"}}', "name must be a string" ],
    "name empty" => [ '{"name":""}', "name must not be empty" ],
    "name only spaces" => [ '{"name":"   "}', "name must not be empty" ],
    "name only whitespace" => [ '{"name":" \t\n "}', "name must not be empty" ],
    "name 101 characters" => [ %({"name":"#{"a" * 101}"}), "name must be at most 100 characters" ],
    "malformed JSON" => [ '{"name": "Bob"', "body must be a JSON object" ],
    "empty body" => [ "", "body must be a JSON object" ],
    "an array" => [ '[{"name":"Bob"}]', "body must be a JSON object" ],
    "a bare string" => [ '"Bob"', "body must be a JSON object" ],
    "a bare number" => [ "42", "body must be a JSON object" ],
    "null" => [ "null", "body must be a JSON object" ]
  }.each do |label, (body, error)|
    test "POST /users with #{label} is a 400 and stores nothing" do
      post_raw body
      assert_json_response :bad_request, { "error" => error }

      # Nothing was stored, and the app keeps serving.
      get "/users"
      assert_json_response :ok, [ ALICE ]
      post "/users", params: { name: "Bob" }, as: :json
      assert_json_response :created, { "id" => 2, "name" => "Bob" }
    end
  end
end
