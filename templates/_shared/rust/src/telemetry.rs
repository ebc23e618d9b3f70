//! Logs: one JSON object per line on stdout, filtered by `RUST_LOG` (default `info`;
//! e.g. `RUST_LOG=debug`, or `RUST_LOG=info,sqlx=debug` to see every query). Lines are
//! written by a background thread, so a slow stdout never holds up a request.

use tracing::level_filters::LevelFilter;
use tracing_appender::non_blocking::{NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Keep the returned guard until the process ends: dropping it flushes the lines still queued.
pub fn init() -> WorkerGuard {
    // Not lossy: when the queue is full a request waits rather than its line being dropped.
    let (stdout, guard) = NonBlockingBuilder::default()
        .lossy(false)
        .finish(std::io::stdout());
    let default = Targets::new().with_default(LevelFilter::INFO);
    let rust_log = std::env::var("RUST_LOG").unwrap_or_default();
    let (filter, invalid) = match rust_log.parse::<Targets>() {
        _ if rust_log.is_empty() => (default, false),
        Ok(targets) => (targets, false),
        Err(_) => (default, true),
    };
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .json()
                .flatten_event(true)
                .with_current_span(false)
                .with_span_list(false)
                .with_writer(stdout),
        )
        .with(filter)
        .init();
    if invalid {
        tracing::warn!(rust_log, "RUST_LOG is not a valid filter; logging at info");
    }
    guard
}
