require "active_support/core_ext/integer/time"

Rails.application.configure do
  # Reload code on every request after a change, without restarting the server.
  config.enable_reloading = true

  # Do not eager load code on boot.
  config.eager_load = false

  # Show full error reports (as JSON, since this is an API-only app).
  config.consider_all_requests_local = true

  # Enable server timing.
  config.server_timing = true

  # Print deprecation notices to the Rails logger.
  config.active_support.deprecation = :log

  # Raise error when a before_action's only/except options reference missing actions.
  config.action_controller.raise_on_missing_callback_actions = true
end
