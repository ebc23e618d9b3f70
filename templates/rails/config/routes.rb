Rails.application.routes.draw do
  get "health", to: "health#show"

  # GET /users, GET /users/:id, POST /users. The id constraint lets "1.5" reach
  # the controller (a 400), instead of being read as id "1" with format "5".
  resources :users, only: %i[index show create], format: false, constraints: { id: %r{[^/]+} }

  resources :books, only: :index, format: false

  # Any other path, with any method: a JSON 404.
  match "/", to: "errors#not_found", via: :all
  match "*path", to: "errors#not_found", via: :all, format: false
end
