class ApplicationController < ActionController::API
  # Handlers read top-level JSON fields themselves: no {"user": {...}} wrapping.
  wrap_parameters false

  # A body that is not valid JSON, or a required parameter that is missing,
  # when an action reads `params`: 400 with a JSON error, never an HTML page.
  rescue_from ActionDispatch::Http::Parameters::ParseError, ActionController::BadRequest do
    render_error "body must be a JSON object", :bad_request
  end

  rescue_from ActionController::ParameterMissing do |error|
    render_error "#{error.param} is required", :bad_request
  end

  private

  def render_error(message, status)
    render json: { error: message }, status: status
  end
end
