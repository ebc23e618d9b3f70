//! An Actix Web JSON API on a database: health check, users and books.
//!
//! `server` migrates the database, then serves on `$PORT`; `server migrate` only migrates;
//! `server healthcheck` asks a running server for `/health` (the Docker HEALTHCHECK).

mod config;
mod db;
mod errors;
mod handlers;
mod healthcheck;
mod models;
mod telemetry;

#[cfg(test)]
mod test_db;
#[cfg(test)]
mod tests;

use std::process::ExitCode;
use std::time::Duration;

use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[actix_web::main]
async fn main() -> ExitCode {
    if let Err(err) = config::load_dotenv() {
        eprintln!("{err}");
        return ExitCode::FAILURE;
    }
    telemetry::init();
    let command = std::env::args().nth(1);
    let result = match command.as_deref() {
        None | Some("serve") => serve().await,
        Some("migrate") => migrate().await,
        Some("healthcheck") => config::port()
            .and_then(healthcheck::run)
            .map_err(Into::into),
        Some(other) => Err(format!(
            "unknown command {other:?}: use serve (the default), migrate or healthcheck"
        )
        .into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(error = %err, "exiting");
            ExitCode::FAILURE
        }
    }
}

/// Brings the schema up to date, and stops.
async fn migrate() -> Result<(), BoxError> {
    let pool = db::connect(&db::database_url()).await?;
    db::migrate(&pool).await?;
    pool.close().await;
    tracing::info!("database schema is up to date");
    Ok(())
}

/// Brings the schema up to date, then serves until SIGTERM or Ctrl-C.
async fn serve() -> Result<(), BoxError> {
    let port = config::port()?;
    let pool = db::connect(&db::database_url()).await?;
    db::migrate(&pool).await?;

    let data = web::Data::new(pool.clone());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .wrap(from_fn(handlers::log_request))
            .configure(handlers::configure)
    })
    // A client gets 5 s to send its request head, 5 s idle between keep-alive requests.
    .client_request_timeout(Duration::from_secs(5))
    .client_disconnect_timeout(Duration::from_secs(1))
    .keep_alive(Duration::from_secs(5))
    // On SIGTERM, requests in flight get 5 s to finish (Ctrl-C stops at once).
    .shutdown_timeout(5)
    .bind(("0.0.0.0", port))?
    .run();

    tracing::info!(port, "listening");
    server.await?;
    pool.close().await;
    tracing::info!("stopped");
    Ok(())
}
