//! The language server driven over stdio by a scripted client, as an editor would.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

struct Client {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    next_id: i64,
    /// Notifications seen while waiting for something else.
    backlog: Vec<Value>,
}

fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut len = 0usize;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some(v) = l.strip_prefix("Content-Length:") {
            len = v.trim().parse().ok()?;
        }
    }
    let mut buf = vec![0; len];
    r.read_exact(&mut buf).ok()?;
    serde_json::from_slice(&buf).ok()
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("parapet"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(m) = read_message(&mut r) {
                if tx.send(m).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            rx,
            next_id: 1,
            backlog: Vec::new(),
        }
    }

    fn raw(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.raw(&json!({"jsonrpc": "2.0", "method": method, "params": params}).to_string());
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.raw(
            &json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}).to_string(),
        );
        self.wait(|m| m["id"] == json!(id))
    }

    fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let m = self
                .rx
                .recv_timeout(left)
                .expect("the server answered in time");
            if pred(&m) {
                return m;
            }
            self.backlog.push(m);
        }
    }

    /// The next diagnostics published for `uri` that satisfy `pred`.
    fn diagnostics(&mut self, uri: &str, pred: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let m = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && pred(m["params"]["diagnostics"].as_array().unwrap())
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }
}

fn uri(p: &std::path::Path) -> String {
    format!("file://{}", p.display())
}

fn codes(d: &[Value]) -> Vec<String> {
    d.iter()
        .map(|x| x["code"].as_str().unwrap_or("").to_string())
        .collect()
}

const MAIN: &str = "resource \"aws_security_group\" \"admin\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = var.cidrs\n  }\n}\n";
const VARS: &str = "variable \"cidrs\" {\n  default = [\"10.0.0.0/8\"]\n}\n";

#[test]
fn editing_session() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let main = root.join("main.tf");
    let vars = root.join("variables.tf");
    std::fs::write(&main, MAIN).unwrap();
    std::fs::write(&vars, VARS).unwrap();
    let (main_uri, vars_uri) = (uri(&main), uri(&vars));

    let mut c = Client::start();
    let init = c.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(&root), "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
               "workspaceFolders": [{"uri": uri(&root), "name": "w"}]}),
    );
    assert_eq!(init["result"]["capabilities"]["hoverProvider"], true);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    c.notify("initialized", json!({}));

    c.notify("textDocument/didOpen", json!({"textDocument": {"uri": main_uri, "languageId": "terraform", "version": 1, "text": MAIN}}));
    c.notify("textDocument/didOpen", json!({"textDocument": {"uri": vars_uri, "languageId": "terraform", "version": 1, "text": VARS}}));
    let d = c.diagnostics(&main_uri, |_| true);
    assert!(!codes(&d).contains(&"AWS-EC2-001".to_string()), "{d:?}");

    // Change the variable in another, unsaved file: the finding appears in main.tf.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": vars_uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 1, "character": 14}, "end": {"line": 1, "character": 24}}, "text": "0.0.0.0/0"}]}),
    );
    let d = c.diagnostics(&main_uri, |d| !d.is_empty());
    assert!(codes(&d).contains(&"AWS-EC2-001".to_string()), "{d:?}");
    let d: Vec<Value> = d
        .into_iter()
        .filter(|x| x["code"] == "AWS-EC2-001")
        .collect();
    assert_eq!(d[0]["range"]["start"], json!({"line": 5, "character": 4}));
    assert_eq!(d[0]["severity"], 1);
    assert!(d[0]["codeDescription"]["href"]
        .as_str()
        .unwrap()
        .ends_with("AWS-EC2-001.md"));

    // Hover on it shows the rule's documentation.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": main_uri}, "position": {"line": 5, "character": 10}}),
    );
    let md = h["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        md.contains("Security group admits SSH from the whole internet"),
        "{md}"
    );
    assert!(md.contains("## How to fix it"));

    // A half-typed block does not wipe the findings of the rest of the file.
    let broken = format!("{MAIN}resource \"aws_s3_bucket\" \"x\" {{\n");
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": main_uri, "version": 2}, "contentChanges": [{"text": broken}]}));
    let d = c.diagnostics(&main_uri, |d| codes(d).contains(&"parse-error".to_string()));
    assert!(codes(&d).contains(&"AWS-EC2-001".to_string()), "{d:?}");
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": main_uri, "version": 3}, "contentChanges": [{"text": MAIN}]}));
    let d = c.diagnostics(&main_uri, |d| {
        !codes(d).contains(&"parse-error".to_string())
            && codes(d).contains(&"AWS-EC2-001".to_string())
    });
    let d: Vec<Value> = d
        .into_iter()
        .filter(|x| x["code"] == "AWS-EC2-001")
        .collect();

    // The quick action inserts a suppression; applying it clears the diagnostic.
    let a = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": main_uri}, "range": d[0]["range"], "context": {"diagnostics": d}}),
    );
    let actions = a["result"].as_array().unwrap();
    assert!(actions.len() >= 2, "{actions:?}");
    let edit = &actions[0]["edit"]["changes"][&main_uri][0];
    assert_eq!(edit["range"]["start"], json!({"line": 5, "character": 0}));
    let insert = edit["newText"].as_str().unwrap();
    assert!(
        insert.starts_with("    # parapet:ignore AWS-EC2-001 reason="),
        "{insert}"
    );
    let mut lines: Vec<&str> = MAIN.lines().collect();
    lines.insert(5, insert.trim_end_matches('\n'));
    let fixed = lines.join("\n") + "\n";
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": main_uri, "version": 4}, "contentChanges": [{"text": fixed}]}));
    c.diagnostics(&main_uri, |d| {
        !codes(d).contains(&"AWS-EC2-001".to_string())
    });

    // Garbage, unknown methods, unopened documents and a panicking handler: all answered.
    c.raw("{this is not json");
    let e = c.wait(|m| m["error"]["code"] == -32700);
    assert!(e["id"].is_null());
    let e = c.request("workspace/noSuchMethod", json!({}));
    assert_eq!(e["error"]["code"], -32601);
    let e = c.request("textDocument/hover", json!({"textDocument": {"uri": uri(&root.join("closed.tf"))}, "position": {"line": 0, "character": 0}}));
    assert_eq!(e["error"]["code"], -32602);
    let e = c.request("parapet/panic", json!({}));
    assert_eq!(e["error"]["code"], -32603);
    let e = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": main_uri}, "position": {"line": 0}}),
    );
    assert_eq!(e["error"]["code"], -32602, "bad params: {e}");
    // Still alive and well.
    let h = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": main_uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(h["result"].is_null());

    // Closing clears the file's diagnostics.
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": main_uri, "version": 5}, "contentChanges": [{"text": MAIN}]}));
    c.diagnostics(&main_uri, |d| codes(d).contains(&"AWS-EC2-001".to_string()));
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": main_uri}}),
    );
    c.diagnostics(&main_uri, |d| d.is_empty());

    let s = c.request("shutdown", Value::Null);
    assert!(s["result"].is_null());
    c.notify("exit", Value::Null);
    let status = c.child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn yaml_documents_and_utf8_positions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let t = root.join("stack.yaml");
    let text = "AWSTemplateFormatVersion: '2010-09-09'\nDescription: \"é😀\"\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n";
    let mut c = Client::start();
    let init = c.request("initialize", json!({"processId": null, "rootUri": uri(&root), "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    c.notify("initialized", json!({}));
    // Never saved: the buffer is all there is.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri(&t), "languageId": "yaml", "version": 1, "text": text}}),
    );
    let d = c.diagnostics(&uri(&t), |d| !d.is_empty());
    let enc = d
        .iter()
        .find(|x| x["code"] == "AWS-S3-001")
        .expect("the encryption finding");
    assert_eq!(enc["range"]["start"], json!({"line": 3, "character": 2}));
    let _ = c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    assert_eq!(c.child.wait().unwrap().code(), Some(0));
}
