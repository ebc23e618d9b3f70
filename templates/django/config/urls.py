"""Root URL configuration: the api app's routes, and JSON error handlers."""

from django.urls import include, path

urlpatterns = [
    path("", include("api.urls")),
]

# Used when DEBUG is off: JSON bodies instead of Django's HTML error pages.
handler400 = "api.views.bad_request"
handler403 = "api.views.permission_denied"
handler404 = "api.views.page_not_found"
handler500 = "api.views.server_error"
