//! JSON-RPC over stdio, tolerant of malformed input.
//!
//! `lsp_server::Connection::stdio` ends its reader thread on the first malformed payload; an
//! editor extension that sends one bad message would then lose the server. This transport
//! reports a malformed payload as an event (answered with a JSON-RPC parse error) and keeps
//! reading. Messages themselves are `lsp_server::Message`.

use crossbeam_channel::{unbounded, Receiver};
use lsp_server::Message;
use std::io::{BufRead, Read, Write};

/// What the reader thread delivers.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// A payload that is not a JSON-RPC message: the reason, and the request id if one could
    /// be read.
    Malformed(String, Option<serde_json::Value>),
}

/// Largest message accepted (a whole file is sent on open).
pub const MAX_MESSAGE: usize = 64 * 1024 * 1024;

/// Reads one framed payload. `Ok(None)` at end of input.
pub fn read_payload(r: &mut impl BufRead) -> std::io::Result<Option<Result<Vec<u8>, String>>> {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let l = line.trim_end_matches(['\r', '\n']);
        if l.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        if let Some((k, v)) = l.split_once(':') {
            if k.trim().eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().ok();
            }
        }
    }
    let Some(n) = length else {
        return Ok(Some(Err("missing or invalid Content-Length header".into())));
    };
    if n > MAX_MESSAGE {
        // Drain it to stay in sync.
        std::io::copy(&mut r.take(n as u64), &mut std::io::sink())?;
        return Ok(Some(Err(format!("message of {n} bytes is over the limit"))));
    }
    let mut buf = vec![0u8; n];
    r.read_exact(&mut buf)?;
    Ok(Some(Ok(buf)))
}

/// Parses a payload into a message, or explains why it is not one.
pub fn parse(buf: &[u8]) -> Incoming {
    match serde_json::from_slice::<Message>(buf) {
        Ok(m) => Incoming::Message(m),
        Err(e) => {
            let id = serde_json::from_slice::<serde_json::Value>(buf)
                .ok()
                .and_then(|v| v.get("id").cloned());
            Incoming::Malformed(e.to_string(), id)
        }
    }
}

/// Spawns the reader thread on standard input.
pub fn stdin_reader() -> Receiver<Incoming> {
    let (tx, rx) = unbounded();
    std::thread::Builder::new()
        .name("parapet-lsp-reader".into())
        .spawn(move || {
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            loop {
                match read_payload(&mut input) {
                    Ok(None) | Err(_) => break,
                    Ok(Some(Err(e))) => {
                        if tx.send(Incoming::Malformed(e, None)).is_err() {
                            break;
                        }
                    }
                    Ok(Some(Ok(buf))) => {
                        let msg = parse(&buf);
                        let exit = matches!(&msg, Incoming::Message(Message::Notification(n)) if n.method == "exit");
                        if tx.send(msg).is_err() || exit {
                            break;
                        }
                    }
                }
            }
        })
        .ok();
    rx
}

/// Writes messages to standard output.
pub struct Writer<W: Write> {
    out: W,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W) -> Self {
        Writer { out }
    }

    pub fn send(&mut self, m: Message) {
        let _ = m.write(&mut self.out);
        let _ = self.out.flush();
    }

    /// A JSON-RPC error without a usable request id (`id: null`).
    pub fn send_raw_error(&mut self, id: Option<serde_json::Value>, code: i32, message: &str) {
        let body = serde_json::json!({
            "jsonrpc": "2.0",
            "id": id.unwrap_or(serde_json::Value::Null),
            "error": { "code": code, "message": message },
        })
        .to_string();
        let _ = write!(self.out, "Content-Length: {}\r\n\r\n{}", body.len(), body);
        let _ = self.out.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framing_survives_garbage() {
        let input = b"Content-Length: 5\r\n\r\n{bad}Content-Length: 52\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}garbage\r\n\r\n";
        let mut r = std::io::BufReader::new(&input[..]);
        let first = read_payload(&mut r).unwrap().unwrap().unwrap();
        assert!(matches!(parse(&first), Incoming::Malformed(..)));
        let second = read_payload(&mut r).unwrap().unwrap().unwrap();
        assert!(matches!(
            parse(&second),
            Incoming::Message(Message::Notification(_))
        ));
        assert!(read_payload(&mut r).unwrap().unwrap().is_err());
        assert!(read_payload(&mut r).unwrap().is_none());
    }
}
