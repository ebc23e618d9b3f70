import Config

# Do not print debug messages in production.
config :logger, level: :info

# Runtime production configuration (PORT, SECRET_KEY_BASE) is in config/runtime.exs.
