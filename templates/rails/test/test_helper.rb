ENV["RAILS_ENV"] ||= "test"
require_relative "../config/environment"
require "rails/test_help"

module ActiveSupport
  class TestCase
    ALICE = { "id" => 1, "name" => "Alice" }.freeze

    # Every test starts from the seed list.
    setup { UserStore.instance.reset! }

    def json_body
      ::JSON.parse(response.body)
    end

    def assert_json_response(status, expected)
      assert_response status
      assert_equal "application/json", response.media_type
      assert_equal expected, json_body
    end
  end
end
