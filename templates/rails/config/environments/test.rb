# The test environment is used exclusively to run your application's
# test suite. You never need to work with it otherwise.

Rails.application.configure do
  config.enable_reloading = false

  # Eager loading loads your entire application. When running a single test locally,
  # this is usually not necessary, and can slow down your test suite. However, it's
  # recommended that you enable it in continuous integration systems to ensure eager
  # loading is working properly before deploying your code.
  config.eager_load = ENV["CI"].present?

  # Render exception templates for rescuable exceptions and raise for other exceptions.
  config.consider_all_requests_local = true
  config.action_dispatch.show_exceptions = :rescuable

  # Print deprecation notices to the stderr.
  config.active_support.deprecation = :stderr

  # Raise error when a before_action's only/except options reference missing actions.
  config.action_controller.raise_on_missing_callback_actions = true
end
