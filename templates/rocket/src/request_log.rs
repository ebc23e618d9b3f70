//! Gives every request an id (the client's `X-Request-Id` when sane, else a new UUID), echoes
//! it, and logs one JSON line once the request is answered: method, path, status, duration.
//! No header is logged, so credentials (`Authorization`, `Cookie`, ...) never reach the log.

use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::{Data, Request, Response};
use uuid::Uuid;

use crate::models::{REQUEST_ID_HEADER, sane_request_id};

pub struct RequestLog;

/// When the request arrived and its id, kept in the request's local cache.
struct Started {
    at: Instant,
    id: String,
}

fn started<'a>(req: &'a Request<'_>) -> &'a Started {
    req.local_cache(|| Started {
        at: Instant::now(),
        id: req
            .headers()
            .get_one(REQUEST_ID_HEADER)
            .and_then(sane_request_id)
            .map_or_else(|| Uuid::new_v4().to_string(), str::to_owned),
    })
}

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "Request log",
            kind: Kind::Request | Kind::Response,
        }
    }

    async fn on_request(&self, req: &mut Request<'_>, _: &mut Data<'_>) {
        started(req);
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        let Started { at, id } = started(req);
        res.set_header(Header::new(REQUEST_ID_HEADER, id.clone()));
        let status = res.status().code;
        let duration_ms = at.elapsed().as_micros() as f64 / 1000.0;
        let (method, path) = (req.method(), req.uri().path());
        if status >= 500 {
            tracing::error!(request_id = %id, method = %method, path = %path, status, duration_ms, "request");
        } else {
            tracing::info!(request_id = %id, method = %method, path = %path, status, duration_ms, "request");
        }
    }
}
