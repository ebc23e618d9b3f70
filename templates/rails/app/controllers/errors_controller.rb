class ErrorsController < ApplicationController
  # Any path no other route matches (see the catch-all in config/routes.rb).
  def not_found
    render_error "not found", :not_found
  end

  # A known path with a method it does not serve: the route names what it does.
  # Read from the route, not `params`, so that the body is never parsed.
  def method_not_allowed
    response.set_header("Allow", request.path_parameters[:allow])
    render_error "method not allowed", :method_not_allowed
  end

  # config.exceptions_app: an exception that escaped a controller. Rails has
  # set the path to "/<status>" (e.g. "/500") and the exception aside.
  def show
    status = request.path_info.delete_prefix("/").to_i
    status = 500 unless status.between?(400, 599)
    message = status == 404 ? "not found" : Rack::Utils::HTTP_STATUS_CODES.fetch(status, "error").downcase
    render_error message, status
  end
end
