//! The server's log: one line per event on stderr, as JSON (for machines)
//! or as readable text (for people). Dropshot logs every request through
//! it (method, path, status, latency, request id); no secret is logged.

use slog::Drain;

/// Output format of the log.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum LogFormat {
    /// One JSON object per line.
    Json,
    /// Human-readable lines.
    Pretty,
}

/// A logger writing to stderr at info level and above.
pub fn logger(format: LogFormat) -> slog::Logger {
    match format {
        LogFormat::Json => root(
            slog_json::Json::new(std::io::stderr())
                .add_default_keys()
                .build()
                .fuse(),
        ),
        LogFormat::Pretty => {
            let decorator = slog_term::PlainDecorator::new(std::io::stderr());
            root(slog_term::FullFormat::new(decorator).build().fuse())
        }
    }
}

fn root<D>(drain: D) -> slog::Logger
where
    D: Drain<Ok = (), Err = slog::Never> + Send + 'static,
{
    let drain = slog_async::Async::new(drain).build().fuse();
    let drain = slog::LevelFilter::new(drain, slog::Level::Info).fuse();
    slog::Logger::root(drain, slog::o!("name" => "orgbase"))
}
