require "active_support/core_ext/integer/time"

Rails.application.configure do
  # Code is not reloaded between requests.
  config.enable_reloading = false

  # Eager load code on boot for better performance and memory savings (ignored by Rake tasks).
  config.eager_load = true

  # Errors are rendered by config.exceptions_app, without internals.
  config.consider_all_requests_local = false

  # Log to STDOUT: one JSON line per request (lograge, config/application.rb),
  # which carries the request id itself.
  config.logger   = ActiveSupport::TaggedLogging.logger(STDOUT)
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")

  # Don't log any deprecations.
  config.active_support.report_deprecations = false

  # This API keeps no sessions or cookies, so a key made at boot is enough
  # unless you set SECRET_KEY_BASE (do so once you sign or encrypt anything).
  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE") { SecureRandom.hex(64) }
end
