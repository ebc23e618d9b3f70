//! Catchers: every error Rocket produces itself is answered with a JSON body.

use rocket::http::{Header, Status};
use rocket::serde::json::Json;
use rocket::{Request, Responder};

use crate::errors::ErrorBody;
use crate::models::{MSG_INTERNAL, MSG_METHOD_NOT_ALLOWED, MSG_NOT_FOUND};
use crate::routes::allow_for;

pub fn catchers() -> Vec<rocket::Catcher> {
    catchers![not_found, unknown_method, internal_error, default]
}

/// A known path asked with a method it does not serve.
#[derive(Responder)]
#[response(status = 405)]
pub struct MethodNotAllowed {
    body: Json<ErrorBody>,
    allow: Header<'static>,
}

/// Rocket routes by method and path together, so a wrong method on a known path also
/// lands here: that is a 405 listing the methods the path serves.
#[catch(404)]
fn not_found(req: &Request<'_>) -> Result<MethodNotAllowed, Json<ErrorBody>> {
    match allow_for(req.uri().path().as_str()) {
        Some(allow) => Ok(MethodNotAllowed {
            body: ErrorBody::json(MSG_METHOD_NOT_ALLOWED),
            allow: Header::new("Allow", allow),
        }),
        None => Err(ErrorBody::json(MSG_NOT_FOUND)),
    }
}

/// Rocket knows nine methods; any other (QUERY, PROPFIND, ...) is a 400 it hands to the catchers
/// without routing the request. On a known path that is a 405 listing the methods the path serves.
/// A 400 a route gave (its request was routed) and Rocket's 400 for a URI it cannot parse (it
/// reads as "/", no known path) stay a 400.
#[catch(400)]
fn unknown_method(req: &Request<'_>) -> Result<MethodNotAllowed, (Status, Json<ErrorBody>)> {
    match (req.route(), allow_for(req.uri().path().as_str())) {
        (None, Some(allow)) => Ok(MethodNotAllowed {
            body: ErrorBody::json(MSG_METHOD_NOT_ALLOWED),
            allow: Header::new("Allow", allow),
        }),
        _ => Err((
            Status::BadRequest,
            ErrorBody::json(Status::BadRequest.reason_lossy().to_lowercase()),
        )),
    }
}

#[catch(500)]
fn internal_error() -> Json<ErrorBody> {
    ErrorBody::json(MSG_INTERNAL)
}

/// Any other status Rocket answers itself (a malformed request, ...): its reason phrase, in
/// lower case.
#[catch(default)]
fn default(status: Status, _req: &Request<'_>) -> (Status, Json<ErrorBody>) {
    (
        status,
        ErrorBody::json(status.reason_lossy().to_lowercase()),
    )
}
