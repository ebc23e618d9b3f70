//! Catchers: every error Rocket produces itself is answered with a JSON body.

use rocket::http::{Header, Method, Status};
use rocket::serde::json::Json;
use rocket::{Request, Responder};

use crate::errors::ErrorBody;

pub fn catchers() -> Vec<rocket::Catcher> {
    catchers![
        bad_request,
        not_found,
        unprocessable_entity,
        internal_error,
        default
    ]
}

/// A known path asked with a method it does not serve.
#[derive(Responder)]
#[response(status = 405)]
pub struct MethodNotAllowed {
    body: Json<ErrorBody>,
    allow: Header<'static>,
}

#[catch(400)]
fn bad_request() -> Json<ErrorBody> {
    ErrorBody::json("bad request")
}

/// Rocket routes by method and path together, so a wrong method on a known path also
/// lands here: that is a 405 listing the methods the path serves.
#[catch(404)]
fn not_found(req: &Request<'_>) -> Result<MethodNotAllowed, Json<ErrorBody>> {
    let allowed = allowed_methods(req);
    if allowed.is_empty() {
        return Err(ErrorBody::json("not found"));
    }
    let allow = allowed
        .iter()
        .map(|method| method.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    Ok(MethodNotAllowed {
        body: ErrorBody::json("method not allowed"),
        allow: Header::new("Allow", allow),
    })
}

#[catch(422)]
fn unprocessable_entity() -> Json<ErrorBody> {
    ErrorBody::json("unprocessable entity")
}

#[catch(500)]
fn internal_error() -> Json<ErrorBody> {
    ErrorBody::json("internal server error")
}

/// Any other status (413, ...): its reason phrase, in lower case.
#[catch(default)]
fn default(status: Status, _req: &Request<'_>) -> (Status, Json<ErrorBody>) {
    (
        status,
        ErrorBody::json(status.reason_lossy().to_lowercase()),
    )
}

/// The methods of the mounted routes whose path matches the request's; HEAD where GET is
/// served, since Rocket answers HEAD with the GET route.
fn allowed_methods(req: &Request<'_>) -> Vec<Method> {
    let path: Vec<&str> = req.uri().path().segments().collect();
    let mut methods: Vec<Method> = req
        .rocket()
        .routes()
        .filter(|route| path_matches(route.uri.path(), &path))
        .map(|route| route.method)
        .collect();
    if methods.contains(&Method::Get) {
        methods.push(Method::Head);
    }
    methods.sort_by_key(|method| method.as_str());
    methods.dedup();
    methods
}

/// Whether a route path (`/users/<id>`, `/files/<path..>`) matches these request segments.
fn path_matches(pattern: &str, path: &[&str]) -> bool {
    let mut rest = path.iter();
    for part in pattern.split('/').filter(|part| !part.is_empty()) {
        if part.starts_with('<') && part.ends_with("..>") {
            return true;
        }
        match rest.next() {
            Some(segment) if part.starts_with('<') || part == *segment => {}
            _ => return false,
        }
    }
    rest.next().is_none()
}
