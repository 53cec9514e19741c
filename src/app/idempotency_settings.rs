//! How many idempotency keys a user may hold, by default: a leaf, read by
//! the app (`idempotency`) and by the server's configuration.

/// How many keys a user may hold at once (each kept for a day), unless
/// configured (`--idempotency-keys-per-user`).
pub const KEYS_PER_USER_DEFAULT: u32 = 10_000;
