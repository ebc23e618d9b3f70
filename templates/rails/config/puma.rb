# Puma, the server behind `bin/rails server`. It stops gracefully on SIGTERM:
# it stops accepting connections and finishes the requests in flight.

# Threads per process; config/database.yml gives each its own connection.
threads_count = ENV.fetch("RAILS_MAX_THREADS", 5)
threads threads_count, threads_count

# $PORT, on every interface (`bin/rails server -b/-p` override these).
port ENV.fetch("PORT", 3000)

# Time limits: a client that opens a connection and sends nothing, or keeps
# an idle keep-alive connection, does not hold a thread forever.
first_data_timeout 30
persistent_timeout 20

# Allow puma to be restarted by `bin/rails restart` command.
plugin :tmp_restart
