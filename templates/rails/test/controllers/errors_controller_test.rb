require "test_helper"

class ErrorsControllerTest < ActionDispatch::IntegrationTest
  [ "/nope", "/", "/users/1/books", "/favicon.ico", "/no/such/path" ].each do |path|
    test "GET #{path} is a JSON 404" do
      get path
      assert_json_response :not_found, { "error" => "not found" }
    end
  end

  {
    [ :delete, "/users" ] => "GET, POST",
    [ :put, "/users" ] => "GET, POST",
    [ :trace, "/users" ] => "GET, POST",
    [ :put, "/health" ] => "GET",
    [ :delete, "/users/1" ] => "GET"
  }.each do |(verb, path), allow|
    test "#{verb.upcase} #{path} is a JSON 405 with Allow: #{allow}" do
      process verb, path
      assert_json_response :method_not_allowed, { "error" => "method not allowed" }
      assert_equal allow, response.headers["Allow"]
    end
  end

  test "a body over 1 MB is a JSON 413" do
    post "/users", params: { name: "x" * (2 * 1024 * 1024) }.to_json, headers: { "CONTENT_TYPE" => "application/json" }
    assert_json_error 413
    assert_equal 1, User.count
  end
end
