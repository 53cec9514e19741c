//! A small authoritative DNS server on loopback, for the domain
//! verification, proxy record and webhook tests: answers the TXT, CNAME,
//! CAA or address records it is told (a CNAME for every type asked, as a real server
//! does; other records only for their own type), NXDOMAIN for names it
//! does not know, and nothing at all for names it is told to ignore.

use hickory_proto::op::Message;
use hickory_proto::op::MessageType;
use hickory_proto::op::ResponseCode;
use hickory_proto::rr::rdata::CAA;
use hickory_proto::rr::rdata::CNAME;
use hickory_proto::rr::rdata::TXT;
use hickory_proto::rr::Name;
use hickory_proto::rr::RData;
use hickory_proto::rr::Record;
use hickory_proto::rr::RecordType;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::Mutex;

/// How the server treats a name.
#[derive(Clone)]
pub enum Zone {
    /// Answer these TXT records.
    Txt(Vec<String>),
    /// An alias of this name.
    Cname(String),
    /// CAA `issue` records naming these certificate authorities.
    CaaIssue(Vec<String>),
    /// These addresses (A and AAAA records).
    Addresses(Vec<std::net::IpAddr>),
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
    let asked = question.query_type();
    let data: Vec<RData> = match zones.get(&name) {
        Some(Zone::Silent) => return None,
        Some(Zone::Txt(texts)) if asked == RecordType::TXT => texts
            .iter()
            .map(|text| RData::TXT(TXT::new(vec![text.clone()])))
            .collect(),
        Some(Zone::Cname(target)) => {
            vec![RData::CNAME(CNAME(Name::from_ascii(target).unwrap()))]
        }
        Some(Zone::CaaIssue(issuers)) if asked == RecordType::CAA => issuers
            .iter()
            .map(|issuer| {
                let issuer = Name::from_ascii(issuer).unwrap();
                RData::CAA(CAA::new_issue(false, Some(issuer), Vec::new()))
            })
            .collect(),
        Some(Zone::Addresses(addresses)) => addresses
            .iter()
            .filter_map(|address| match (address, asked) {
                (std::net::IpAddr::V4(v4), RecordType::A) => {
                    Some(RData::A((*v4).into()))
                }
                (std::net::IpAddr::V6(v6), RecordType::AAAA) => {
                    Some(RData::AAAA((*v6).into()))
                }
                _ => None,
            })
            .collect(),
        // The name exists, without records of this type.
        Some(_) => Vec::new(),
        None => {
            reply.metadata.response_code = ResponseCode::NXDomain;
            Vec::new()
        }
    };
    for data in data {
        reply.add_answer(Record::from_rdata(question.name().clone(), 60, data));
    }
    reply.to_vec().ok()
}
