//! Data types and the in-memory user store.

use rocket::serde::Serialize;
use rocket::serde::json::Value;

/// Longest accepted user name, in characters.
pub const MAX_NAME_CHARS: usize = 100;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(crate = "rocket::serde")]
pub struct User {
    pub id: u64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(crate = "rocket::serde")]
pub struct Book {
    pub title: &'static str,
    pub author: &'static str,
}

pub const BOOKS: [Book; 2] = [
    Book {
        title: "Dune",
        author: "Frank Herbert",
    },
    Book {
        title: "Neuromancer",
        author: "William Gibson",
    },
];

/// Users live in memory, per process; ids start at 1 and grow by 1.
#[derive(Debug)]
pub struct UserStore {
    users: Vec<User>,
    next_id: u64,
}

impl UserStore {
    /// A store holding the seed user, Alice.
    pub fn new() -> Self {
        let mut store = UserStore {
            users: Vec::new(),
            next_id: 1,
        };
        store.add("Alice".to_string());
        store
    }

    pub fn all(&self) -> &[User] {
        &self.users
    }

    pub fn get(&self, id: u64) -> Option<&User> {
        self.users.iter().find(|user| user.id == id)
    }

    pub fn add(&mut self, name: String) -> User {
        let user = User {
            id: self.next_id,
            name,
        };
        self.next_id += 1;
        self.users.push(user.clone());
        user
    }
}

/// Checks a `POST /users` body and returns the name to store, exactly as sent.
pub fn validate_new_user(body: &Value) -> Result<String, &'static str> {
    let object = body.as_object().ok_or("body must be a JSON object")?;
    let name = match object.get("name") {
        None => return Err("name is required"),
        Some(Value::String(name)) => name,
        Some(_) => return Err("name must be a string"),
    };
    if name.trim().is_empty() {
        return Err("name must not be empty");
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err("name must be at most 100 characters");
    }
    Ok(name.clone())
}
