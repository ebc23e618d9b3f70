//! A Rocket JSON API on a database: health check, users and books.
//!
//! `server` migrates the database, then serves on `$PORT`; `server migrate` only migrates;
//! `server healthcheck` asks a running server for `/health` (the Docker HEALTHCHECK).

#[macro_use]
extern crate rocket;

mod catchers;
mod config;
mod db;
mod errors;
mod healthcheck;
mod models;
mod request_log;
mod routes;
mod telemetry;

#[cfg(test)]
mod test_db;
#[cfg(test)]
mod tests;

use std::net::Ipv4Addr;
use std::process::ExitCode;

use rocket::config::{LogLevel, Shutdown};
use rocket::data::{Limits, ToByteUnit};
use rocket::fairing::AdHoc;
use rocket::figment::providers::{Env, Format, Toml};
use rocket::figment::{Figment, Profile};
use rocket::{Build, Config, Rocket};

use crate::db::Pool;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[rocket::main]
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

    // Listen on 0.0.0.0:$PORT whatever Rocket.toml or ROCKET_ADDRESS/ROCKET_PORT say.
    let figment = config()
        .merge(("address", Ipv4Addr::UNSPECIFIED))
        .merge(("port", port));
    let launched = app(pool.clone())
        .configure(figment)
        .attach(AdHoc::on_liftoff("Listening", |rocket| {
            Box::pin(async move { tracing::info!(port = rocket.config().port, "listening") })
        }))
        .launch()
        .await;
    pool.close().await;
    launched.map_err(|err| err.to_string())?;
    tracing::info!("stopped");
    Ok(())
}

/// Rocket's configuration: this app's defaults, then Rocket.toml and ROCKET_* variables as usual.
fn config() -> Figment {
    let defaults = Config {
        // Requests and errors are logged as JSON through tracing (src/request_log.rs) instead.
        log_level: LogLevel::Off,
        limits: Limits::default().limit("json", 1.mebibytes()),
        // Idle keep-alive connections are closed after 5 s. On SIGTERM or Ctrl-C, requests
        // in flight get 5 s (grace), then connections 2 s more (mercy) before being closed.
        keep_alive: 5,
        shutdown: Shutdown {
            grace: 5,
            mercy: 2,
            ..Shutdown::default()
        },
        ..Config::default()
    };
    Figment::from(defaults)
        .merge(Toml::file(Env::var_or("ROCKET_CONFIG", "Rocket.toml")).nested())
        .merge(Env::prefixed("ROCKET_").ignore(&["PROFILE"]).global())
        .select(Profile::from_env_or(
            "ROCKET_PROFILE",
            Config::DEFAULT_PROFILE,
        ))
}

/// The application on this pool: routes, JSON error catchers and the request log.
fn app(pool: Pool) -> Rocket<Build> {
    rocket::custom(config())
        .manage(pool)
        .mount("/", routes::routes())
        .register("/", catchers::catchers())
        .attach(request_log::RequestLog)
}
