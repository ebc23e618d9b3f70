"""In-memory data for the sample API.

It stands in for a database: each server process has its own copy, and it
starts over when the process restarts.
"""

import threading

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert"},
    {"title": "Neuromancer", "author": "William Gibson"},
]


class UserStore:
    def __init__(self):
        self._lock = threading.Lock()
        self.reset()

    def reset(self):
        with self._lock:
            self._users = [{"id": 1, "name": "Alice"}]
            self._next_id = 2

    def all(self):
        with self._lock:
            return [dict(user) for user in self._users]

    def get(self, user_id):
        with self._lock:
            for user in self._users:
                if user["id"] == user_id:
                    return dict(user)
        return None

    def add(self, name):
        with self._lock:
            user = {"id": self._next_id, "name": name}
            self._users.append(user)
            self._next_id += 1
            return dict(user)


users = UserStore()
