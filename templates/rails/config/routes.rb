Rails.application.routes.draw do
  # The id constraint lets "1.5" reach the controller (a 400) instead of being
  # read as id "1" with format "5".
  id = %r{[^/]+}

  get "health", to: "health#show"

  # GET /users, GET /users/:id, POST /users.
  resources :users, only: %i[index show create], format: false, constraints: { id: id }

  resources :books, only: :index, format: false

  # The same paths with any other method (TRACE included): 405 and an Allow header.
  match "health", to: "errors#method_not_allowed", via: :all, format: false, defaults: { allow: "GET" }
  match "users", to: "errors#method_not_allowed", via: :all, format: false, defaults: { allow: "GET, POST" }
  match "users/:id", to: "errors#method_not_allowed", via: :all, format: false, constraints: { id: id }, defaults: { allow: "GET" }
  match "books", to: "errors#method_not_allowed", via: :all, format: false, defaults: { allow: "GET" }

  # Any other path, with any method: a JSON 404.
  match "/", to: "errors#not_found", via: :all
  match "*path", to: "errors#not_found", via: :all, format: false
end
