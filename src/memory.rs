//! The process's memory: no transparent huge pages.
//!
//! ## Why
//! mimalloc (the allocator of the binary and of the load benchmark) asks
//! the kernel to back its regions with huge pages (`madvise(MADV_HUGEPAGE)`),
//! and where transparent huge pages are enabled for `madvise` or `always`
//! (the default of Debian and most distributions), the first touch
//! anywhere in 2 MiB maps and zeroes all of it. orgbase's heap is many small
//! records, so that mostly maps memory nobody uses: on a store of 100,000
//! organizations, a server just started held 89 MiB against 43 MiB
//! without huge pages, and the first start on a store of 1,000,000
//! organizations spent a fifth of its time zeroing huge pages (2.1 s to
//! answer, against 1.4 s without). The book's "How it is built" has the
//! benchmark's figures.
//!
//! The setting is the process's own (`PR_SET_THP_DISABLE`): the machine's
//! is left as it is. It holds for every page touched after it, so it is
//! the first thing the process does (`server::run_process`).

/// Turns transparent huge pages off for this process. A kernel without
/// the setting (before Linux 3.15) keeps them, which changes nothing but
/// memory.
pub fn disable_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE reads no memory of the caller's; it sets
    // one flag of the calling process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
