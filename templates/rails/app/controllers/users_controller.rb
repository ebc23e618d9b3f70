class UsersController < ApplicationController
  # GET /users
  def index
    render json: store.all
  end

  # GET /users/:id
  def show
    id = params[:id]
    unless id.match?(/\A\d+\z/) && id.to_i.positive?
      return render_error("id must be a positive integer", :bad_request)
    end

    user = store.find(id.to_i)
    return render_error("user #{id} not found", :not_found) unless user

    render json: user
  end

  # POST /users {"name": "Bob"}
  def create
    body = json_object_body
    return render_error("body must be a JSON object", :bad_request) if body.nil?

    # Only "name" is read; other fields are ignored.
    user = User.new(body.slice("name"))
    return render_error(user.errors.full_messages.first, :bad_request) if user.invalid?

    render json: store.add(user), status: :created
  end

  private

  def store
    UserStore.instance
  end

  # The request body as a Hash, or nil when it is not a JSON object:
  # malformed, empty, an array, or a bare string, number or null.
  def json_object_body
    body = JSON.parse(request.raw_post)
    body if body.is_a?(Hash)
  rescue JSON::ParserError
    nil
  end
end
