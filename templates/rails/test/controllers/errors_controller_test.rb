require "test_helper"

class ErrorsControllerTest < ActionDispatch::IntegrationTest
  [ "/nope", "/", "/users/1/books", "/favicon.ico" ].each do |path|
    test "GET #{path} is a JSON 404" do
      get path
      assert_json_response :not_found, { "error" => "not found" }
    end
  end

  test "a known path with another method is a JSON 404" do
    delete "/users"
    assert_json_response :not_found, { "error" => "not found" }
  end
end
