ENV["RAILS_ENV"] ||= "test"
require_relative "../config/environment"

# The tests' own database (config/database.yml `test`), never the development
# one: emptied, then brought up to date by the same migrations as `bin/rails
# db:prepare`, once per run. Each test then runs in a transaction that is
# rolled back, so every test starts from the seed rows.
ActiveRecord::Tasks::DatabaseTasks.purge(ActiveRecord::Base.configurations.configs_for(env_name: "test", name: "primary"))
ActiveRecord::Tasks::DatabaseTasks.prepare_all

require "rails/test_help"

module ActiveSupport
  class TestCase
    ALICE = { "id" => 1, "name" => "Alice" }.freeze

    def json_body
      ::JSON.parse(response.body)
    end

    def assert_json_response(status, expected)
      assert_response status
      assert_equal "application/json", response.media_type
      assert_equal expected, json_body
    end

    def assert_json_error(status)
      assert_response status
      assert_equal "application/json", response.media_type
      assert_kind_of String, json_body["error"]
    end
  end
end
