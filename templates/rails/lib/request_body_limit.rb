# Answers a request body over the limit with a JSON 413 before Rails reads it:
# Puma accepts bodies of any size, and this API only takes small JSON objects.
class RequestBodyLimit
  LIMIT = 1024 * 1024

  def initialize(app, limit: LIMIT)
    @app = app
    @limit = limit
  end

  def call(env)
    return too_large if body_size(env) > @limit

    @app.call(env)
  end

  private

  # Content-Length when the client sent one; otherwise (chunked) what Puma buffered.
  def body_size(env)
    return env["CONTENT_LENGTH"].to_i if env["CONTENT_LENGTH"]

    input = env["rack.input"]
    input.respond_to?(:size) ? input.size.to_i : 0
  end

  def too_large
    [ 413, { "content-type" => "application/json; charset=utf-8" }, [ { error: "request body is larger than 1 MB" }.to_json ] ]
  end
end
