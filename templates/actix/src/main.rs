//! An Actix Web JSON API: health check, an in-memory user list and a book list.

mod errors;
mod handlers;
mod models;

#[cfg(test)]
mod tests;

use std::sync::Mutex;

use actix_web::{App, HttpServer, web};

use crate::models::UserStore;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port = match std::env::var("PORT") {
        Ok(value) => value.parse::<u16>().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("PORT must be a port number, got {value:?}"),
            )
        })?,
        Err(_) => 8080,
    };

    // One store for the whole process, shared by every worker thread.
    let store = web::Data::new(Mutex::new(UserStore::new()));

    println!("listening on http://0.0.0.0:{port}");
    HttpServer::new(move || {
        App::new()
            .app_data(store.clone())
            .configure(handlers::configure)
    })
    .bind(("0.0.0.0", port))?
    .run()
    .await
}
