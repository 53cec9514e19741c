//! Invitation emails, sent over SMTP when `--smtp-url` is configured.
//!
//! Sending happens after the invite is stored and before the response, and
//! is bounded in time: a slow or failing mail server delays the response
//! by at most [`SEND_TIMEOUT`] and never fails it (the failure is logged;
//! `emailing_attempt_made` records that sending was tried).

use crate::store::records::InviteRecord;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::AsyncSmtpTransport;
use lettre::AsyncTransport;
use lettre::Message;
use lettre::Tokio1Executor;
use std::time::Duration;

/// Longest wait for the mail server.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(10);

/// Sends orgbase's emails, or says that it cannot.
#[derive(Clone)]
pub struct Mailer {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
}

impl Mailer {
    /// A mailer for `smtp_url` (`smtp://host:port`, optionally with
    /// `user:password@`), or one that sends nothing when it is `None`.
    pub fn new(smtp_url: Option<&str>, from: &str) -> anyhow::Result<Mailer> {
        let from: Mailbox = from.parse().map_err(|e| {
            anyhow::anyhow!("invalid sender address {from:?}: {e}")
        })?;
        let transport = smtp_url.map(smtp_transport).transpose()?;
        Ok(Mailer { transport, from })
    }

    /// Whether an SMTP server is configured.
    pub fn is_configured(&self) -> bool {
        self.transport.is_some()
    }

    /// Emails an invitation to its target. Errors are described, not
    /// raised: the invite stands either way.
    pub async fn send_invite(
        &self,
        invite: &InviteRecord,
        organization_name: &str,
        inviter: &str,
    ) -> Result<(), String> {
        let Some(transport) = &self.transport else {
            return Err("no SMTP server is configured".to_string());
        };
        let to: Mailbox = invite
            .target_email
            .parse()
            .map_err(|e| format!("bad address: {e}"))?;
        let mut body = format!(
            "{inviter} invited you to join {organization_name}.\n\n\
             To accept, sign in and send POST /api/signup/{id}/ \
             (invite id {id}). The invite is valid for 3 days.\n",
            id = invite.id,
        );
        if let Some(message) = &invite.message {
            body.push_str(&format!("\nMessage from {inviter}:\n\n{message}\n"));
        }
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(format!(
                "{inviter} invited you to join {organization_name}"
            ))
            .body(body)
            .map_err(|e| format!("cannot build the message: {e}"))?;
        match tokio::time::timeout(SEND_TIMEOUT, transport.send(email)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(error)) => Err(error.to_string()),
            Err(_) => Err("the mail server did not answer in time".to_string()),
        }
    }
}

/// A plain-SMTP transport for `smtp://[user:password@]host[:port]`
/// (default port 25). Without TLS: meant for a relay on the same host or
/// network.
fn smtp_transport(
    url: &str,
) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
    let invalid = || {
        anyhow::anyhow!("invalid SMTP URL {url:?}: expected smtp://[user:password@]host[:port]")
    };
    let rest = url.strip_prefix("smtp://").ok_or_else(invalid)?;
    let rest = rest.trim_end_matches('/');
    let (credentials, address) = match rest.rsplit_once('@') {
        Some((credentials, address)) => (Some(credentials), address),
        None => (None, rest),
    };
    let (host, port) = match address.rsplit_once(':') {
        Some((host, port)) => {
            (host, port.parse::<u16>().map_err(|_| invalid())?)
        }
        None => (address, 25),
    };
    if host.is_empty() {
        return Err(invalid());
    }
    let mut builder =
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(SEND_TIMEOUT));
    if let Some(credentials) = credentials {
        let (user, password) =
            credentials.split_once(':').unwrap_or((credentials, ""));
        builder = builder.credentials(Credentials::new(
            user.to_string(),
            password.to_string(),
        ));
    }
    Ok(builder.build())
}
