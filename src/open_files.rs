//! The process's limit on open files: raised to the most it may be.
//!
//! ## Why
//! Every connection is an open file. Shells and service managers commonly
//! start processes with a soft limit of 1,024, far below the hard limit
//! the same process may raise it to (often 524,288 or more): at the soft
//! limit, a thousand connections that never finish their request (idle,
//! or sending their headers a byte at a time) make every `accept` fail
//! with "Too many open files", and new clients wait until the HTTP
//! server's header timeout closes some. Raising the soft limit to the hard
//! one, as servers such as nginx (`worker_rlimit_nofile`) and Go's runtime
//! (since Go 1.19) do, moves that point past what one attacker's
//! addresses can open. It is the first thing the process does
//! (`server::run_process`), before any file is opened.

/// Raises the soft limit on open files to the hard limit. A failure leaves
/// the limit as it was.
pub fn raise_open_files_limit() {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit writes one `rlimit` through the pointer given,
    // which points at a live, writable `rlimit`.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return;
    }
    if limit.rlim_cur < limit.rlim_max {
        let raised = libc::rlimit { rlim_cur: limit.rlim_max, ..limit };
        // SAFETY: setrlimit reads one `rlimit` through the pointer given.
        unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) };
    }
}
