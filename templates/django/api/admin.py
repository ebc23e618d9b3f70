from django.contrib import admin

from .models import Book, User


@admin.register(User)
class UserAdmin(admin.ModelAdmin[User]):
    list_display = ["id", "name"]
    search_fields = ["name"]


@admin.register(Book)
class BookAdmin(admin.ModelAdmin[Book]):
    list_display = ["id", "title", "author"]
    search_fields = ["title", "author"]
