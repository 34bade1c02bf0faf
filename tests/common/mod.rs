//! Test helpers: a local HTTP server that plays the GitHub REST API from recorded
//! request/response pairs, following GitHub's documented shapes.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// A request the fake received.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One scripted answer: matched by method and path prefix, used once, in order. `{url}` in a
/// header value is replaced by the server's own base URL (for `Link` pagination).
#[derive(Clone, Debug)]
pub struct Answer {
    pub method: &'static str,
    pub path: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

pub struct FakeGithub {
    pub url: String,
    pub requests: Arc<Mutex<Vec<Recorded>>>,
}

impl FakeGithub {
    /// Serves the answers (each once, first match) on 127.0.0.1; unknown requests get 404.
    pub fn start(answers: Vec<Answer>) -> FakeGithub {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let rec = requests.clone();
        let answers = Arc::new(Mutex::new(answers));
        let own = url.clone();
        std::thread::spawn(move || {
            // Bounded: a test makes a handful of requests.
            for stream in listener.incoming().take(64) {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    continue;
                }
                let mut parts = line.split_whitespace();
                let method = parts.next().unwrap_or("").to_string();
                let path = parts.next().unwrap_or("").to_string();
                let mut headers = Vec::new();
                let mut len = 0usize;
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 {
                        break;
                    }
                    let h = h.trim_end();
                    if h.is_empty() {
                        break;
                    }
                    if let Some((k, v)) = h.split_once(':') {
                        if k.eq_ignore_ascii_case("content-length") {
                            len = v.trim().parse().unwrap_or(0);
                        }
                        headers.push((k.trim().to_string(), v.trim().to_string()));
                    }
                }
                let mut body = vec![0; len];
                let _ = reader.read_exact(&mut body);
                let body = String::from_utf8_lossy(&body).to_string();
                rec.lock().unwrap().push(Recorded {
                    method: method.clone(),
                    path: path.clone(),
                    headers,
                    body,
                });
                let answer = {
                    let mut a = answers.lock().unwrap();
                    let i = a
                        .iter()
                        .position(|x| x.method == method && path.starts_with(&x.path));
                    i.map(|i| a.remove(i))
                };
                let (status, hdrs, body) = match answer {
                    Some(a) => (a.status, a.headers, a.body),
                    None => (404, vec![], r#"{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}"#.to_string()),
                };
                let mut resp = format!("HTTP/1.1 {status} X\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
                for (k, v) in hdrs {
                    // `{url}` in a scripted header stands for this server's address.
                    resp.push_str(&format!("{k}: {}\r\n", v.replace("{url}", &own)));
                }
                resp.push_str("\r\n");
                resp.push_str(&body);
                let _ = stream.write_all(resp.as_bytes());
            }
        });
        FakeGithub { url, requests }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

/// A comment as the "List issue comments" endpoint returns it.
pub fn comment(id: u64, body: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "node_id": "IC_kwDOA",
        "url": format!("https://api.github.com/repos/acme/infra/issues/comments/{id}"),
        "html_url": format!("https://github.com/acme/infra/pull/5#issuecomment-{id}"),
        "body": body,
        "user": { "login": "github-actions[bot]", "id": 41898282, "type": "Bot" },
        "created_at": "2026-11-01T10:00:00Z",
        "updated_at": "2026-11-01T10:00:00Z",
        "author_association": "NONE"
    })
}
