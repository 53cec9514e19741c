//! A small authoritative DNS server on loopback, for the domain
//! verification tests: answers TXT records it is told, NXDOMAIN for names
//! it does not know, and nothing at all for names it is told to ignore.

use hickory_proto::op::Message;
use hickory_proto::op::MessageType;
use hickory_proto::op::ResponseCode;
use hickory_proto::rr::rdata::TXT;
use hickory_proto::rr::RData;
use hickory_proto::rr::Record;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::Mutex;

/// How the server treats a name.
#[derive(Clone)]
pub enum Zone {
    /// Answer these TXT records.
    Txt(Vec<String>),
    /// Never answer (the resolver must time out).
    Silent,
}

pub struct DnsServer {
    pub addr: SocketAddr,
    zones: Arc<Mutex<HashMap<String, Zone>>>,
}

impl DnsServer {
    pub async fn start() -> DnsServer {
        let socket = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let addr = socket.local_addr().unwrap();
        let zones: Arc<Mutex<HashMap<String, Zone>>> = Arc::default();
        let served = Arc::clone(&zones);
        tokio::spawn(async move {
            let mut buffer = [0u8; 4096];
            while let Ok((len, peer)) = socket.recv_from(&mut buffer).await {
                let Ok(query) = Message::from_vec(&buffer[..len]) else {
                    continue;
                };
                let reply = answer(&query, &served.lock().unwrap());
                if let Some(reply) = reply {
                    let _ = socket.send_to(&reply, peer).await;
                }
            }
        });
        DnsServer { addr, zones }
    }

    /// Sets how `name` (no trailing dot) is answered.
    pub fn set(&self, name: &str, zone: Zone) {
        self.zones.lock().unwrap().insert(name.to_lowercase(), zone);
    }
}

fn answer(query: &Message, zones: &HashMap<String, Zone>) -> Option<Vec<u8>> {
    let question = query.queries.first()?;
    let name = question.name().to_ascii().trim_end_matches('.').to_lowercase();
    let mut reply =
        Message::response(query.metadata.id, query.metadata.op_code);
    reply.metadata.message_type = MessageType::Response;
    reply.metadata.authoritative = true;
    reply.metadata.recursion_desired = query.metadata.recursion_desired;
    reply.add_query(question.clone());
    match zones.get(&name) {
        Some(Zone::Silent) => return None,
        Some(Zone::Txt(texts)) => {
            for text in texts {
                let record = Record::from_rdata(
                    question.name().clone(),
                    60,
                    RData::TXT(TXT::new(vec![text.clone()])),
                );
                reply.add_answer(record);
            }
        }
        None => reply.metadata.response_code = ResponseCode::NXDomain,
    }
    reply.to_vec().ok()
}
