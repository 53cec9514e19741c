//! The server's log: one line per event on stderr, as JSON (for machines)
//! or as readable text (for people). Dropshot logs every request through
//! it (method, path, status, latency, request id).
//!
//! No secret reaches the log: every line passes through
//! [`secrets::redact`] on its way to stderr, whatever wrote it (Dropshot's
//! request lines carry the URI with its query string, where PostHog's
//! clients may put a key; a library may print a URL with a password). The
//! filter sits on the output rather than on each log call so that a log
//! call added later cannot forget it.

use crate::secrets;
use slog::Drain;
use std::io::Write;

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
            slog_json::Json::new(RedactingWriter::new(std::io::stderr()))
                .add_default_keys()
                .build()
                .fuse(),
        ),
        LogFormat::Pretty => {
            let decorator = slog_term::PlainDecorator::new(
                RedactingWriter::new(std::io::stderr()),
            );
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

/// Writes whole lines to `inner`, each with its secrets blotted out. A
/// record may reach the writer in several pieces, so text is held until its
/// line ends (or the writer is flushed).
pub struct RedactingWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> RedactingWriter<W> {
    pub fn new(inner: W) -> RedactingWriter<W> {
        RedactingWriter { inner, pending: Vec::new() }
    }

    fn write_redacted(&mut self, line: &[u8]) -> std::io::Result<()> {
        let text = String::from_utf8_lossy(line);
        self.inner.write_all(secrets::redact(&text).as_bytes())
    }
}

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let before = self.pending.len();
        self.pending.extend_from_slice(bytes);
        // A line ends in what was just written, or it did not end: the
        // pending bytes before it hold no newline.
        if let Some(end) = bytes.iter().rposition(|b| *b == b'\n') {
            let lines: Vec<u8> = self.pending.drain(..=before + end).collect();
            self.write_redacted(&lines)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.write_redacted(&rest)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod test {
    use super::RedactingWriter;
    use std::io::Write;

    #[test]
    fn test_secret_split_across_writes_is_redacted() {
        let mut out = Vec::new();
        {
            let mut writer = RedactingWriter::new(&mut out);
            writer.write_all(b"uri=/x?personal_api_key=phx_ab").unwrap();
            writer.write_all(b"cdef&y=1\nnext ").unwrap();
            writer.write_all(b"phscim_zz\n").unwrap();
            writer.flush().unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains("abcdef") && !text.contains("zz"), "{text}");
        assert_eq!(text.lines().count(), 2);
    }
}
