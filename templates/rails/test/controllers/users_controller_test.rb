require "test_helper"

class UsersControllerTest < ActionDispatch::IntegrationTest
  JSON_HEADERS = { "CONTENT_TYPE" => "application/json", "ACCEPT" => "application/json" }.freeze

  # POSTs a raw body, exactly as given, with Content-Type: application/json.
  def post_raw(body, content_type: "application/json")
    post "/users", params: body, headers: JSON_HEADERS.merge("CONTENT_TYPE" => content_type)
  end

  # POSTs {"name": name} and returns the stored user's id.
  def create_user(name)
    post "/users", params: { name: name }, as: :json
    assert_response :created
    assert_equal name, json_body["name"]
    json_body["id"]
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

  test "an id of 300 digits is a 404 that shows the id as sent" do
    id = "9" * 300
    get "/users/#{id}"
    assert_json_response :not_found, { "error" => "user #{id} not found" }
  end

  %w[abc 1.5 -1 0].each do |id|
    test "GET /users/#{id} is a 400" do
      get "/users/#{id}"
      assert_json_response :bad_request, { "error" => "id must be a positive integer" }
    end
  end

  test "POST /users stores users in the database with increasing ids" do
    bob = create_user("Bob")
    carol = create_user("Carol")
    assert_operator bob, :>, 1
    assert_operator carol, :>, bob
    assert_equal [ "Alice", "Bob", "Carol" ], User.order(:id).pluck(:name)

    get "/users"
    assert_json_response :ok, [ ALICE, { "id" => bob, "name" => "Bob" }, { "id" => carol, "name" => "Carol" } ]

    get "/users/#{bob}"
    assert_json_response :ok, { "id" => bob, "name" => "Bob" }
  end

  test "POST /users ignores other fields and answers 201 with the user" do
    post_raw '{"name":"Carol","role":"admin"}'
    assert_response :created
    assert_equal({ "id" => User.last.id, "name" => "Carol" }, json_body)
  end

  test "POST /users stores the name exactly as sent" do
    id = create_user("  Bob  ")
    assert_equal "  Bob  ", User.find(id).name
  end

  test "POST /users accepts 100 characters, counted as characters" do
    create_user("a" * 100)
    create_user("🙂" * 100)
  end

  {
    "name missing" => [ "{}", "name is required" ],
    "other fields only" => [ '{"nom":"Bob"}', "name is required" ],
    "name null" => [ '{"name":null}', "name is required" ],
    "name holding NUL" => [ '{"name":"a\\u0000b"}', "name must not contain NUL characters" ],
    "name a number" => [ '{"name":42}', "name must be a string" ],
    "name a boolean" => [ '{"name":true}', "name must be a string" ],
    "name an array" => [ '{"name":["Bob"]}', "name must be a string" ],
    "name an object" => [ '{"name":{"first":"Bob"}}', "name must be a string" ],
    "name empty" => [ '{"name":""}', "name must not be empty" ],
    "name only spaces" => [ '{"name":"   "}', "name must not be empty" ],
    "name only whitespace" => [ '{"name":" \t\n "}', "name must not be empty" ],
    "name only no-break spaces" => [ %({"name":"\u00a0\u00a0"}), "name must not be empty" ],
    "name 101 characters" => [ %({"name":"#{"a" * 101}"}), "name must be at most 100 characters" ],
    "name 101 emoji" => [ %({"name":"#{"🙂" * 101}"}), "name must be at most 100 characters" ],
    "malformed JSON" => [ '{"name": "Bob"', "body must be a JSON object" ],
    "empty body" => [ "", "body must be a JSON object" ],
    "an array" => [ '[{"name":"Bob"}]', "body must be a JSON object" ],
    "a bare string" => [ '"Bob"', "body must be a JSON object" ],
    "a bare number" => [ "42", "body must be a JSON object" ],
    "null" => [ "null", "body must be a JSON object" ],
    "JSON nested 100,000 deep" => [ %({"name":#{"[" * 100_000}#{"]" * 100_000}}), "body must be a JSON object" ]
  }.each do |label, (body, error)|
    test "POST /users with #{label} is a 400 and stores nothing" do
      post_raw body
      assert_json_response :bad_request, { "error" => error }

      # Nothing was stored, and the app keeps serving.
      assert_equal 1, User.count
      get "/users"
      assert_json_response :ok, [ ALICE ]
    end
  end

  [ "text/plain", "multipart/form-data" ].each do |content_type|
    test "POST /users as #{content_type} is a 415 and stores nothing" do
      post_raw '{"name":"Plain"}', content_type: content_type
      assert_json_response :unsupported_media_type, { "error" => "Content-Type must be application/json" }
      assert_equal 1, User.count
    end
  end
end
