"""The API's data: the users and books tables every create-any-backend starter shares."""

from django.db import models


class User(models.Model):
    id = models.BigAutoField(primary_key=True)
    name = models.CharField(max_length=100)

    class Meta:
        db_table = "users"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class Book(models.Model):
    id = models.BigAutoField(primary_key=True)
    title = models.CharField(max_length=200)
    author = models.CharField(max_length=200)

    class Meta:
        db_table = "books"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.title} ({self.author})"
