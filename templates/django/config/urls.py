"""Root URL configuration: the admin, the api app's routes, JSON error handlers."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("api.urls")),
]

# Used when DEBUG is off: JSON bodies instead of Django's HTML error pages.
handler400 = "api.views.bad_request"
handler403 = "api.views.permission_denied"
handler404 = "api.views.page_not_found"
handler500 = "api.views.server_error"
