//! A Rocket JSON API: health check, an in-memory user list and a book list.

#[macro_use]
extern crate rocket;

mod catchers;
mod errors;
mod models;
mod routes;

#[cfg(test)]
mod tests;

use std::net::Ipv4Addr;
use std::sync::Mutex;

use rocket::{Build, Config, Rocket};

use crate::models::UserStore;

/// The port to listen on: `$PORT`, or 8080.
fn port() -> u16 {
    match std::env::var("PORT") {
        Ok(value) => value
            .parse()
            .unwrap_or_else(|_| panic!("PORT must be a port number, got {value:?}")),
        Err(_) => 8080,
    }
}

/// Builds the application: state, routes and JSON error catchers.
#[launch]
fn rocket() -> Rocket<Build> {
    // Listen on 0.0.0.0:$PORT whatever Rocket.toml or ROCKET_* variables say.
    let figment = Config::figment()
        .merge(("address", Ipv4Addr::UNSPECIFIED))
        .merge(("port", port()));

    rocket::custom(figment)
        .manage(Mutex::new(UserStore::new()))
        .mount("/", routes::routes())
        .register("/", catchers::catchers())
}
