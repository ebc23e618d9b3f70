//! Logs every request once it is answered: method, path, status and duration.

use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Data, Request, Response};

pub struct RequestLog;

/// When the request arrived, kept in the request's local cache.
struct Started(Instant);

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "Request log",
            kind: Kind::Request | Kind::Response,
        }
    }

    async fn on_request(&self, req: &mut Request<'_>, _: &mut Data<'_>) {
        req.local_cache(|| Started(Instant::now()));
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        let Started(started) = req.local_cache(|| Started(Instant::now()));
        tracing::info!(
            method = %req.method(),
            path = %req.uri().path(),
            status = res.status().code,
            duration_ms = started.elapsed().as_micros() as f64 / 1000.0,
            "request"
        );
    }
}
