class UsersController < ApplicationController
  # The largest id the users table can hold (a signed 64-bit integer).
  MAX_ID = (2**63) - 1

  # GET /users
  def index
    render json: User.order(:id)
  end

  # GET /users/:id
  def show
    id = params[:id]
    return render_error("id must be a positive integer", :bad_request) unless id.match?(/\A[1-9][0-9]*\z/)

    # An id past what the table can hold is simply not there.
    user = User.find_by(id: id.to_i) if id.to_i <= MAX_ID
    return render_error("user #{id} not found", :not_found) unless user

    render json: user
  end

  # POST /users {"name": "Bob"}
  def create
    unless request.media_type == "application/json"
      return render_error("Content-Type must be application/json", :unsupported_media_type)
    end

    body = json_object_body
    return render_error("body must be a JSON object", :bad_request) if body.nil?

    # Only "name" is read; other fields are ignored.
    user = User.new(body.slice("name"))
    return render_error(user.errors.full_messages.first, :bad_request) unless user.save

    render json: user, status: :created
  end

  private

  # The request body as a Hash, or nil when it is not a JSON object:
  # malformed, empty, nested too deep, an array, or a bare string, number or null.
  def json_object_body
    body = JSON.parse(request.raw_post)
    body if body.is_a?(Hash)
  rescue JSON::ParserError
    nil
  end
end
