require "test_helper"

class HealthControllerTest < ActionDispatch::IntegrationTest
  test "GET /health is ok" do
    get "/health"
    assert_json_response :ok, { "status" => "ok" }
  end
end
