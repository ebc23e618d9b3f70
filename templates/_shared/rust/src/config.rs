//! Settings from the environment; `.env` in the working directory fills in what it does not set.

/// Reads `.env` if there is one; variables already set in the environment win.
pub fn load_dotenv() -> Result<(), String> {
    match dotenvy::from_path(".env") {
        Ok(()) => Ok(()),
        Err(err) if err.not_found() => Ok(()),
        Err(err) => Err(format!("reading .env: {err}")),
    }
}

/// The port to listen on: `$PORT`, or 8080.
pub fn port() -> Result<u16, String> {
    match std::env::var("PORT") {
        Ok(value) => value
            .parse()
            .map_err(|_| format!("PORT must be a port number, got {value:?}")),
        Err(_) => Ok(8080),
    }
}
