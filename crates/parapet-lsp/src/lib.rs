//! `parapet lsp`: diagnostics as you type, hover with the rule's documentation, and quick
//! actions to suppress a finding. The only crate that knows LSP types.
//!
//! A synchronous loop: messages are handled in order; analysis runs when the editor has been
//! quiet for [`DEBOUNCE`]. Terraform is analysed per module directory with the unsaved buffers
//! of that directory; YAML/JSON per file. A handler that fails or panics answers with an
//! error and the server carries on.

pub mod analysis;
pub mod convert;
pub mod transport;

use analysis::{Analysis, FileDiagnostics};
use convert::Encoding;
use crossbeam_channel::{Receiver, RecvTimeoutError};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Diagnostic,
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, Hover, HoverContents, HoverParams, InitializeParams, MarkupContent,
    MarkupKind, Position, PublishDiagnosticsParams, Range, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use transport::{Incoming, Writer};

/// Quiet time before analysing after the last change.
pub const DEBOUNCE: Duration = Duration::from_millis(120);

/// An open document.
#[derive(Clone, Debug)]
pub struct Doc {
    pub path: PathBuf,
    pub text: Arc<str>,
    pub version: i32,
}

pub struct Server<W: Write> {
    out: Writer<W>,
    pub docs: HashMap<PathBuf, Doc>,
    pub root: Option<PathBuf>,
    pub encoding: Encoding,
    pub analysis: Analysis,
    /// Paths whose analysis is due, and when the last change came.
    dirty: BTreeSet<PathBuf>,
    last_change: Option<Instant>,
    initialized: bool,
    shutdown: bool,
}

fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s.strip_prefix("file://")?;
    // file:///path or file://host/path (host ignored).
    let path = if rest.starts_with('/') {
        rest
    } else {
        &rest[rest.find('/')?..]
    };
    Some(PathBuf::from(percent_decode(path)))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}

pub fn path_to_uri(p: &Path) -> Uri {
    let mut s = String::from("file://");
    for b in p.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                s.push(b as char)
            }
            _ => s.push_str(&format!("%{b:02X}")),
        }
    }
    s.parse()
        .unwrap_or_else(|_| "file:///".parse().expect("a valid URI"))
}

fn is_supported(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|x| x.to_str()),
        Some("tf" | "yaml" | "yml" | "json" | "template")
    )
}

impl<W: Write> Server<W> {
    pub fn new(out: W) -> Self {
        Server {
            out: Writer::new(out),
            docs: HashMap::new(),
            root: None,
            encoding: Encoding::Utf16,
            analysis: Analysis::default(),
            dirty: BTreeSet::new(),
            last_change: None,
            initialized: false,
            shutdown: false,
        }
    }

    /// Runs until `exit` or the end of input. Returns the process exit code.
    pub fn run(&mut self, rx: Receiver<Incoming>) -> i32 {
        loop {
            let msg = if self.dirty.is_empty() {
                match rx.recv() {
                    Ok(m) => m,
                    Err(_) => return if self.shutdown { 0 } else { 1 },
                }
            } else {
                let waited = self.last_change.map(|t| t.elapsed()).unwrap_or(DEBOUNCE);
                let left = DEBOUNCE.saturating_sub(waited);
                match rx.recv_timeout(left) {
                    Ok(m) => m,
                    Err(RecvTimeoutError::Timeout) => {
                        self.analyze_dirty();
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => {
                        return if self.shutdown { 0 } else { 1 }
                    }
                }
            };
            match msg {
                Incoming::Malformed(why, id) => {
                    eprintln!("parapet lsp: malformed message: {why}");
                    self.out.send_raw_error(
                        id,
                        ErrorCode::ParseError as i32,
                        &format!("malformed message: {why}"),
                    );
                }
                Incoming::Message(Message::Request(req)) => self.request(req),
                Incoming::Message(Message::Notification(n)) => {
                    if n.method == "exit" {
                        return if self.shutdown { 0 } else { 1 };
                    }
                    self.notification(n);
                }
                Incoming::Message(Message::Response(_)) => {}
            }
        }
    }

    fn reply(&mut self, id: RequestId, result: Result<serde_json::Value, (ErrorCode, String)>) {
        let resp = match result {
            Ok(v) => Response::new_ok(id, v),
            Err((code, msg)) => Response::new_err(id, code as i32, msg),
        };
        self.out.send(Message::Response(resp));
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        if req.method == lsp_types::request::Initialize::METHOD {
            let r = self.initialize(req);
            self.reply(id, r);
            return;
        }
        if !self.initialized {
            self.reply(
                id,
                Err((ErrorCode::ServerNotInitialized, "initialize first".into())),
            );
            return;
        }
        if self.shutdown {
            self.reply(
                id,
                Err((
                    ErrorCode::InvalidRequest,
                    "the server is shutting down".into(),
                )),
            );
            return;
        }
        let method = req.method.clone();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.dispatch(req)));
        let result = match result {
            Ok(r) => r,
            Err(p) => {
                let what = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                eprintln!("parapet lsp: handler for {method} panicked: {what}");
                Err((
                    ErrorCode::InternalError,
                    format!("internal error in {method}: {what}"),
                ))
            }
        };
        self.reply(id, result);
    }

    fn dispatch(&mut self, req: Request) -> Result<serde_json::Value, (ErrorCode, String)> {
        let bad = |e: serde_json::Error| (ErrorCode::InvalidParams, e.to_string());
        match req.method.as_str() {
            "shutdown" => {
                self.shutdown = true;
                Ok(serde_json::Value::Null)
            }
            "textDocument/hover" => {
                let p: HoverParams = serde_json::from_value(req.params).map_err(bad)?;
                self.hover(p)
            }
            "textDocument/codeAction" => {
                let p: CodeActionParams = serde_json::from_value(req.params).map_err(bad)?;
                self.code_action(p)
            }
            // For tests of the server's resilience: a handler that panics.
            "parapet/panic" => panic!("requested panic"),
            other => Err((
                ErrorCode::MethodNotFound,
                format!("unknown method `{other}`"),
            )),
        }
    }

    fn initialize(&mut self, req: Request) -> Result<serde_json::Value, (ErrorCode, String)> {
        let p: InitializeParams = serde_json::from_value(req.params)
            .map_err(|e| (ErrorCode::InvalidParams, e.to_string()))?;
        let utf8 = p
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|v| v.iter().any(|e| e.as_str() == "utf-8"));
        self.encoding = if utf8 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        };
        #[allow(deprecated)]
        let root = p
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .and_then(|f| uri_to_path(&f.uri))
            .or_else(|| p.root_uri.as_ref().and_then(uri_to_path));
        self.root = root.clone();
        self.analysis.load_config(root.as_deref());
        self.initialized = true;
        Ok(serde_json::json!({
            "capabilities": {
                "positionEncoding": if utf8 { "utf-8" } else { "utf-16" },
                "textDocumentSync": { "openClose": true, "change": 2, "save": { "includeText": false } },
                "hoverProvider": true,
                "codeActionProvider": { "codeActionKinds": ["quickfix"] },
                "workspace": { "workspaceFolders": { "supported": true, "changeNotifications": true } },
            },
            "serverInfo": { "name": "parapet", "version": env!("CARGO_PKG_VERSION") },
        }))
    }

    fn notification(&mut self, n: Notification) {
        let method = n.method.clone();
        let r =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.handle_notification(n)));
        match r {
            Ok(Ok(())) => {}
            Ok(Err(e)) => eprintln!("parapet lsp: {method}: {e}"),
            Err(_) => eprintln!("parapet lsp: handler for {method} panicked"),
        }
    }

    fn handle_notification(&mut self, n: Notification) -> Result<(), String> {
        if !self.initialized {
            return Ok(());
        }
        let e = |e: serde_json::Error| e.to_string();
        match n.method.as_str() {
            lsp_types::notification::DidOpenTextDocument::METHOD => {
                let p: DidOpenTextDocumentParams = serde_json::from_value(n.params).map_err(e)?;
                let path = uri_to_path(&p.text_document.uri).ok_or("not a file URI")?;
                self.docs.insert(
                    path.clone(),
                    Doc {
                        path: path.clone(),
                        text: p.text_document.text.into(),
                        version: p.text_document.version,
                    },
                );
                self.touch(path);
            }
            lsp_types::notification::DidChangeTextDocument::METHOD => {
                let p: DidChangeTextDocumentParams = serde_json::from_value(n.params).map_err(e)?;
                let path = uri_to_path(&p.text_document.uri).ok_or("not a file URI")?;
                let enc = self.encoding;
                let doc = self
                    .docs
                    .get_mut(&path)
                    .ok_or("change for a document that is not open")?;
                let mut text = doc.text.to_string();
                for ch in p.content_changes {
                    match ch.range {
                        None => text = ch.text,
                        Some(r) => {
                            let a = convert::offset(&text, r.start, enc);
                            let b = convert::offset(&text, r.end, enc).max(a);
                            text.replace_range(a..b, &ch.text);
                        }
                    }
                }
                doc.text = text.into();
                doc.version = p.text_document.version;
                self.touch(path);
            }
            lsp_types::notification::DidSaveTextDocument::METHOD => {
                let p: DidSaveTextDocumentParams = serde_json::from_value(n.params).map_err(e)?;
                if let Some(path) = uri_to_path(&p.text_document.uri) {
                    self.touch(path);
                }
            }
            lsp_types::notification::DidCloseTextDocument::METHOD => {
                let p: DidCloseTextDocumentParams = serde_json::from_value(n.params).map_err(e)?;
                let path = uri_to_path(&p.text_document.uri).ok_or("not a file URI")?;
                self.docs.remove(&path);
                self.analysis.forget(&path);
                self.publish(&path, Vec::new(), None);
                // Other open files of the same module see the file on disk again.
                if path.extension().is_some_and(|x| x == "tf") {
                    if let Some(dir) = path.parent() {
                        let others: Vec<PathBuf> = self
                            .docs
                            .keys()
                            .filter(|p| p.parent() == Some(dir))
                            .cloned()
                            .collect();
                        for o in others {
                            self.touch(o);
                        }
                    }
                }
            }
            lsp_types::notification::DidChangeConfiguration::METHOD
            | lsp_types::notification::DidChangeWatchedFiles::METHOD
            | lsp_types::notification::DidChangeWorkspaceFolders::METHOD => {
                self.analysis.load_config(self.root.as_deref());
                let all: Vec<PathBuf> = self.docs.keys().cloned().collect();
                for p in all {
                    self.touch(p);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn touch(&mut self, path: PathBuf) {
        if is_supported(&path) {
            self.dirty.insert(path);
            self.last_change = Some(Instant::now());
        }
    }

    /// Analyses everything that changed and publishes the results.
    pub fn analyze_dirty(&mut self) {
        let dirty = std::mem::take(&mut self.dirty);
        let mut units: BTreeSet<PathBuf> = BTreeSet::new();
        for p in dirty {
            if p.extension().is_some_and(|x| x == "tf") {
                if let Some(d) = p.parent() {
                    units.insert(d.to_path_buf());
                }
            } else {
                units.insert(p);
            }
        }
        for unit in units {
            let overlay: HashMap<PathBuf, Arc<str>> = self
                .docs
                .values()
                .map(|d| (d.path.clone(), d.text.clone()))
                .collect();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                self.analysis
                    .analyze(&unit, self.root.as_deref(), &overlay, self.encoding)
            }));
            let files: Vec<FileDiagnostics> = match result {
                Ok(f) => f,
                Err(_) => {
                    eprintln!("parapet lsp: analysis of {} panicked", unit.display());
                    continue;
                }
            };
            for f in files {
                let version = self.docs.get(&f.path).map(|d| d.version);
                // Only files that are open, or that have diagnostics to show or clear.
                self.publish(&f.path, f.diagnostics, version);
            }
        }
    }

    fn publish(&mut self, path: &Path, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri: path_to_uri(path),
            diagnostics,
            version,
        };
        self.out.send(Message::Notification(Notification::new(
            lsp_types::notification::PublishDiagnostics::METHOD.to_string(),
            params,
        )));
    }

    fn hover(&mut self, p: HoverParams) -> Result<serde_json::Value, (ErrorCode, String)> {
        let path = uri_to_path(&p.text_document_position_params.text_document.uri)
            .ok_or((ErrorCode::InvalidParams, "not a file URI".to_string()))?;
        if !self.docs.contains_key(&path) {
            return Err((
                ErrorCode::InvalidParams,
                format!("{} is not open", path.display()),
            ));
        }
        let pos = p.text_document_position_params.position;
        let Some(d) = self.analysis.diagnostic_at(&path, pos) else {
            return Ok(serde_json::Value::Null);
        };
        let Some(entry) = d.code.as_ref().and_then(|c| match c {
            lsp_types::NumberOrString::String(s) => parapet_rules::find(s),
            _ => None,
        }) else {
            return Ok(serde_json::Value::Null);
        };
        let hover = Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: parapet_rules::docs::render(entry),
            }),
            range: Some(d.range),
        };
        serde_json::to_value(hover).map_err(|e| (ErrorCode::InternalError, e.to_string()))
    }

    fn code_action(
        &mut self,
        p: CodeActionParams,
    ) -> Result<serde_json::Value, (ErrorCode, String)> {
        let path = uri_to_path(&p.text_document.uri)
            .ok_or((ErrorCode::InvalidParams, "not a file URI".to_string()))?;
        let Some(doc) = self.docs.get(&path) else {
            return Err((
                ErrorCode::InvalidParams,
                format!("{} is not open", path.display()),
            ));
        };
        let is_json = path.extension().is_some_and(|x| x == "json");
        let mut actions: Vec<CodeActionOrCommand> = Vec::new();
        if is_json {
            // JSON has no comments; CloudFormation JSON takes Metadata instead (see the docs).
            return Ok(serde_json::json!(actions));
        }
        let lines: Vec<&str> = doc.text.lines().collect();
        let mut seen = BTreeSet::new();
        for d in self.analysis.diagnostics_in(&path, p.range) {
            let Some(lsp_types::NumberOrString::String(id)) = &d.code else {
                continue;
            };
            if parapet_rules::find(id).is_none() {
                continue;
            }
            let mut targets = vec![(d.range.start.line, "this line")];
            if let Some(h) = d
                .data
                .as_ref()
                .and_then(|v| v.get("resource_line"))
                .and_then(|v| v.as_u64())
            {
                if h as u32 != d.range.start.line {
                    targets.push((h as u32, "this resource"));
                }
            }
            for (line, what) in targets {
                if !seen.insert((id.clone(), line)) {
                    continue;
                }
                let text = lines.get(line as usize).copied().unwrap_or("");
                let indent: String = text.chars().take_while(|c| c.is_whitespace()).collect();
                let insert = format!(
                    "{indent}# parapet:ignore {id} reason=\"TODO: why this risk is accepted\"\n"
                );
                let edit = TextEdit {
                    range: Range::new(Position::new(line, 0), Position::new(line, 0)),
                    new_text: insert,
                };
                #[allow(clippy::mutable_key_type)]
                let mut changes = HashMap::new();
                changes.insert(p.text_document.uri.clone(), vec![edit]);
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Suppress {id} for {what} (parapet:ignore)"),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![d.clone()]),
                    edit: Some(WorkspaceEdit {
                        changes: Some(changes),
                        ..Default::default()
                    }),
                    ..Default::default()
                }));
            }
        }
        serde_json::to_value(actions).map_err(|e| (ErrorCode::InternalError, e.to_string()))
    }
}

/// Runs the server on standard input and output.
pub fn run_stdio() -> i32 {
    let rx = transport::stdin_reader();
    let stdout = std::io::stdout();
    let mut server = Server::new(stdout.lock());
    server.run(rx)
}
