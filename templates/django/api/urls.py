from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("health", views.health, name="health"),
    path("users", views.user_list, name="user-list"),
    path("users/<str:user_id>", views.user_detail, name="user-detail"),
    path("books", views.book_list, name="book-list"),
]
