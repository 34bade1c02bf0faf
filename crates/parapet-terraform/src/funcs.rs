//! Terraform's built-in functions, evaluated offline.
//!
//! [`call`] evaluates one function on [`Val`]s. A result that cannot be known without running
//! Terraform (it depends on the clock, on randomness, or on an unknown argument) comes back as
//! [`Val::Unknown`]; an error that Terraform itself would raise comes back as `Err` with a
//! message for the user. Nothing here panics on user data, and every output is bounded.

use crate::val::{fmt_num, Unk, Val};
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::Engine as _;
use indexmap::IndexMap;
use sha2::Digest as _;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

/// Largest string (in bytes) a function may build.
const MAX_OUT: usize = 16 << 20;
/// Largest number of elements `setproduct` (and `yamldecode`) may build.
const MAX_ELEMS: usize = 1_000_000;
/// Largest number of values `range` may generate (Terraform's own limit).
const MAX_RANGE: usize = 1024;
/// Largest width in a `format` verb.
const MAX_WIDTH: usize = 10_000;
/// Largest precision in a `format` verb.
const MAX_PRECISION: usize = 1_000;

/// What a function call may need from its surroundings.
#[derive(Clone, Copy, Debug)]
pub struct FuncCtx<'a> {
    /// Directory of the module being evaluated (for `path.module`-relative file reads).
    pub module_dir: &'a Path,
    /// The scan root: file reads must stay inside it (canonicalize both and compare), else Err.
    pub root: &'a Path,
    /// Largest file `file()` may read, in bytes.
    pub max_file_size: u64,
}

type R = Result<Val, String>;

/// How the error of a file function refused to read outside the scan root ends: the evaluator
/// reports the attributes whose values it left unknown.
pub const OUTSIDE_ROOT: &str = "is outside the scanned directory; files outside it are not read";

static NULL: Val = Val::Null;

/// Calls a Terraform built-in. `Ok(Val::Unknown)` when the result cannot be known offline
/// (an argument is unknown, or the function depends on time/randomness like timestamp(), uuid(), bcrypt()).
/// `Err(message)` for a real error Terraform would also raise (wrong types, bad arguments) — the message
/// is shown to the user.
/// An unknown function name returns Ok(Val::Unknown) with reason "function `foo` is not supported offline".
pub fn call(name: &str, args: Vec<Val>, ctx: &FuncCtx) -> Result<Val, String> {
    let a = A { name, args: &args };
    match name {
        "try" | "can" | "templatefile" => Err("internal: handled by the evaluator".to_string()),

        // Numbers.
        "abs" => num1(&a, f64::abs),
        "ceil" => num1(&a, f64::ceil),
        "floor" => num1(&a, f64::floor),
        "signum" => num1(&a, |x| {
            if x > 0.0 {
                1.0
            } else if x < 0.0 {
                -1.0
            } else {
                0.0
            }
        }),
        "log" => num2(&a, |x, b| x.ln() / b.ln()),
        "pow" => num2(&a, f64::powf),
        "max" => min_max(&a, f64::max),
        "min" => min_max(&a, f64::min),
        "parseint" => parseint(&a),
        "sum" => sum(&a),

        // Strings.
        "chomp" => str1(&a, |s| s.trim_end_matches(['\r', '\n']).to_string()),
        "lower" => str1(&a, |s| s.chars().map(simple_lower).collect()),
        "upper" => str1(&a, |s| s.chars().map(simple_upper).collect()),
        "strrev" => str1(&a, |s| graphemes(s).into_iter().rev().collect()),
        "title" => str1(&a, title),
        "trimspace" => str1(&a, |s| s.trim().to_string()),
        "trim" => str2(&a, |s, cut| s.trim_matches(|c| cut.contains(c)).to_string()),
        "trimprefix" => str2(&a, |s, p| s.strip_prefix(p).unwrap_or(s).to_string()),
        "trimsuffix" => str2(&a, |s, p| s.strip_suffix(p).unwrap_or(s).to_string()),
        "startswith" => str2_bool(&a, |s, p| s.starts_with(p)),
        "endswith" => str2_bool(&a, |s, p| s.ends_with(p)),
        "strcontains" => str2_bool(&a, |s, p| s.contains(p)),
        "format" => format_fn(&a),
        "formatlist" => formatlist(&a),
        "indent" => indent(&a),
        "join" => join(&a),
        "regex" => regex_fn(&a, false),
        "regexall" => regex_fn(&a, true),
        "replace" => replace(&a),
        "split" => split(&a),
        "substr" => substr(&a),

        // Collections.
        "alltrue" => all_any(&a, true),
        "anytrue" => all_any(&a, false),
        "chunklist" => chunklist(&a),
        "coalesce" => coalesce(&a),
        "coalescelist" => coalescelist(&a),
        "compact" => compact(&a),
        "concat" => concat(&a),
        "contains" => contains(&a),
        "distinct" => distinct(&a),
        "element" => element(&a),
        "flatten" => flatten(&a),
        "index" => index(&a),
        "keys" => keys_values(&a, true),
        "values" => keys_values(&a, false),
        "length" => length(&a),
        "lookup" => lookup(&a),
        "matchkeys" => matchkeys(&a),
        "merge" => merge(&a),
        "one" => one(&a),
        "range" => range(&a),
        "reverse" => reverse(&a),
        "setintersection" => set_op(&a, SetOp::Intersection),
        "setsubtract" => set_op(&a, SetOp::Subtract),
        "setunion" => set_op(&a, SetOp::Union),
        "setproduct" => setproduct(&a),
        "slice" => slice(&a),
        "sort" => sort(&a),
        "transpose" => transpose(&a),
        "zipmap" => zipmap(&a),

        // Encoding.
        "base64encode" => str1(&a, |s| STANDARD.encode(s.as_bytes())),
        "base64decode" => base64decode(&a),
        "csvdecode" => csvdecode(&a),
        "jsondecode" => jsondecode(&a),
        "jsonencode" => jsonencode(&a),
        "urlencode" => str1(&a, urlencode),
        "yamldecode" => yamldecode(&a),
        "yamlencode" => not_offline(&a, 1, 1, "yamlencode is not evaluated offline"),
        "base64gzip" => not_offline(&a, 1, 1, "base64gzip is not evaluated offline"),

        // Filesystem.
        "abspath" => abspath(&a, ctx),
        "basename" => str1(&a, go_base),
        "dirname" => str1(&a, go_dir),
        "pathexpand" => pathexpand(&a),
        "file" => file(&a, ctx),
        "fileexists" => fileexists(&a, ctx),
        "filebase64" => file_bytes_fn(&a, ctx, |b| STANDARD.encode(b)),
        "filemd5" => file_bytes_fn(&a, ctx, |b| hex(&md5::Md5::digest(b))),
        "filesha1" => file_bytes_fn(&a, ctx, |b| hex(&sha1::Sha1::digest(b))),
        "filesha256" => file_bytes_fn(&a, ctx, |b| hex(&sha2::Sha256::digest(b))),
        "filesha512" => file_bytes_fn(&a, ctx, |b| hex(&sha2::Sha512::digest(b))),
        "filebase64sha256" => file_bytes_fn(&a, ctx, |b| STANDARD.encode(sha2::Sha256::digest(b))),
        "filebase64sha512" => file_bytes_fn(&a, ctx, |b| STANDARD.encode(sha2::Sha512::digest(b))),
        "fileset" => not_offline(&a, 2, 2, "fileset is not evaluated offline"),

        // Hashing and crypto.
        "md5" => str1(&a, |s| hex(&md5::Md5::digest(s.as_bytes()))),
        "sha1" => str1(&a, |s| hex(&sha1::Sha1::digest(s.as_bytes()))),
        "sha256" => str1(&a, |s| hex(&sha2::Sha256::digest(s.as_bytes()))),
        "sha512" => str1(&a, |s| hex(&sha2::Sha512::digest(s.as_bytes()))),
        "base64sha256" => str1(&a, |s| STANDARD.encode(sha2::Sha256::digest(s.as_bytes()))),
        "base64sha512" => str1(&a, |s| STANDARD.encode(sha2::Sha512::digest(s.as_bytes()))),
        "uuidv5" => uuidv5(&a),
        "uuid" => not_offline(&a, 0, 0, "uuid() returns a new random value on every run"),
        "bcrypt" => not_offline(&a, 1, 2, "bcrypt() uses a random salt on every run"),
        "timestamp" => not_offline(&a, 0, 0, "timestamp() depends on the time of the run"),
        "plantimestamp" => not_offline(&a, 0, 0, "plantimestamp() depends on the time of the plan"),
        "timeadd" => not_offline(&a, 2, 2, "timeadd is not evaluated offline"),

        // IP networks.
        "cidrhost" => cidrhost(&a),
        "cidrnetmask" => cidrnetmask(&a),
        "cidrsubnet" => cidrsubnet(&a),
        "cidrsubnets" => cidrsubnets(&a),

        // Types.
        "tobool" => tobool(&a),
        "tonumber" => tonumber(&a),
        "tostring" => tostring(&a),
        "tolist" => tolist(&a),
        "tomap" => tomap(&a),
        "toset" => toset(&a),
        "sensitive" | "nonsensitive" => {
            a.arity(1, 1)?;
            Ok(a.get(0).clone())
        }
        "type" => not_offline(
            &a,
            1,
            1,
            "type() is only meaningful in the Terraform console",
        ),
        "issensitive" => not_offline(&a, 1, 1, "sensitivity is not tracked offline"),

        _ => Ok(Val::unknown(format!(
            "function `{name}` is not supported offline"
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Arguments, conversions and unknowns.

/// One call's name and arguments, with checked accessors that produce user-facing errors.
struct A<'a> {
    name: &'a str,
    args: &'a [Val],
}

impl<'a> A<'a> {
    fn get(&self, i: usize) -> &'a Val {
        self.args.get(i).unwrap_or(&NULL)
    }

    fn rest(&self, from: usize) -> &'a [Val] {
        self.args.get(from..).unwrap_or(&[])
    }

    fn err(&self, msg: impl std::fmt::Display) -> String {
        format!("{}: {msg}", self.name)
    }

    fn arg_err(&self, i: usize, msg: impl std::fmt::Display) -> String {
        if self.args.len() == 1 {
            format!("{}: argument {msg}", self.name)
        } else {
            format!("{}: argument {} {msg}", self.name, i + 1)
        }
    }

    fn arity(&self, min: usize, max: usize) -> Result<(), String> {
        let n = self.args.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let s = |k: usize| if k == 1 { "" } else { "s" };
        let want = if min == max {
            format!("{min} argument{}", s(min))
        } else if max == usize::MAX {
            format!("at least {min} argument{}", s(min))
        } else {
            format!("{min} to {max} arguments")
        };
        Err(self.err(format!("expected {want}, got {n}")))
    }

    /// Unknown if any argument is or contains an unknown.
    fn deep(&self) -> Option<Val> {
        unknown_in(self.args.iter().map(|v| (v, true)))
    }

    /// Unknown if any argument is itself unknown (values inside are carried along).
    fn shallow(&self) -> Option<Val> {
        unknown_in(self.args.iter().map(|v| (v, false)))
    }

    /// Unknown per argument: `(index, deep)`.
    fn unk(&self, spec: &[(usize, bool)]) -> Option<Val> {
        unknown_in(spec.iter().map(|&(i, deep)| (self.get(i), deep)))
    }

    fn str(&self, i: usize) -> Result<String, String> {
        to_str(self.get(i)).map_err(|e| self.arg_err(i, e))
    }

    fn num(&self, i: usize) -> Result<f64, String> {
        to_num(self.get(i)).map_err(|e| self.arg_err(i, e))
    }

    fn int(&self, i: usize) -> Result<i64, String> {
        to_int(self.get(i)).map_err(|e| self.arg_err(i, e))
    }

    fn int128(&self, i: usize) -> Result<i128, String> {
        to_i128(self.get(i)).map_err(|e| self.arg_err(i, e))
    }

    fn list(&self, i: usize) -> Result<&'a [Val], String> {
        match self.get(i) {
            Val::List(l) => Ok(l),
            Val::Null => Err(self.arg_err(i, "must not be null")),
            v => Err(self.arg_err(
                i,
                format!("must be a list, set or tuple, got {}", v.type_name()),
            )),
        }
    }

    fn map(&self, i: usize) -> Result<&'a IndexMap<String, Val>, String> {
        match self.get(i) {
            Val::Map(m) => Ok(m),
            Val::Null => Err(self.arg_err(i, "must not be null")),
            v => Err(self.arg_err(i, format!("must be a map or object, got {}", v.type_name()))),
        }
    }
}

/// The unknowns among `items` (each checked deeply or only at the top), merged into one whose
/// refs are those of all of them.
fn unknown_in<'v>(items: impl IntoIterator<Item = (&'v Val, bool)>) -> Option<Val> {
    let mut found: Option<Unk> = None;
    for (v, deep) in items {
        let u = match v {
            Val::Unknown(u) => Some(u.clone()),
            _ if deep => v.first_unknown(),
            _ => None,
        };
        if let Some(u) = u {
            match &mut found {
                None => found = Some(u),
                Some(f) => {
                    for r in u.refs {
                        if !f.refs.contains(&r) {
                            f.refs.push(r);
                        }
                    }
                }
            }
        }
    }
    found.map(Val::Unknown)
}

macro_rules! bail_unknown {
    ($e:expr) => {
        if let Some(u) = $e {
            return Ok(u);
        }
    };
}

fn not_offline(a: &A, min: usize, max: usize, reason: &str) -> R {
    a.arity(min, max)?;
    Ok(Val::unknown(reason))
}

/// Terraform's conversion to string: numbers and bools convert.
fn to_str(v: &Val) -> Result<String, String> {
    match v {
        Val::Str(s) => Ok(s.clone()),
        Val::Num(n) => Ok(fmt_num(*n)),
        Val::Bool(b) => Ok(b.to_string()),
        Val::Null => Err("must not be null".into()),
        v => Err(format!("must be a string, got {}", v.type_name())),
    }
}

/// Terraform's conversion to number: strings holding a decimal number convert.
fn to_num(v: &Val) -> Result<f64, String> {
    match v {
        Val::Num(n) => Ok(*n),
        Val::Str(s) => {
            parse_num(s).ok_or_else(|| format!("must be a number, got the string {}", preview(s)))
        }
        Val::Null => Err("must not be null".into()),
        v => Err(format!("must be a number, got {}", v.type_name())),
    }
}

fn to_i128(v: &Val) -> Result<i128, String> {
    let n = to_num(v)?;
    if !n.is_finite() || n.fract() != 0.0 {
        return Err(format!("must be a whole number, got {}", fmt_num(n)));
    }
    if n.abs() > 2f64.powi(126) {
        return Err(format!("is too large ({})", fmt_num(n)));
    }
    Ok(n as i128)
}

fn to_int(v: &Val) -> Result<i64, String> {
    let n = to_i128(v)?;
    i64::try_from(n).map_err(|_| format!("is too large ({n})"))
}

fn to_bool(v: &Val) -> Result<bool, String> {
    match v {
        Val::Bool(b) => Ok(*b),
        Val::Str(s) if s == "true" => Ok(true),
        Val::Str(s) if s == "false" => Ok(false),
        Val::Null => Err("must not be null".into()),
        Val::Str(s) => Err(format!("must be a bool, got the string {}", preview(s))),
        v => Err(format!("must be a bool, got {}", v.type_name())),
    }
}

/// A decimal number as Terraform writes it: no whitespace, no `inf`/`nan`, no hex.
fn parse_num(s: &str) -> Option<f64> {
    let ok_chars = s
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'));
    if !ok_chars || !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A short, quoted rendering of user text for error messages.
fn preview(s: &str) -> String {
    let mut t: String = s.chars().take(60).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    format!("{t:?}")
}

fn too_large(a: &A) -> String {
    a.err(format!("the result would be larger than {MAX_OUT} bytes"))
}

/// Structural equality as Terraform's `==`: values of different types are not equal.
fn val_eq(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Null, Val::Null) => true,
        (Val::Bool(x), Val::Bool(y)) => x == y,
        (Val::Num(x), Val::Num(y)) => x == y,
        (Val::Str(x), Val::Str(y)) => x == y,
        (Val::List(x), Val::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| val_eq(p, q))
        }
        (Val::Map(x), Val::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| val_eq(v, w)))
        }
        _ => false,
    }
}

/// A string that is equal for equal values (for deduplication).
fn canon(v: &Val) -> String {
    let mut out = String::new();
    // Lenient mode never fails.
    let _ = write_json(v, &mut out, false, false);
    out
}

/// When a collection mixes strings, numbers and bools, Terraform unifies them to strings.
fn unify_primitives(items: &mut [Val]) {
    let mut kinds = 0u8;
    for v in items.iter() {
        match v {
            Val::Str(_) => kinds |= 1,
            Val::Num(_) => kinds |= 2,
            Val::Bool(_) => kinds |= 4,
            Val::List(_) | Val::Map(_) => return,
            Val::Null | Val::Unknown(_) => {}
        }
    }
    if kinds.count_ones() < 2 {
        return;
    }
    for v in items.iter_mut() {
        if matches!(v, Val::Num(_) | Val::Bool(_)) {
            if let Some(s) = v.as_string() {
                *v = Val::Str(s);
            }
        }
    }
}

fn prim_cmp(a: &Val, b: &Val) -> Ordering {
    match (a, b) {
        (Val::Str(x), Val::Str(y)) => x.cmp(y),
        (Val::Num(x), Val::Num(y)) => x.total_cmp(y),
        (Val::Bool(x), Val::Bool(y)) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

/// A Terraform set: deduplicated, sorted when its elements are all strings, all numbers or all
/// bools. Elements that contain unknowns are kept (after the known ones), not deduplicated.
fn make_set(items: Vec<Val>) -> Vec<Val> {
    let mut items = items;
    unify_primitives(&mut items);
    let (mut known, unknown): (Vec<Val>, Vec<Val>) =
        items.into_iter().partition(|v| !v.contains_unknown());
    let mut seen = HashSet::new();
    known.retain(|v| seen.insert(canon(v)));
    let same_prim = known.windows(2).all(|w| {
        matches!(
            (&w[0], &w[1]),
            (Val::Str(_), Val::Str(_)) | (Val::Num(_), Val::Num(_)) | (Val::Bool(_), Val::Bool(_))
        )
    }) && known
        .first()
        .is_none_or(|v| matches!(v, Val::Str(_) | Val::Num(_) | Val::Bool(_)));
    if same_prim {
        known.sort_by(prim_cmp);
    }
    known.extend(unknown);
    known
}

// ---------------------------------------------------------------------------------------------
// Numbers.

fn num1(a: &A, f: impl Fn(f64) -> f64) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    Ok(Val::Num(f(a.num(0)?)))
}

fn num2(a: &A, f: impl Fn(f64, f64) -> f64) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    Ok(Val::Num(f(a.num(0)?, a.num(1)?)))
}

fn min_max(a: &A, f: fn(f64, f64) -> f64) -> R {
    a.arity(1, usize::MAX)?;
    bail_unknown!(a.deep());
    let mut acc = a.num(0)?;
    for i in 1..a.args.len() {
        acc = f(acc, a.num(i)?);
    }
    Ok(Val::Num(acc))
}

fn parseint(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    let base = a.int(1)?;
    if !(2..=62).contains(&base) {
        return Err(a.arg_err(1, "must be a whole number between 2 and 62 inclusive"));
    }
    let bad = || {
        a.err(format!(
            "cannot parse {} as a base {base} integer",
            preview(&s)
        ))
    };
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    if digits.is_empty() {
        return Err(bad());
    }
    let mut acc = 0f64;
    for c in digits.chars() {
        let d = match c {
            '0'..='9' => c as i64 - '0' as i64,
            'a'..='z' => c as i64 - 'a' as i64 + 10,
            'A'..='Z' if base <= 36 => c as i64 - 'A' as i64 + 10,
            'A'..='Z' => c as i64 - 'A' as i64 + 36,
            _ => return Err(bad()),
        };
        if d >= base {
            return Err(bad());
        }
        acc = acc * base as f64 + d as f64;
    }
    if !acc.is_finite() {
        return Err(a.err(format!("{} is too large", preview(&s))));
    }
    Ok(Val::Num(if neg { -acc } else { acc }))
}

fn sum(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let l = a.list(0)?;
    if l.is_empty() {
        return Err(a.err("cannot sum an empty list"));
    }
    let mut total = 0.0;
    for (i, v) in l.iter().enumerate() {
        total += to_num(v).map_err(|e| a.err(format!("element {i} {e}")))?;
    }
    Ok(Val::Num(total))
}

// ---------------------------------------------------------------------------------------------
// Strings.

fn str1(a: &A, f: impl Fn(&str) -> String) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    Ok(Val::Str(f(&a.str(0)?)))
}

fn str2(a: &A, f: impl Fn(&str, &str) -> String) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    Ok(Val::Str(f(&a.str(0)?, &a.str(1)?)))
}

fn str2_bool(a: &A, f: impl Fn(&str, &str) -> bool) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    Ok(Val::Bool(f(&a.str(0)?, &a.str(1)?)))
}

/// Go's simple (one character to one character) case mapping.
fn simple_upper(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

fn simple_lower(c: char) -> char {
    let mut u = c.to_lowercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// Go's `strings.Title`: the first letter of each word in upper case.
fn title(s: &str) -> String {
    let is_sep = |c: char| {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else if c.is_alphanumeric() {
            false
        } else {
            c.is_whitespace()
        }
    };
    let mut prev = ' ';
    s.chars()
        .map(|c| {
            let out = if is_sep(prev) { simple_upper(c) } else { c };
            prev = c;
            out
        })
        .collect()
}

/// Characters that continue the grapheme cluster before them (combining marks, joiners,
/// variation selectors, emoji modifiers and tags).
fn is_extend(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
        | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF
        | 0x302A..=0x302F | 0x3099..=0x309A | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

fn is_regional_indicator(c: char) -> bool {
    (0x1F1E6..=0x1F1FF).contains(&(c as u32))
}

fn is_pictographic(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x21FF | 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// User-perceived characters, as Terraform counts them in `length`, `substr` and `strrev`
/// (an approximation of Unicode grapheme clusters that covers combining marks, emoji
/// sequences and flags).
fn graphemes(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut ri_run = 0usize;
    for (i, c) in s.char_indices() {
        let join = match prev {
            None => false,
            Some(p) => {
                (p == '\r' && c == '\n')
                    || is_extend(c)
                    || (p == '\u{200D}' && is_pictographic(c))
                    || (is_regional_indicator(p) && is_regional_indicator(c) && ri_run % 2 == 1)
            }
        };
        if !join && i > 0 {
            out.push(&s[start..i]);
            start = i;
            ri_run = 0;
        }
        if is_regional_indicator(c) {
            ri_run += 1;
        }
        prev = Some(c);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn indent(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    let n = a.int(0)?;
    let s = a.str(1)?;
    if n < 0 {
        return Err(a.arg_err(0, "must not be negative"));
    }
    let lines = s.matches('\n').count();
    if lines == 0 {
        return Ok(Val::Str(s));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    if n.saturating_mul(lines).saturating_add(s.len()) > MAX_OUT {
        return Err(too_large(a));
    }
    let pad = format!("\n{}", " ".repeat(n));
    Ok(Val::Str(s.replace('\n', &pad)))
}

fn join(a: &A) -> R {
    a.arity(2, usize::MAX)?;
    bail_unknown!(a.deep());
    let sep = a.str(0)?;
    let mut parts = Vec::new();
    let mut total = 0usize;
    for i in 1..a.args.len() {
        for (j, v) in a.list(i)?.iter().enumerate() {
            let s =
                to_str(v).map_err(|e| a.err(format!("element {j} of argument {} {e}", i + 1)))?;
            total = total.saturating_add(s.len()).saturating_add(sep.len());
            if total > MAX_OUT {
                return Err(too_large(a));
            }
            parts.push(s);
        }
    }
    Ok(Val::Str(parts.join(&sep)))
}

fn compile_re(a: &A, pat: &str) -> Result<regex::Regex, String> {
    regex::RegexBuilder::new(pat)
        .size_limit(8 << 20)
        .dfa_size_limit(8 << 20)
        .build()
        .map_err(|e| a.err(format!("invalid regular expression {}: {e}", preview(pat))))
}

fn regex_fn(a: &A, all: bool) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    let pat = a.str(0)?;
    let s = a.str(1)?;
    let re = compile_re(a, &pat)?;
    let names: Vec<Option<&str>> = re.capture_names().skip(1).collect();
    let named = names.iter().filter(|n| n.is_some()).count();
    if named > 0 && named < names.len() {
        return Err(a.err("a pattern cannot mix named and unnamed capture groups"));
    }
    let group = |c: &regex::Captures, i: usize| {
        c.get(i)
            .map_or(Val::Null, |m| Val::Str(m.as_str().to_string()))
    };
    let shape = |c: &regex::Captures| -> Val {
        if names.is_empty() {
            group(c, 0)
        } else if named > 0 {
            Val::Map(
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.unwrap_or_default().to_string(), group(c, i + 1)))
                    .collect(),
            )
        } else {
            Val::List((1..=names.len()).map(|i| group(c, i)).collect())
        }
    };
    if !all {
        return re
            .captures(&s)
            .map(|c| shape(&c))
            .ok_or_else(|| a.err("pattern did not match any part of the given string"));
    }
    let mut out = Vec::new();
    let mut total = 0usize;
    for c in re.captures_iter(&s) {
        total = total.saturating_add(
            c.iter()
                .map(|m| m.map_or(0, |m| m.len()) + 16)
                .sum::<usize>(),
        );
        if total > MAX_OUT * 4 {
            return Err(too_large(a));
        }
        out.push(shape(&c));
    }
    Ok(Val::List(out))
}

fn replace(a: &A) -> R {
    a.arity(3, 3)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    let sub = a.str(1)?;
    let rep = a.str(2)?;
    if let Some(pat) = sub.strip_prefix('/').and_then(|p| p.strip_suffix('/')) {
        let re = compile_re(a, pat)?;
        let mut out = String::new();
        let mut last = 0;
        for c in re.captures_iter(&s) {
            let Some(m) = c.get(0) else { continue };
            out.push_str(s.get(last..m.start()).unwrap_or_default());
            c.expand(&rep, &mut out);
            last = m.end();
            if out.len() > MAX_OUT {
                return Err(too_large(a));
            }
        }
        out.push_str(s.get(last..).unwrap_or_default());
        return Ok(Val::Str(out));
    }
    let count = if sub.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(sub.as_str()).count()
    };
    if count.saturating_mul(rep.len()).saturating_add(s.len()) > MAX_OUT {
        return Err(too_large(a));
    }
    Ok(Val::Str(s.replace(sub.as_str(), &rep)))
}

fn split(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    let sep = a.str(0)?;
    let s = a.str(1)?;
    let parts = if sep.is_empty() {
        s.chars().map(|c| Val::Str(c.to_string())).collect()
    } else {
        s.split(sep.as_str())
            .map(|p| Val::Str(p.to_string()))
            .collect()
    };
    Ok(Val::List(parts))
}

fn substr(a: &A) -> R {
    a.arity(3, 3)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    let offset = a.int(1)?;
    let length = a.int(2)?;
    let g = graphemes(&s);
    let len = g.len() as i64;
    let mut off = offset;
    if off < 0 {
        off = (off + len).max(0);
    }
    if off >= len {
        return Ok(Val::Str(String::new()));
    }
    let end = if length < 0 {
        len
    } else {
        off.saturating_add(length).min(len)
    };
    let (off, end) = (off as usize, end as usize);
    Ok(Val::Str(g.get(off..end).unwrap_or_default().concat()))
}

// ---------------------------------------------------------------------------------------------
// format and formatlist.

fn format_fn(a: &A) -> R {
    a.arity(1, usize::MAX)?;
    bail_unknown!(a.deep());
    let f = a.str(0)?;
    format_str(&f, a.rest(1))
        .map(Val::Str)
        .map_err(|e| a.err(e))
}

fn formatlist(a: &A) -> R {
    a.arity(1, usize::MAX)?;
    let rest = a.rest(1);
    bail_unknown!(unknown_in(
        std::iter::once((a.get(0), true)).chain(rest.iter().map(|v| (v, false)))
    ));
    let f = a.str(0)?;
    let mut rows: Option<(usize, usize)> = None;
    for (i, v) in rest.iter().enumerate() {
        if let Val::List(l) = v {
            match rows {
                None => rows = Some((l.len(), i)),
                Some((n, j)) if n != l.len() => {
                    return Err(a.err(format!(
                        "argument {} has length {}, which is inconsistent with argument {} of length {n}",
                        i + 2,
                        l.len(),
                        j + 2
                    )))
                }
                Some(_) => {}
            }
        }
    }
    let rows = rows.map_or(1, |(n, _)| n);
    let mut out = Vec::with_capacity(rows);
    let mut total = 0usize;
    for k in 0..rows {
        let row: Vec<Val> = rest
            .iter()
            .map(|v| match v {
                Val::List(l) => l.get(k).cloned().unwrap_or(Val::Null),
                v => v.clone(),
            })
            .collect();
        if let Some(u) = unknown_in(row.iter().map(|v| (v, true))) {
            out.push(u);
            continue;
        }
        let s = format_str(&f, &row)
            .map_err(|e| a.err(format!("error on format iteration {k}: {e}")))?;
        total = total.saturating_add(s.len());
        if total > MAX_OUT {
            return Err(too_large(a));
        }
        out.push(Val::Str(s));
    }
    Ok(Val::List(out))
}

#[derive(Default)]
struct Spec {
    minus: bool,
    plus: bool,
    space: bool,
    zero: bool,
    sharp: bool,
    width: usize,
    prec: Option<usize>,
}

/// Reads a decimal number at `cs[*i..]`, saturating.
fn read_digits(cs: &[char], i: &mut usize) -> Option<usize> {
    let mut n: Option<usize> = None;
    while let Some(d) = cs.get(*i).and_then(|c| c.to_digit(10)) {
        n = Some(n.unwrap_or(0).saturating_mul(10).saturating_add(d as usize));
        *i += 1;
    }
    n
}

/// Terraform's `format`: Go-style verbs `%v %#v %t %d %b %o %x %X %e %E %f %g %G %s %q %%`
/// with flags `-+ 0#`, width, precision and explicit argument indexes `%[n]d`.
fn format_str(fmt: &str, args: &[Val]) -> Result<String, String> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut next = 0usize;
    let mut used = 0usize;
    let mut verbs = 0usize;
    while let Some(&c) = cs.get(i) {
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if cs.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let mut sp = Spec::default();
        while let Some(f) = cs.get(i) {
            match f {
                '-' => sp.minus = true,
                '+' => sp.plus = true,
                ' ' => sp.space = true,
                '0' => sp.zero = true,
                '#' => sp.sharp = true,
                _ => break,
            }
            i += 1;
        }
        if cs.get(i) == Some(&'[') {
            i += 1;
            let n = read_digits(&cs, &mut i);
            match (n, cs.get(i)) {
                (Some(n), Some(']')) if n >= 1 => {
                    next = n - 1;
                    i += 1;
                }
                _ => return Err("invalid argument index in format string".into()),
            }
        }
        sp.width = read_digits(&cs, &mut i).unwrap_or(0);
        if sp.width > MAX_WIDTH {
            return Err(format!(
                "width {} is too large (at most {MAX_WIDTH})",
                sp.width
            ));
        }
        if cs.get(i) == Some(&'.') {
            i += 1;
            let p = read_digits(&cs, &mut i).unwrap_or(0);
            if p > MAX_PRECISION {
                return Err(format!(
                    "precision {p} is too large (at most {MAX_PRECISION})"
                ));
            }
            sp.prec = Some(p);
        }
        let Some(&verb) = cs.get(i) else {
            return Err(
                "format string ends with an incomplete verb (write %% for a literal percent sign)"
                    .into(),
            );
        };
        i += 1;
        verbs += 1;
        let Some(arg) = args.get(next) else {
            return Err(format!(
                "not enough arguments for %{verb}: it needs argument {} but only {} given",
                next + 1,
                args.len()
            ));
        };
        next += 1;
        used = used.max(next);
        let (body, numeric) = format_verb(&sp, verb, arg)
            .map_err(|e| format!("invalid value for %{verb} (argument {next}): {e}"))?;
        pad_into(&mut out, &body, &sp, numeric);
        if out.len() > MAX_OUT {
            return Err(format!("the result would be larger than {MAX_OUT} bytes"));
        }
    }
    if used < args.len() {
        return Err(if verbs == 0 {
            "too many arguments; no verbs in format string".to_string()
        } else {
            format!("too many arguments; only {used} used by format string")
        });
    }
    Ok(out)
}

fn pad_into(out: &mut String, body: &str, sp: &Spec, numeric: bool) {
    let n = body.chars().count();
    let fill = sp.width.saturating_sub(n);
    if fill == 0 {
        out.push_str(body);
    } else if sp.minus {
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if sp.zero && !(numeric && (body.contains("Inf") || body.contains("NaN"))) {
        // Zeros go after a sign and a base prefix.
        let mut split = 0;
        if numeric {
            if body.starts_with(['+', '-', ' ']) {
                split = 1;
            }
            let rest = body.get(split..).unwrap_or_default();
            if sp.sharp && ["0x", "0X", "0b"].iter().any(|p| rest.starts_with(p)) {
                split += 2;
            }
        }
        let (head, tail) = body.split_at(split.min(body.len()));
        out.push_str(head);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(tail);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(body);
    }
}

/// Formats one argument; also says whether the result is numeric (for zero padding).
fn format_verb(sp: &Spec, verb: char, arg: &Val) -> Result<(String, bool), String> {
    let null_err = || "a null value cannot be formatted".to_string();
    match verb {
        'v' => {
            let s = match arg {
                _ if sp.sharp => json_string(arg)?,
                Val::Null => "null".to_string(),
                Val::Str(s) => s.clone(),
                Val::Num(n) => fmt_num(*n),
                Val::Bool(b) => b.to_string(),
                Val::List(_) | Val::Map(_) | Val::Unknown(_) => json_string(arg)?,
            };
            Ok((s, matches!(arg, Val::Num(_))))
        }
        's' | 'q' => {
            if matches!(arg, Val::Null) {
                return Err(null_err());
            }
            let mut s = to_str(arg)?;
            if let Some(p) = sp.prec {
                s = s.chars().take(p).collect();
            }
            if verb == 'q' {
                let mut q = String::new();
                json_quote(&s, false, &mut q);
                s = q;
            }
            Ok((s, false))
        }
        't' => {
            if matches!(arg, Val::Null) {
                return Err(null_err());
            }
            Ok((to_bool(arg)?.to_string(), false))
        }
        'd' | 'b' | 'o' | 'x' | 'X' => {
            if matches!(arg, Val::Null) {
                return Err(null_err());
            }
            Ok((fmt_integer(to_num(arg)?, verb, sp)?, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            if matches!(arg, Val::Null) {
                return Err(null_err());
            }
            Ok((fmt_float(to_num(arg)?, verb, sp), true))
        }
        _ => Err(format!("unsupported format verb %{verb}")),
    }
}

fn sign(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else if sp.plus {
        "+"
    } else if sp.space {
        " "
    } else {
        ""
    }
}

fn fmt_integer(n: f64, verb: char, sp: &Spec) -> Result<String, String> {
    if !n.is_finite() || n.fract() != 0.0 {
        return Err(format!("value must be a whole number, got {}", fmt_num(n)));
    }
    let neg = n < 0.0;
    let abs = n.abs();
    let mut digits = if verb == 'd' {
        fmt_num(abs)
    } else {
        if abs >= 2f64.powi(127) {
            return Err(format!("{} is too large", fmt_num(n)));
        }
        let u = abs as u128;
        match verb {
            'b' => format!("{u:b}"),
            'o' => format!("{u:o}"),
            'x' => format!("{u:x}"),
            _ => format!("{u:X}"),
        }
    };
    if let Some(p) = sp.prec {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let prefix = match (sp.sharp, verb) {
        (true, 'b') => "0b",
        (true, 'o') if !digits.starts_with('0') => "0",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    Ok(format!("{}{prefix}{digits}", sign(neg, sp)))
}

fn fmt_float(n: f64, verb: char, sp: &Spec) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    let neg = n < 0.0;
    if n.is_infinite() {
        return format!(
            "{}Inf",
            if neg {
                "-"
            } else if sp.space {
                " "
            } else {
                "+"
            }
        );
    }
    let abs = n.abs();
    let body = match verb {
        'f' | 'F' => format!("{:.*}", sp.prec.unwrap_or(6), abs),
        'e' | 'E' => fmt_e(abs, Some(sp.prec.unwrap_or(6)), verb == 'E'),
        _ => fmt_g(abs, sp.prec, verb == 'G'),
    };
    format!("{}{body}", sign(neg, sp))
}

/// Splits Rust's `1.2345e6` into its mantissa and exponent.
fn split_exp(s: &str) -> (&str, i64) {
    match s.split_once('e') {
        Some((m, e)) => (m, e.parse().unwrap_or(0)),
        None => (s, 0),
    }
}

fn exp_suffix(e: i64, upper: bool) -> String {
    format!(
        "{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.unsigned_abs()
    )
}

/// Go's `%e`: `1.234560e+03`.
fn fmt_e(abs: f64, prec: Option<usize>, upper: bool) -> String {
    let s = match prec {
        Some(p) => format!("{abs:.p$e}"),
        None => format!("{abs:e}"),
    };
    let (m, e) = split_exp(&s);
    format!("{m}{}", exp_suffix(e, upper))
}

/// Go's `%g`: the shortest (or `prec` significant digits) representation, in `%e` form for
/// large and small exponents.
fn fmt_g(abs: f64, prec: Option<usize>, upper: bool) -> String {
    if abs == 0.0 {
        return "0".into();
    }
    let p = prec.map(|p| p.max(1));
    let s = match p {
        Some(p) => format!("{abs:.*e}", p - 1),
        None => format!("{abs:e}"),
    };
    let (m, exp) = split_exp(&s);
    let mut digits: Vec<u8> = m.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let nd = digits.len() as i64;
    let dp = exp + 1;
    let mut eprec = p.map_or(nd, |p| p as i64);
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if p.is_none() {
        eprec = 6;
    }
    if exp < -4 || exp >= eprec {
        let mut out = String::new();
        out.push(digits.first().map_or('0', |d| *d as char));
        if digits.len() > 1 {
            out.push('.');
            out.extend(digits.iter().skip(1).map(|d| *d as char));
        }
        out.push_str(&exp_suffix(exp, upper));
        return out;
    }
    let shown = match p {
        Some(p) if (p as i64) <= dp => p as i64,
        _ => nd,
    };
    let decimals = (shown - dp).max(0);
    let digit = |k: i64| -> char {
        usize::try_from(k)
            .ok()
            .and_then(|k| digits.get(k))
            .map_or('0', |d| *d as char)
    };
    let mut out = String::new();
    if dp <= 0 {
        out.push('0');
    } else {
        out.extend((0..dp).map(digit));
    }
    if decimals > 0 {
        out.push('.');
        out.extend((0..decimals).map(|k| digit(dp + k)));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Collections.

fn all_any(a: &A, all: bool) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    let l = a.list(0)?;
    let mut unknowns = Vec::new();
    for (i, v) in l.iter().enumerate() {
        match v {
            Val::Unknown(_) => unknowns.push((v, false)),
            Val::Null => {
                if all {
                    return Ok(Val::Bool(false));
                }
            }
            _ => {
                let b = to_bool(v).map_err(|e| a.err(format!("element {i} {e}")))?;
                if b != all {
                    return Ok(Val::Bool(b));
                }
            }
        }
    }
    bail_unknown!(unknown_in(unknowns));
    Ok(Val::Bool(all))
}

fn chunklist(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.unk(&[(0, false), (1, true)]));
    let l = a.list(0)?;
    let size = a.int(1)?;
    if size < 0 {
        return Err(a.arg_err(1, "must not be negative"));
    }
    if size == 0 {
        return Ok(Val::List(vec![Val::List(l.to_vec())]));
    }
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    Ok(Val::List(
        l.chunks(size).map(|c| Val::List(c.to_vec())).collect(),
    ))
}

fn coalesce(a: &A) -> R {
    for v in a.args {
        match v {
            Val::Unknown(_) => return Ok(a.shallow().unwrap_or_else(|| v.clone())),
            Val::Null => {}
            Val::Str(s) if s.is_empty() => {}
            v => {
                let mut kinds: Vec<Val> = a
                    .args
                    .iter()
                    .filter(|x| matches!(x, Val::Str(_) | Val::Num(_) | Val::Bool(_)))
                    .cloned()
                    .collect();
                let mixed = {
                    let before: Vec<&'static str> = kinds.iter().map(Val::type_name).collect();
                    unify_primitives(&mut kinds);
                    kinds.iter().map(Val::type_name).ne(before)
                };
                if mixed {
                    if let Some(s) = v.as_string() {
                        return Ok(Val::Str(s));
                    }
                }
                return Ok(v.clone());
            }
        }
    }
    Err(a.err("no non-null, non-empty-string arguments"))
}

fn coalescelist(a: &A) -> R {
    for (i, v) in a.args.iter().enumerate() {
        match v {
            Val::Unknown(_) => return Ok(a.shallow().unwrap_or_else(|| v.clone())),
            Val::Null => {}
            Val::List(l) if l.is_empty() => {}
            Val::List(_) => return Ok(v.clone()),
            v => {
                return Err(a.arg_err(
                    i,
                    format!("must be a list, set or tuple, got {}", v.type_name()),
                ))
            }
        }
    }
    Err(a.err("no non-null arguments"))
}

fn compact(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let mut out = Vec::new();
    for (i, v) in a.list(0)?.iter().enumerate() {
        if matches!(v, Val::Null) {
            continue;
        }
        let s = to_str(v).map_err(|e| a.err(format!("element {i} {e}")))?;
        if !s.is_empty() {
            out.push(Val::Str(s));
        }
    }
    Ok(Val::List(out))
}

fn concat(a: &A) -> R {
    a.arity(1, usize::MAX)?;
    bail_unknown!(a.shallow());
    let mut out = Vec::new();
    for i in 0..a.args.len() {
        out.extend_from_slice(a.list(i)?);
    }
    Ok(Val::List(out))
}

fn contains(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.unk(&[(0, false), (1, true)]));
    let l = a.list(0)?;
    let v = a.get(1);
    let mut unknowns = Vec::new();
    for e in l {
        if e.contains_unknown() {
            unknowns.push((e, true));
        } else if val_eq(e, v) {
            return Ok(Val::Bool(true));
        }
    }
    bail_unknown!(unknown_in(unknowns));
    Ok(Val::Bool(false))
}

fn distinct(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let mut seen = HashSet::new();
    Ok(Val::List(
        a.list(0)?
            .iter()
            .filter(|v| seen.insert(canon(v)))
            .cloned()
            .collect(),
    ))
}

fn element(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.unk(&[(0, false), (1, true)]));
    let l = a.list(0)?;
    let i = a.int(1)?;
    if l.is_empty() {
        return Err(a.err("cannot use element function with an empty list"));
    }
    if i < 0 {
        return Err(a.err("cannot use element function with a negative index"));
    }
    let idx = (i as u64 % l.len() as u64) as usize;
    Ok(l.get(idx).cloned().unwrap_or(Val::Null))
}

fn flatten(a: &A) -> R {
    fn into(l: &[Val], out: &mut Vec<Val>) {
        for v in l {
            match v {
                Val::List(x) => into(x, out),
                v => out.push(v.clone()),
            }
        }
    }
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    let mut out = Vec::new();
    into(a.list(0)?, &mut out);
    Ok(Val::List(out))
}

fn index(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.unk(&[(0, false), (1, true)]));
    let v = a.get(1);
    for (i, e) in a.list(0)?.iter().enumerate() {
        if e.contains_unknown() {
            // It might be the one: the answer depends on it.
            return Ok(unknown_in([(e, true)]).unwrap_or(Val::Null));
        }
        if val_eq(e, v) {
            return Ok(Val::Num(i as f64));
        }
    }
    Err(a.err("item not found"))
}

fn keys_values(a: &A, keys: bool) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    let mut entries: Vec<(&String, &Val)> = a.map(0)?.iter().collect();
    entries.sort_by(|x, y| x.0.cmp(y.0));
    Ok(Val::List(
        entries
            .into_iter()
            .map(|(k, v)| if keys { Val::Str(k.clone()) } else { v.clone() })
            .collect(),
    ))
}

fn length(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    let n = match a.get(0) {
        Val::Str(s) => graphemes(s).len(),
        Val::List(l) => l.len(),
        Val::Map(m) => m.len(),
        Val::Null => return Err(a.arg_err(0, "must not be null")),
        v => {
            return Err(a.arg_err(
                0,
                format!(
                    "must be a string, a collection or a structure, got {}",
                    v.type_name()
                ),
            ))
        }
    };
    Ok(Val::Num(n as f64))
}

fn lookup(a: &A) -> R {
    a.arity(2, 3)?;
    bail_unknown!(a.unk(&[(0, false), (1, true)]));
    let m = a.map(0)?;
    let k = a.str(1)?;
    match (m.get(&k), a.args.get(2)) {
        (Some(v), _) => Ok(v.clone()),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(a.err(format!("lookup failed to find key {k:?}"))),
    }
}

fn matchkeys(a: &A) -> R {
    a.arity(3, 3)?;
    bail_unknown!(a.unk(&[(0, false), (1, true), (2, true)]));
    let values = a.list(0)?;
    let keys = a.list(1)?;
    let search = a.list(2)?;
    if values.len() != keys.len() {
        return Err(a.err(format!(
            "length of keys ({}) and values ({}) should be equal",
            keys.len(),
            values.len()
        )));
    }
    Ok(Val::List(
        values
            .iter()
            .zip(keys)
            .filter(|(_, k)| search.iter().any(|s| val_eq(k, s)))
            .map(|(v, _)| v.clone())
            .collect(),
    ))
}

fn merge(a: &A) -> R {
    bail_unknown!(a.shallow());
    let mut out = IndexMap::new();
    for (i, v) in a.args.iter().enumerate() {
        match v {
            Val::Null => {}
            Val::Map(m) => {
                for (k, x) in m {
                    out.insert(k.clone(), x.clone());
                }
            }
            v => {
                return Err(a.arg_err(i, format!("must be a map or object, got {}", v.type_name())))
            }
        }
    }
    Ok(Val::Map(out))
}

fn one(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    let l = a.list(0)?;
    match l {
        [] => Ok(Val::Null),
        [v] => Ok(v.clone()),
        _ => Err(a.err(format!(
            "must be a list, set, or tuple value with either zero or one elements, got {} elements",
            l.len()
        ))),
    }
}

/// Digits after the decimal point in the shortest representation of `x` (at most 15).
fn decimals(x: f64) -> i32 {
    let s = format!("{x}");
    s.split_once('.').map_or(0, |(_, f)| f.len().min(15) as i32)
}

fn range(a: &A) -> R {
    a.arity(1, 3)?;
    bail_unknown!(a.deep());
    let (start, end, step) = match a.args.len() {
        1 => {
            let end = a.num(0)?;
            (0.0, end, if end < 0.0 { -1.0 } else { 1.0 })
        }
        2 => {
            let (s, e) = (a.num(0)?, a.num(1)?);
            (s, e, if s > e { -1.0 } else { 1.0 })
        }
        _ => (a.num(0)?, a.num(1)?, a.num(2)?),
    };
    if !(start.is_finite() && end.is_finite() && step.is_finite()) {
        return Err(a.err("arguments must be finite numbers"));
    }
    if step == 0.0 {
        return Err(a.err("step must not be zero"));
    }
    let down = step < 0.0;
    if (down && end >= start) || (!down && end <= start) {
        return Ok(Val::List(Vec::new()));
    }
    let count = ((end - start) / step).ceil();
    if count.is_nan() || count > MAX_RANGE as f64 {
        return Err(a.err(format!(
            "more than {MAX_RANGE} values were generated; either decrease the difference between start and end or use a smaller step"
        )));
    }
    // Terraform adds decimals exactly; round away binary noise such as 0.30000000000000004.
    let d = decimals(start).max(decimals(step));
    let scale = 10f64.powi(d);
    let mut out = Vec::with_capacity(count as usize);
    for k in 0..count as usize {
        let mut x = start + k as f64 * step;
        if d > 0 && (x * scale).abs() < 9.0e15 {
            x = (x * scale).round() / scale;
        }
        if (down && x <= end) || (!down && x >= end) {
            break;
        }
        out.push(Val::Num(x));
    }
    Ok(Val::List(out))
}

fn reverse(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    Ok(Val::List(a.list(0)?.iter().rev().cloned().collect()))
}

#[derive(Clone, Copy, PartialEq)]
enum SetOp {
    Union,
    Intersection,
    Subtract,
}

fn set_op(a: &A, op: SetOp) -> R {
    match op {
        SetOp::Subtract => a.arity(2, 2)?,
        _ => a.arity(1, usize::MAX)?,
    }
    bail_unknown!(a.deep());
    let mut sets = Vec::new();
    for i in 0..a.args.len() {
        sets.push(a.list(i)?);
    }
    let first = make_set(sets.first().map(|s| s.to_vec()).unwrap_or_default());
    let keyset = |l: &[Val]| l.iter().map(canon).collect::<HashSet<_>>();
    let out = match op {
        SetOp::Union => make_set(sets.iter().flat_map(|s| s.iter().cloned()).collect()),
        SetOp::Intersection => {
            let others: Vec<_> = sets.iter().skip(1).map(|s| keyset(s)).collect();
            first
                .into_iter()
                .filter(|v| {
                    let k = canon(v);
                    others.iter().all(|o| o.contains(&k))
                })
                .collect()
        }
        SetOp::Subtract => {
            let other = keyset(sets.get(1).copied().unwrap_or_default());
            first
                .into_iter()
                .filter(|v| !other.contains(&canon(v)))
                .collect()
        }
    };
    Ok(Val::List(out))
}

fn setproduct(a: &A) -> R {
    a.arity(2, usize::MAX)?;
    bail_unknown!(a.shallow());
    let mut sets = Vec::new();
    let mut total = 1usize;
    for i in 0..a.args.len() {
        let l = a.list(i)?;
        total = total.saturating_mul(l.len());
        sets.push(l);
    }
    if total.saturating_mul(sets.len()) > MAX_ELEMS {
        return Err(a.err(format!(
            "the product would have {total} elements; at most {} are allowed",
            MAX_ELEMS / sets.len().max(1)
        )));
    }
    let mut rows: Vec<Vec<Val>> = vec![Vec::new()];
    for set in sets {
        let mut next = Vec::with_capacity(rows.len() * set.len());
        for row in &rows {
            for v in set {
                let mut r = row.clone();
                r.push(v.clone());
                next.push(r);
            }
        }
        rows = next;
    }
    Ok(Val::List(rows.into_iter().map(Val::List).collect()))
}

fn slice(a: &A) -> R {
    a.arity(3, 3)?;
    bail_unknown!(a.unk(&[(0, false), (1, true), (2, true)]));
    let l = a.list(0)?;
    let start = a.int(1)?;
    let end = a.int(2)?;
    if start < 0 {
        return Err(a.err("the start index must not be less than zero"));
    }
    if end > l.len() as i64 {
        return Err(a.err(format!(
            "the end index ({end}) must not be greater than the length of the list ({})",
            l.len()
        )));
    }
    if start > end {
        return Err(a.err("the start index must not be greater than the end index"));
    }
    Ok(Val::List(
        l.get(start as usize..end as usize)
            .unwrap_or_default()
            .to_vec(),
    ))
}

fn sort(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let mut out = Vec::new();
    for (i, v) in a.list(0)?.iter().enumerate() {
        if matches!(v, Val::Null) {
            return Err(a.err(format!(
                "given list element {i} is null; a null string cannot be sorted"
            )));
        }
        out.push(to_str(v).map_err(|e| a.err(format!("element {i} {e}")))?);
    }
    out.sort();
    Ok(Val::List(out.into_iter().map(Val::Str).collect()))
}

fn transpose(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let mut entries: Vec<(&String, &Val)> = a.map(0)?.iter().collect();
    entries.sort_by(|x, y| x.0.cmp(y.0));
    let mut out: BTreeMap<String, Vec<Val>> = BTreeMap::new();
    for (k, v) in entries {
        let Val::List(l) = v else {
            return Err(a.err(format!(
                "the value of {k:?} must be a list of strings, got {}",
                v.type_name()
            )));
        };
        for e in l {
            let s = to_str(e).map_err(|e| a.err(format!("an element of {k:?} {e}")))?;
            out.entry(s).or_default().push(Val::Str(k.clone()));
        }
    }
    Ok(Val::Map(
        out.into_iter().map(|(k, v)| (k, Val::List(v))).collect(),
    ))
}

fn zipmap(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.unk(&[(0, true), (1, false)]));
    let keys = a.list(0)?;
    let values = a.list(1)?;
    if keys.len() != values.len() {
        return Err(a.err(format!(
            "number of keys ({}) does not match number of values ({})",
            keys.len(),
            values.len()
        )));
    }
    let mut out = IndexMap::new();
    for (i, (k, v)) in keys.iter().zip(values).enumerate() {
        let k = to_str(k).map_err(|e| a.err(format!("key {i} {e}")))?;
        out.insert(k, v.clone());
    }
    Ok(Val::Map(out))
}

// ---------------------------------------------------------------------------------------------
// Encoding.

/// Go's standard decoder accepts non-zero trailing bits.
const B64_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
);

fn base64decode(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    let clean: String = s.chars().filter(|c| !matches!(c, '\r' | '\n')).collect();
    let bytes = B64_LENIENT
        .decode(clean.as_bytes())
        .map_err(|_| a.err(format!("failed to decode base64 data {}", preview(&s))))?;
    String::from_utf8(bytes)
        .map(Val::Str)
        .map_err(|_| a.err("the result of decoding the provided string is not valid UTF-8"))
}

/// Go's `url.QueryEscape`.
fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Writes a string as JSON the way Go does (`html` also escapes `<`, `>` and `&`, as
/// Terraform's `jsonencode` does).
fn json_quote(s: &str, html: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' if html => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Compact JSON with object keys sorted, as Terraform writes it. `strict` fails on unknowns
/// and non-finite numbers; otherwise they get placeholders (for deduplication keys).
fn write_json(v: &Val, out: &mut String, html: bool, strict: bool) -> Result<(), String> {
    match v {
        Val::Null => out.push_str("null"),
        Val::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Val::Num(n) if n.is_finite() => out.push_str(&fmt_num(*n)),
        Val::Num(n) => {
            if strict {
                return Err(format!("cannot encode the number {n} as JSON"));
            }
            out.push_str(&n.to_string());
        }
        Val::Str(s) => json_quote(s, html, out),
        Val::List(l) => {
            out.push('[');
            for (i, x) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(x, out, html, strict)?;
            }
            out.push(']');
        }
        Val::Map(m) => {
            let mut entries: Vec<(&String, &Val)> = m.iter().collect();
            entries.sort_by(|x, y| x.0.cmp(y.0));
            out.push('{');
            for (i, (k, x)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_quote(k, html, out);
                out.push(':');
                write_json(x, out, html, strict)?;
            }
            out.push('}');
        }
        Val::Unknown(_) => {
            if strict {
                return Err("cannot encode an unknown value".into());
            }
            out.push('?');
        }
    }
    Ok(())
}

fn json_string(v: &Val) -> Result<String, String> {
    let mut out = String::new();
    write_json(v, &mut out, true, true)?;
    Ok(out)
}

fn jsonencode(a: &A) -> R {
    a.arity(1, 1)?;
    if let Some(Val::Unknown(mut u)) = a.deep() {
        // The text is not known, but its structure is: keep it for readers of JSON documents
        // (IAM policies) that can work with unknown leaves.
        if !a.get(0).is_unknown() {
            u.partial = Some(Box::new(a.get(0).clone()));
        }
        return Ok(Val::Unknown(u));
    }
    json_string(a.get(0)).map(Val::Str).map_err(|e| a.err(e))
}

fn jsondecode(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    let j: serde_json::Value =
        serde_json::from_str(&s).map_err(|e| a.err(format!("invalid JSON: {e}")))?;
    Ok(Val::from_json(&j))
}

fn yaml_to_val(n: &parapet_yaml::YNode) -> Val {
    use parapet_yaml::{Scalar, YKind};
    match &n.kind {
        YKind::Scalar(..) => match n.scalar() {
            Some(Scalar::Null) | None => Val::Null,
            Some(Scalar::Bool(b)) => Val::Bool(b),
            Some(Scalar::Number(x)) => Val::Num(x),
            Some(Scalar::Str(s)) => Val::Str(s.to_string()),
        },
        YKind::Seq(items) => Val::List(items.iter().map(yaml_to_val).collect()),
        YKind::Map(entries) => Val::Map(
            entries
                .iter()
                .map(|(k, v)| (k.as_str().unwrap_or_default().to_string(), yaml_to_val(v)))
                .collect(),
        ),
    }
}

fn yamldecode(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    let limits = parapet_yaml::Limits {
        max_depth: 128,
        max_nodes: MAX_ELEMS,
    };
    let (docs, errors) = parapet_yaml::load(&s, limits);
    if let Some(e) = errors.first() {
        return Err(a.err(format!(
            "on line {}, column {}: {}",
            e.line, e.col, e.message
        )));
    }
    match docs.as_slice() {
        [] => Ok(Val::Null),
        [d] => Ok(yaml_to_val(&d.root)),
        _ => Err(a.err("the string holds more than one YAML document; only one is allowed")),
    }
}

fn csvdecode(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    let records = parse_csv(&s).map_err(|e| a.err(e))?;
    let mut it = records.into_iter();
    let Some((_, header)) = it.next() else {
        return Err(a.err("missing header line"));
    };
    let mut rows = Vec::new();
    let mut key_bytes = 0usize;
    let header_bytes: usize = header.iter().map(String::len).sum();
    for (line, fields) in it {
        if fields.len() != header.len() {
            return Err(a.err(format!("record on line {line}: wrong number of fields")));
        }
        key_bytes = key_bytes.saturating_add(header_bytes);
        if key_bytes > MAX_OUT * 4 {
            return Err(too_large(a));
        }
        rows.push(Val::Map(
            header
                .iter()
                .cloned()
                .zip(fields.into_iter().map(Val::Str))
                .collect(),
        ));
    }
    Ok(Val::List(rows))
}

/// RFC 4180 as Go's `encoding/csv` reads it: records with their 1-based line numbers; empty
/// lines are skipped; the field count is checked by the caller.
fn parse_csv(s: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let b: Vec<char> = s.chars().collect();
    let at = |i: usize| b.get(i).copied();
    let is_eol = |i: usize| at(i) == Some('\n') || (at(i) == Some('\r') && at(i + 1) == Some('\n'));
    let mut records = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < b.len() {
        if is_eol(i) {
            i += if at(i) == Some('\r') { 2 } else { 1 };
            line += 1;
            continue;
        }
        let rec_line = line;
        let mut fields = Vec::new();
        loop {
            let mut f = String::new();
            if at(i) == Some('"') {
                i += 1;
                loop {
                    match at(i) {
                        None => {
                            return Err(format!(
                            "parse error on line {line}: extraneous or missing \" in quoted-field"
                        ))
                        }
                        Some('"') if at(i + 1) == Some('"') => {
                            f.push('"');
                            i += 2;
                        }
                        Some('"') => {
                            i += 1;
                            break;
                        }
                        Some('\r') if at(i + 1) == Some('\n') => {
                            f.push('\n');
                            i += 2;
                            line += 1;
                        }
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            f.push(c);
                            i += 1;
                        }
                    }
                }
                if !(at(i).is_none() || at(i) == Some(',') || is_eol(i)) {
                    return Err(format!(
                        "parse error on line {line}: extraneous or missing \" in quoted-field"
                    ));
                }
            } else {
                while let Some(c) = at(i) {
                    if c == ',' || is_eol(i) {
                        break;
                    }
                    if c == '"' {
                        return Err(format!(
                            "parse error on line {line}: bare \" in non-quoted-field"
                        ));
                    }
                    f.push(c);
                    i += 1;
                }
            }
            fields.push(f);
            if at(i) == Some(',') {
                i += 1;
                continue;
            }
            if is_eol(i) {
                i += if at(i) == Some('\r') { 2 } else { 1 };
                line += 1;
            }
            break;
        }
        records.push((rec_line, fields));
    }
    Ok(records)
}

// ---------------------------------------------------------------------------------------------
// Filesystem.

/// Go's `filepath.Clean` for `/`-separated paths.
fn go_clean(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            c => parts.push(c),
        }
    }
    let body = parts.join("/");
    if rooted {
        format!("/{body}")
    } else if body.is_empty() {
        ".".into()
    } else {
        body
    }
}

/// Go's `filepath.Base`.
fn go_base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".into();
    }
    match t.rfind('/') {
        Some(i) => t.get(i + 1..).unwrap_or_default().to_string(),
        None => t.to_string(),
    }
}

/// Go's `filepath.Dir`.
fn go_dir(p: &str) -> String {
    let head = match p.rfind('/') {
        Some(i) => p.get(..=i).unwrap_or_default(),
        None => "",
    };
    go_clean(head)
}

fn abspath(a: &A, ctx: &FuncCtx) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    Ok(Val::Str(go_clean(&locate(ctx, &s).to_string_lossy())))
}

fn pathexpand(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let s = a.str(0)?;
    if s.starts_with('~') {
        return Ok(Val::unknown(
            "pathexpand depends on the home directory of the machine running Terraform",
        ));
    }
    Ok(Val::Str(s))
}

/// The canonical form of a path that does not exist: its deepest existing ancestor
/// canonicalized, then the rest applied lexically.
fn canonical_missing(p: &Path) -> PathBuf {
    let comps: Vec<Component> = p.components().collect();
    for k in (1..comps.len()).rev() {
        let prefix: PathBuf = comps.iter().take(k).collect();
        if let Ok(mut out) = prefix.canonicalize() {
            for c in comps.iter().skip(k) {
                match c {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::Normal(x) => out.push(x),
                    _ => {}
                }
            }
            return out;
        }
    }
    p.to_path_buf()
}

/// Where a relative path given to a file function points: the module directory, or — as
/// Terraform resolves relative paths against the root module's directory, which is where
/// `path.module` values such as `./modules/app` start — the first directory between the module
/// and the scan root under which it exists.
fn locate(ctx: &FuncCtx, path: &str) -> PathBuf {
    let p = Path::new(path);
    if p.is_absolute() {
        return p.to_path_buf();
    }
    let primary = ctx.module_dir.join(p);
    if primary.exists() {
        return primary;
    }
    let (Ok(root), Ok(dir)) = (ctx.root.canonicalize(), ctx.module_dir.canonicalize()) else {
        return primary;
    };
    for d in dir.ancestors().skip(1) {
        if !d.starts_with(&root) {
            break;
        }
        let cand = d.join(p);
        if cand.exists() {
            return cand;
        }
    }
    primary
}

/// Resolves a path given to a file function (see [`locate`]), confined to the scan root.
/// Returns the canonical path if the file exists, and the path to show the user (relative to
/// the scan root).
fn resolve(a: &A, ctx: &FuncCtx, path: &str) -> Result<(Option<PathBuf>, String), String> {
    let joined = locate(ctx, path);
    let root = ctx.root.canonicalize().map_err(|e| {
        a.err(format!(
            "cannot resolve the scan root {}: {e}",
            ctx.root.display()
        ))
    })?;
    let (full, exists) = match joined.canonicalize() {
        Ok(c) => (c, true),
        Err(_) => (canonical_missing(&joined), false),
    };
    if !full.starts_with(&root) {
        return Err(a.err(format!("{} {OUTSIDE_ROOT}", preview(path))));
    }
    let shown = full
        .strip_prefix(&root)
        .map(|r| r.display().to_string())
        .unwrap_or_else(|_| path.to_string());
    Ok((exists.then_some(full), shown))
}

/// The bytes of a file, or `Ok(Err(unknown))` when it is larger than the limit.
fn read_file(a: &A, ctx: &FuncCtx) -> Result<Result<Vec<u8>, Val>, String> {
    let path = a.str(0)?;
    let (full, shown) = resolve(a, ctx, &path)?;
    let Some(full) = full else {
        return Err(a.err(format!("no file exists at {shown:?}")));
    };
    let md = std::fs::metadata(&full).map_err(|e| a.err(format!("cannot read {shown:?}: {e}")))?;
    if md.is_dir() {
        return Err(a.err(format!("{shown:?} is a directory, not a file")));
    }
    if !md.is_file() {
        return Err(a.err(format!("{shown:?} is not a regular file")));
    }
    let too_big = || {
        Val::unknown(format!(
            "{shown:?} is larger than the {} byte limit for file reads",
            ctx.max_file_size
        ))
    };
    if md.len() > ctx.max_file_size {
        return Ok(Err(too_big()));
    }
    let f = std::fs::File::open(&full).map_err(|e| a.err(format!("cannot read {shown:?}: {e}")))?;
    let mut buf = Vec::new();
    f.take(ctx.max_file_size.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| a.err(format!("cannot read {shown:?}: {e}")))?;
    if buf.len() as u64 > ctx.max_file_size {
        return Ok(Err(too_big()));
    }
    Ok(Ok(buf))
}

fn file(a: &A, ctx: &FuncCtx) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    match read_file(a, ctx)? {
        Err(u) => Ok(u),
        Ok(bytes) => String::from_utf8(bytes).map(Val::Str).map_err(|_| {
            a.err(format!(
                "the contents of {} are not valid UTF-8; use filebase64 to read binary files",
                preview(&a.str(0).unwrap_or_default())
            ))
        }),
    }
}

fn file_bytes_fn(a: &A, ctx: &FuncCtx, f: impl Fn(&[u8]) -> String) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    match read_file(a, ctx)? {
        Err(u) => Ok(u),
        Ok(bytes) => Ok(Val::Str(f(&bytes))),
    }
}

fn fileexists(a: &A, ctx: &FuncCtx) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let path = a.str(0)?;
    let (full, shown) = resolve(a, ctx, &path)?;
    let Some(full) = full else {
        return Ok(Val::Bool(false));
    };
    if full.is_dir() {
        return Err(a.err(format!("{shown:?} is a directory, not a file")));
    }
    Ok(Val::Bool(full.is_file()))
}

// ---------------------------------------------------------------------------------------------
// Hashing.

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let s = s.strip_prefix("urn:uuid:").unwrap_or(s);
    let s = s
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(s);
    let hexdigits: String = if s.len() == 36 {
        let dashes_ok = s
            .char_indices()
            .all(|(i, c)| (c == '-') == matches!(i, 8 | 13 | 18 | 23));
        if !dashes_ok {
            return None;
        }
        s.chars().filter(|c| *c != '-').collect()
    } else {
        s.to_string()
    };
    if hexdigits.len() != 32 || !hexdigits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(hexdigits.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

fn uuidv5(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    let ns = a.str(0)?;
    let name = a.str(1)?;
    let known = match ns.as_str() {
        "dns" => "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        "url" => "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
        "oid" => "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
        "x500" => "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
        other => other,
    };
    let Some(ns_bytes) = parse_uuid(known) else {
        return Err(a.err(format!(
            "namespace {} is neither dns, url, oid, x500 nor a UUID",
            preview(&ns)
        )));
    };
    let mut h = sha1::Sha1::new();
    h.update(ns_bytes);
    h.update(name.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    for (o, x) in b.iter_mut().zip(d.iter()) {
        *o = *x;
    }
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    let part = |r: std::ops::Range<usize>| h.get(r).unwrap_or_default().to_string();
    Ok(Val::Str(format!(
        "{}-{}-{}-{}-{}",
        part(0..8),
        part(8..12),
        part(12..16),
        part(16..20),
        part(20..32)
    )))
}

// ---------------------------------------------------------------------------------------------
// IP networks.

/// A parsed prefix: the network address (host bits cleared), its length and the address width.
struct Cidr {
    addr: u128,
    len: u32,
    width: u32,
}

fn all_ones(width: u32) -> u128 {
    if width >= 128 {
        u128::MAX
    } else {
        (1u128 << width) - 1
    }
}

fn hostmask(len: u32, width: u32) -> u128 {
    all_ones(width.saturating_sub(len))
}

fn netmask(len: u32, width: u32) -> u128 {
    all_ones(width) & !hostmask(len, width)
}

fn fmt_addr(addr: u128, width: u32) -> String {
    if width == 32 {
        std::net::Ipv4Addr::from(addr as u32).to_string()
    } else {
        std::net::Ipv6Addr::from(addr).to_string()
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", fmt_addr(self.addr, self.width), self.len)
    }
}

fn parse_cidr(a: &A, i: usize) -> Result<Cidr, String> {
    let s = a.str(i)?;
    let net: ipnet::IpNet = s
        .trim()
        .parse()
        .map_err(|_| a.err(format!("invalid CIDR expression {}", preview(&s))))?;
    let (addr, len, width) = match net {
        ipnet::IpNet::V4(n) => (
            u128::from(u32::from(n.addr())),
            u32::from(n.prefix_len()),
            32,
        ),
        ipnet::IpNet::V6(n) => (u128::from(n.addr()), u32::from(n.prefix_len()), 128),
    };
    Ok(Cidr {
        addr: addr & netmask(len, width),
        len,
        width,
    })
}

fn cidrhost(a: &A) -> R {
    a.arity(2, 2)?;
    bail_unknown!(a.deep());
    let c = parse_cidr(a, 0)?;
    let num = a.int128(1)?;
    let max = hostmask(c.len, c.width);
    let host = if num >= 0 {
        u128::try_from(num).ok().filter(|n| *n <= max)
    } else {
        u128::try_from(-(num + 1))
            .ok()
            .filter(|k| *k <= max)
            .map(|k| max - k)
    };
    let Some(host) = host else {
        return Err(a.err(format!(
            "prefix of {} bits ({c}) does not accommodate a host numbered {num}",
            c.len
        )));
    };
    Ok(Val::Str(fmt_addr(c.addr | host, c.width)))
}

fn cidrnetmask(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.deep());
    let c = parse_cidr(a, 0)?;
    if c.width != 32 {
        return Err(a.err(format!("IPv6 addresses cannot have a netmask: {c}")));
    }
    Ok(Val::Str(fmt_addr(netmask(c.len, 32), 32)))
}

fn cidrsubnet(a: &A) -> R {
    a.arity(3, 3)?;
    bail_unknown!(a.deep());
    let c = parse_cidr(a, 0)?;
    let newbits = a.int(1)?;
    let netnum = a.int128(2)?;
    if newbits < 0 {
        return Err(a.arg_err(1, "must not be negative"));
    }
    if newbits > 32 {
        return Err(a.err(format!(
            "may not extend prefix by more than 32 bits (got {newbits} for {c})"
        )));
    }
    let newbits = newbits as u32;
    let new_len = c.len + newbits;
    if new_len > c.width {
        return Err(a.err(format!(
            "insufficient address space to extend prefix of {} by {newbits} bits in {c}",
            c.len
        )));
    }
    let max = all_ones(newbits);
    let Some(netnum) = u128::try_from(netnum).ok().filter(|n| *n <= max) else {
        return Err(a.err(format!(
            "prefix extension of {newbits} bits does not accommodate a subnet numbered {netnum} (the largest is {max})"
        )));
    };
    let addr = c.addr | netnum.checked_shl(c.width - new_len).unwrap_or(0);
    Ok(Val::Str(
        Cidr {
            addr,
            len: new_len,
            width: c.width,
        }
        .to_string(),
    ))
}

fn cidrsubnets(a: &A) -> R {
    a.arity(1, usize::MAX)?;
    bail_unknown!(a.deep());
    let base = parse_cidr(a, 0)?;
    let w = base.width;
    let mut out = Vec::new();
    let mut current: Option<Cidr> = None;
    for i in 1..a.args.len() {
        let bits = a.int(i)?;
        if bits < 1 {
            return Err(a.arg_err(i, "must extend prefix by at least one bit"));
        }
        if bits > 32 {
            return Err(a.arg_err(i, "may not extend prefix by more than 32 bits"));
        }
        let len = base.len + bits as u32;
        if len > w {
            return Err(a.err(format!(
                "would extend prefix to {len} bits, which is too long for an {} address",
                if w == 32 { "IPv4" } else { "IPv6" }
            )));
        }
        // The first subnet starts where the base starts (go-cidr steps back one, then forward).
        let cur = current.take().unwrap_or_else(|| Cidr {
            addr: base.addr.wrapping_sub(1) & all_ones(w) & netmask(len, w),
            len,
            width: w,
        });
        let cur_last = cur.addr | hostmask(cur.len, w);
        let last = (cur_last & netmask(len, w)) | hostmask(len, w);
        let next = last.wrapping_add(1) & all_ones(w);
        let rollover = next == 0;
        if rollover || next & netmask(base.len, w) != base.addr {
            return Err(a.err(format!(
                "not enough remaining address space for a subnet with a prefix of {len} bits after {cur}"
            )));
        }
        let n = Cidr {
            addr: next,
            len,
            width: w,
        };
        out.push(Val::Str(n.to_string()));
        current = Some(n);
    }
    Ok(Val::List(out))
}

// ---------------------------------------------------------------------------------------------
// Type conversions.

fn tobool(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    match a.get(0) {
        Val::Null => Ok(Val::Null),
        v => to_bool(v)
            .map(Val::Bool)
            .map_err(|_| a.err(format!("cannot convert {} to bool", describe(v)))),
    }
}

fn tonumber(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    match a.get(0) {
        Val::Null => Ok(Val::Null),
        v => to_num(v)
            .map(Val::Num)
            .map_err(|_| a.err(format!("cannot convert {} to number", describe(v)))),
    }
}

fn tostring(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    match a.get(0) {
        Val::Null => Ok(Val::Null),
        v => to_str(v)
            .map(Val::Str)
            .map_err(|_| a.err(format!("cannot convert {} to string", describe(v)))),
    }
}

fn describe(v: &Val) -> String {
    match v {
        Val::Str(s) => format!("the string {}", preview(s)),
        v => v.type_name().to_string(),
    }
}

fn tolist(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    match a.get(0) {
        Val::Null => Ok(Val::Null),
        Val::List(l) => {
            let mut l = l.clone();
            unify_primitives(&mut l);
            Ok(Val::List(l))
        }
        v => Err(a.err(format!("cannot convert {} to list", describe(v)))),
    }
}

fn tomap(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    match a.get(0) {
        Val::Null => Ok(Val::Null),
        Val::Map(m) => {
            let keys: Vec<String> = m.keys().cloned().collect();
            let mut vals: Vec<Val> = m.values().cloned().collect();
            unify_primitives(&mut vals);
            Ok(Val::Map(keys.into_iter().zip(vals).collect()))
        }
        v => Err(a.err(format!("cannot convert {} to map", describe(v)))),
    }
}

fn toset(a: &A) -> R {
    a.arity(1, 1)?;
    bail_unknown!(a.shallow());
    match a.get(0) {
        Val::Null => Ok(Val::Null),
        Val::List(l) => Ok(Val::List(make_set(l.clone()))),
        v => Err(a.err(format!("cannot convert {} to set", describe(v)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Val {
        Val::Str(x.to_string())
    }
    fn n(x: f64) -> Val {
        Val::Num(x)
    }
    fn l(x: Vec<Val>) -> Val {
        Val::List(x)
    }
    fn ls(x: &[&str]) -> Val {
        Val::List(x.iter().map(|v| s(v)).collect())
    }
    fn m(x: &[(&str, Val)]) -> Val {
        Val::Map(x.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }
    fn unk(r: &str) -> Val {
        Val::unknown_ref("not known until apply", r)
    }
    fn refs(v: &Val) -> Vec<String> {
        match v {
            Val::Unknown(u) => u.refs.clone(),
            other => panic!("expected unknown, got {other:?}"),
        }
    }

    fn ctx_call(ctx: &FuncCtx, name: &str, args: Vec<Val>) -> Result<Val, String> {
        call(name, args, ctx)
    }

    fn c(name: &str, args: Vec<Val>) -> Result<Val, String> {
        let here = Path::new(".");
        let ctx = FuncCtx {
            module_dir: here,
            root: here,
            max_file_size: 1 << 20,
        };
        call(name, args, &ctx)
    }

    fn ok(name: &str, args: Vec<Val>) -> Val {
        match c(name, args) {
            Ok(v) => v,
            Err(e) => panic!("{name} failed: {e}"),
        }
    }

    fn err(name: &str, args: Vec<Val>) -> String {
        match c(name, args) {
            Ok(v) => panic!("{name} should fail, got {v:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn numeric() {
        assert_eq!(ok("abs", vec![n(-12.4)]), n(12.4));
        assert_eq!(ok("ceil", vec![n(5.1)]), n(6.0));
        assert_eq!(ok("floor", vec![n(-5.1)]), n(-6.0));
        assert_eq!(ok("log", vec![n(16.0), n(2.0)]), n(4.0));
        assert_eq!(ok("max", vec![n(12.0), n(54.0), n(3.0)]), n(54.0));
        assert_eq!(ok("min", vec![n(12.0), s("54"), n(3.0)]), n(3.0));
        assert_eq!(ok("pow", vec![n(3.0), n(2.0)]), n(9.0));
        assert_eq!(ok("signum", vec![n(-13.0)]), n(-1.0));
        assert_eq!(ok("signum", vec![n(0.0)]), n(0.0));
        assert_eq!(
            ok("sum", vec![l(vec![n(10.0), n(13.0), n(6.0), n(4.5)])]),
            n(33.5)
        );
        assert!(err("sum", vec![l(vec![])]).contains("empty list"));
        assert!(err("max", vec![]).starts_with("max: expected at least 1 argument"));
        assert!(err("abs", vec![s("x")]).contains("must be a number"));
    }

    #[test]
    fn parseint_bases() {
        assert_eq!(ok("parseint", vec![s("100"), n(10.0)]), n(100.0));
        assert_eq!(ok("parseint", vec![s("FF"), n(16.0)]), n(255.0));
        assert_eq!(ok("parseint", vec![s("-10"), n(16.0)]), n(-16.0));
        assert_eq!(
            ok("parseint", vec![s("1011111011101111"), n(2.0)]),
            n(48879.0)
        );
        assert_eq!(ok("parseint", vec![s("aA"), n(62.0)]), n(656.0));
        assert!(err("parseint", vec![s("12"), n(2.0)]).contains("as a base 2 integer"));
        assert!(err("parseint", vec![s("1"), n(63.0)]).contains("between 2 and 62"));
        assert!(err("parseint", vec![s(""), n(10.0)]).contains("cannot parse"));
    }

    #[test]
    fn format_verbs() {
        assert_eq!(ok("format", vec![s("%03d-%s"), n(7.0), s("x")]), s("007-x"));
        assert_eq!(
            ok("format", vec![s("Hello, %s!"), s("Ander")]),
            s("Hello, Ander!")
        );
        assert_eq!(
            ok("format", vec![s("There are %d lights"), n(4.0)]),
            s("There are 4 lights")
        );
        assert_eq!(ok("format", vec![s("%.2f"), n(1.23456)]), s("1.23"));
        assert_eq!(ok("format", vec![s("%f"), n(1.5)]), s("1.500000"));
        assert_eq!(ok("format", vec![s("%8.3f|"), n(-1.23456)]), s("  -1.235|"));
        assert_eq!(
            ok("format", vec![s("%-5s|%5s|"), s("ab"), s("cd")]),
            s("ab   |   cd|")
        );
        assert_eq!(ok("format", vec![s("%q"), s("a\"b")]), s("\"a\\\"b\""));
        assert_eq!(
            ok("format", vec![s("%t %v"), Val::Bool(true), n(2.5)]),
            s("true 2.5")
        );
        assert_eq!(ok("format", vec![s("100%%")]), s("100%"));
        assert_eq!(
            ok("format", vec![s("%v"), ls(&["a", "b"])]),
            s("[\"a\",\"b\"]")
        );
        assert_eq!(
            ok(
                "format",
                vec![
                    s("%x %X %#x %o %b"),
                    n(255.0),
                    n(255.0),
                    n(255.0),
                    n(8.0),
                    n(5.0)
                ]
            ),
            s("ff FF 0xff 10 101")
        );
        assert_eq!(ok("format", vec![s("%+d % d"), n(5.0), n(5.0)]), s("+5  5"));
        assert_eq!(ok("format", vec![s("%e"), n(1234.5678)]), s("1.234568e+03"));
        assert_eq!(
            ok(
                "format",
                vec![s("%g %g %g"), n(100000.0), n(1000000.0), n(0.00001)]
            ),
            s("100000 1e+06 1e-05")
        );
        assert_eq!(ok("format", vec![s("%.3g"), n(1234.0)]), s("1.23e+03"));
        assert_eq!(
            ok("format", vec![s("%[2]s %[1]s"), s("a"), s("b")]),
            s("b a")
        );
        assert_eq!(ok("format", vec![s("%05d"), n(-42.0)]), s("-0042"));
        assert_eq!(ok("format", vec![s("%d"), s("12")]), s("12"));
        assert!(err("format", vec![s("%d"), n(1.5)]).contains("whole number"));
        assert!(err("format", vec![s("%s %s"), s("a")]).contains("not enough arguments"));
        assert!(err("format", vec![s("%s"), s("a"), s("b")]).contains("too many arguments"));
        assert!(err("format", vec![s("x"), s("a")]).contains("no verbs"));
        assert!(err("format", vec![s("%99999d"), n(1.0)]).contains("width 99999 is too large"));
        assert!(err("format", vec![s("abc %")]).contains("incomplete verb"));
        assert!(err("format", vec![s("%y"), n(1.0)]).contains("unsupported format verb"));
        assert!(err("format", vec![s("%s"), ls(&["a"])]).contains("must be a string"));
    }

    #[test]
    fn formatlist_rows() {
        assert_eq!(
            ok(
                "formatlist",
                vec![s("Hello, %s!"), ls(&["Valentina", "Ander"])]
            ),
            ls(&["Hello, Valentina!", "Hello, Ander!"])
        );
        assert_eq!(
            ok("formatlist", vec![s("%s=%s"), ls(&["a", "b"]), s("x")]),
            ls(&["a=x", "b=x"])
        );
        assert_eq!(ok("formatlist", vec![s("%s"), s("x")]), ls(&["x"]));
        assert!(
            err("formatlist", vec![s("%s%s"), ls(&["a"]), ls(&["a", "b"])])
                .contains("inconsistent")
        );
        let out = ok(
            "formatlist",
            vec![s("id-%s"), l(vec![s("a"), unk("aws_x.y")])],
        );
        let Val::List(items) = out else {
            panic!("not a list")
        };
        assert_eq!(items[0], s("id-a"));
        assert_eq!(refs(&items[1]), vec!["aws_x.y"]);
    }

    #[test]
    fn strings() {
        assert_eq!(ok("chomp", vec![s("hello\r\n\n")]), s("hello"));
        assert_eq!(
            ok("endswith", vec![s("hello world"), s("world")]),
            Val::Bool(true)
        );
        assert_eq!(
            ok("startswith", vec![s("hello world"), s("world")]),
            Val::Bool(false)
        );
        assert_eq!(
            ok("strcontains", vec![s("hello world"), s("o w")]),
            Val::Bool(true)
        );
        assert_eq!(
            ok("indent", vec![n(2.0), s("[\n  foo,\n]")]),
            s("[\n    foo,\n  ]")
        );
        assert!(err("indent", vec![n(-1.0), s("a\nb")]).contains("negative"));
        assert_eq!(
            ok("join", vec![s(", "), ls(&["foo", "bar"]), ls(&["baz"])]),
            s("foo, bar, baz")
        );
        assert_eq!(
            ok("join", vec![s("-"), l(vec![n(1.0), Val::Bool(true)])]),
            s("1-true")
        );
        assert!(err("join", vec![s("-"), l(vec![Val::Null])]).contains("null"));
        assert_eq!(ok("lower", vec![s("HELLO Ärger")]), s("hello ärger"));
        assert_eq!(ok("upper", vec![s("hello ärger")]), s("HELLO ÄRGER"));
        assert_eq!(
            ok("split", vec![s(","), s("foo,bar,baz")]),
            ls(&["foo", "bar", "baz"])
        );
        assert_eq!(ok("split", vec![s(","), s("")]), ls(&[""]));
        assert_eq!(ok("split", vec![s(""), s("ab")]), ls(&["a", "b"]));
        assert_eq!(ok("strrev", vec![s("hello")]), s("olleh"));
        assert_eq!(ok("strrev", vec![s("ae\u{301}")]), s("e\u{301}a"));
        assert_eq!(
            ok("substr", vec![s("hello world"), n(1.0), n(4.0)]),
            s("ello")
        );
        assert_eq!(ok("substr", vec![s("🤔🤷"), n(0.0), n(1.0)]), s("🤔"));
        assert_eq!(
            ok("substr", vec![s("hello world"), n(-5.0), n(-1.0)]),
            s("world")
        );
        assert_eq!(ok("substr", vec![s("hello"), n(10.0), n(2.0)]), s(""));
        assert_eq!(ok("substr", vec![s("hello"), n(3.0), n(100.0)]), s("lo"));
        assert_eq!(
            ok("title", vec![s("hello world-wide web_x")]),
            s("Hello World-Wide Web_x")
        );
        assert_eq!(ok("trim", vec![s("?!hello?!"), s("!?")]), s("hello"));
        assert_eq!(
            ok("trimprefix", vec![s("helloworld"), s("hello")]),
            s("world")
        );
        assert_eq!(
            ok("trimsuffix", vec![s("helloworld"), s("world")]),
            s("hello")
        );
        assert_eq!(ok("trimspace", vec![s("  hello\n\n")]), s("hello"));
        assert_eq!(ok("length", vec![s("héllo")]), n(5.0));
        assert_eq!(ok("length", vec![s("👾🕹️")]), n(2.0));
        assert_eq!(ok("length", vec![s("🇩🇪🇫🇷")]), n(2.0));
    }

    #[test]
    fn regexes() {
        assert_eq!(
            ok(
                "regex",
                vec![s("[a-z]+"), s("53453453.345345aaabbbccc23454")]
            ),
            s("aaabbbccc")
        );
        assert_eq!(
            ok(
                "regex",
                vec![s("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"), s("2019-02-01")]
            ),
            ls(&["2019", "02", "01"])
        );
        assert_eq!(
            ok(
                "regex",
                vec![
                    s("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"),
                    s("https://terraform.io/docs/")
                ]
            ),
            m(&[("scheme", s("https")), ("authority", s("terraform.io"))])
        );
        assert_eq!(
            ok("regex", vec![s("(a)|(b)"), s("b")]),
            l(vec![Val::Null, s("b")])
        );
        assert!(err("regex", vec![s("[a-z]+"), s("123")]).contains("did not match"));
        assert!(err("regex", vec![s("(?P<x>a)(b)"), s("ab")]).contains("mix named and unnamed"));
        assert!(err("regex", vec![s("(unclosed"), s("x")]).contains("invalid regular expression"));
        assert_eq!(
            ok("regexall", vec![s("[a-z]+"), s("1234abcd5678efgh9")]),
            ls(&["abcd", "efgh"])
        );
        assert_eq!(ok("regexall", vec![s("[a-z]+"), s("123")]), l(vec![]));
        assert_eq!(
            ok("replace", vec![s("1 + 2 + 3"), s("+"), s("-")]),
            s("1 - 2 - 3")
        );
        assert_eq!(
            ok(
                "replace",
                vec![s("hello world"), s("/w.*d/"), s("everybody")]
            ),
            s("hello everybody")
        );
        assert_eq!(
            ok(
                "replace",
                vec![s("a-1 b-2"), s("/([a-z])-(\\d)/"), s("$2$1")]
            ),
            s("1a 2b")
        );
        assert_eq!(ok("replace", vec![s("abc"), s(""), s("-")]), s("-a-b-c-"));
        assert_eq!(ok("replace", vec![s("a/b"), s("/"), s("_")]), s("a_b"));
    }

    #[test]
    fn collections() {
        let t = Val::Bool(true);
        let f = Val::Bool(false);
        assert_eq!(ok("alltrue", vec![l(vec![s("true"), t.clone()])]), t);
        assert_eq!(ok("alltrue", vec![l(vec![])]), t);
        assert_eq!(ok("alltrue", vec![l(vec![unk("a.b"), f.clone()])]), f);
        assert_eq!(
            refs(&ok("alltrue", vec![l(vec![unk("a.b"), t.clone()])])),
            vec!["a.b"]
        );
        assert_eq!(ok("anytrue", vec![l(vec![unk("a.b"), t.clone()])]), t);
        assert_eq!(ok("anytrue", vec![l(vec![])]), f);
        assert_eq!(
            ok("chunklist", vec![ls(&["a", "b", "c", "d", "e"]), n(2.0)]),
            l(vec![ls(&["a", "b"]), ls(&["c", "d"]), ls(&["e"])])
        );
        assert_eq!(
            ok("chunklist", vec![ls(&["a"]), n(0.0)]),
            l(vec![ls(&["a"])])
        );
        assert_eq!(ok("coalesce", vec![s(""), Val::Null, s("b")]), s("b"));
        assert_eq!(ok("coalesce", vec![n(1.0), n(2.0)]), n(1.0));
        assert_eq!(ok("coalesce", vec![Val::Null, n(1.0), s("x")]), s("1"));
        assert!(err("coalesce", vec![s(""), Val::Null]).contains("no non-null"));
        assert_eq!(
            ok("coalescelist", vec![l(vec![]), ls(&["c", "d"])]),
            ls(&["c", "d"])
        );
        assert_eq!(
            ok("compact", vec![l(vec![s("a"), s(""), Val::Null, s("b")])]),
            ls(&["a", "b"])
        );
        assert_eq!(
            ok("concat", vec![ls(&["a"]), l(vec![unk("x.y"), s("b")])]),
            l(vec![s("a"), unk("x.y"), s("b")])
        );
        assert_eq!(ok("contains", vec![ls(&["a", "b"]), s("b")]), t);
        assert_eq!(ok("contains", vec![ls(&["a", "b"]), s("c")]), f);
        assert_eq!(ok("contains", vec![l(vec![n(1.0)]), s("1")]), f);
        assert_eq!(ok("contains", vec![l(vec![unk("q.r"), s("c")]), s("c")]), t);
        assert_eq!(
            refs(&ok("contains", vec![l(vec![unk("q.r")]), s("c")])),
            vec!["q.r"]
        );
        assert_eq!(
            ok("distinct", vec![ls(&["a", "b", "a", "c", "d", "b"])]),
            ls(&["a", "b", "c", "d"])
        );
        assert_eq!(ok("element", vec![ls(&["a", "b", "c"]), n(1.0)]), s("b"));
        assert_eq!(ok("element", vec![ls(&["a", "b", "c"]), n(3.0)]), s("a"));
        assert_eq!(
            ok("element", vec![l(vec![s("a"), unk("z.z")]), n(1.0)]),
            unk("z.z")
        );
        assert!(err("element", vec![ls(&["a"]), n(-1.0)]).contains("negative"));
        assert!(err("element", vec![l(vec![]), n(0.0)]).contains("empty list"));
        assert_eq!(
            ok(
                "flatten",
                vec![l(vec![
                    ls(&["a", "b"]),
                    l(vec![]),
                    l(vec![l(vec![s("c")]), unk("u.v")])
                ])]
            ),
            l(vec![s("a"), s("b"), s("c"), unk("u.v")])
        );
        assert_eq!(ok("index", vec![ls(&["a", "b", "c"]), s("b")]), n(1.0));
        assert!(err("index", vec![ls(&["a"]), s("z")]).contains("item not found"));
        let mp = m(&[("b", n(2.0)), ("a", n(1.0)), ("c", unk("k.v"))]);
        assert_eq!(ok("keys", vec![mp.clone()]), ls(&["a", "b", "c"]));
        assert_eq!(
            ok("values", vec![mp.clone()]),
            l(vec![n(1.0), n(2.0), unk("k.v")])
        );
        assert_eq!(ok("length", vec![mp.clone()]), n(3.0));
        assert_eq!(ok("length", vec![l(vec![unk("x.a"), unk("x.b")])]), n(2.0));
        assert!(err("length", vec![Val::Null]).contains("null"));
        assert_eq!(ok("lookup", vec![mp.clone(), s("a")]), n(1.0));
        assert_eq!(ok("lookup", vec![mp.clone(), s("c")]), unk("k.v"));
        assert_eq!(
            ok("lookup", vec![mp.clone(), s("zz"), s("dflt")]),
            s("dflt")
        );
        assert!(err("lookup", vec![mp.clone(), s("zz")]).contains("\"zz\""));
        assert_eq!(
            ok(
                "matchkeys",
                vec![
                    ls(&["i-123", "i-abc", "i-def"]),
                    ls(&["us-west", "us-east", "us-east"]),
                    ls(&["us-east"])
                ]
            ),
            ls(&["i-abc", "i-def"])
        );
        assert_eq!(
            ok(
                "merge",
                vec![
                    m(&[("a", s("b")), ("c", s("d"))]),
                    Val::Null,
                    m(&[("e", unk("m.n")), ("a", s("z"))])
                ]
            ),
            m(&[("a", s("z")), ("c", s("d")), ("e", unk("m.n"))])
        );
        assert!(err("merge", vec![ls(&["a"])]).contains("must be a map"));
        assert_eq!(ok("one", vec![l(vec![])]), Val::Null);
        assert_eq!(ok("one", vec![ls(&["x"])]), s("x"));
        assert!(err("one", vec![ls(&["x", "y"])]).contains("zero or one"));
        assert_eq!(ok("reverse", vec![ls(&["a", "b"])]), ls(&["b", "a"]));
        assert_eq!(
            ok("slice", vec![ls(&["a", "b", "c", "d"]), n(1.0), n(3.0)]),
            ls(&["b", "c"])
        );
        assert!(err("slice", vec![ls(&["a"]), n(0.0), n(2.0)]).contains("length of the list"));
        assert!(
            err("slice", vec![ls(&["a", "b"]), n(2.0), n(1.0)]).contains("greater than the end")
        );
        assert_eq!(
            ok("sort", vec![l(vec![s("e"), s("d"), n(10.0), n(9.0)])]),
            ls(&["10", "9", "d", "e"])
        );
        assert_eq!(
            ok(
                "transpose",
                vec![m(&[("a", ls(&["1", "2"])), ("b", ls(&["2", "3"]))])]
            ),
            m(&[("1", ls(&["a"])), ("2", ls(&["a", "b"])), ("3", ls(&["b"]))])
        );
        assert_eq!(
            ok("zipmap", vec![ls(&["a", "b"]), l(vec![n(1.0), unk("w.w")])]),
            m(&[("a", n(1.0)), ("b", unk("w.w"))])
        );
        assert!(err("zipmap", vec![ls(&["a"]), l(vec![])]).contains("does not match"));
    }

    #[test]
    fn ranges() {
        assert_eq!(ok("range", vec![n(3.0)]), l(vec![n(0.0), n(1.0), n(2.0)]));
        assert_eq!(
            ok("range", vec![n(1.0), n(4.0)]),
            l(vec![n(1.0), n(2.0), n(3.0)])
        );
        assert_eq!(
            ok("range", vec![n(1.0), n(8.0), n(2.0)]),
            l(vec![n(1.0), n(3.0), n(5.0), n(7.0)])
        );
        assert_eq!(
            ok("range", vec![n(4.0), n(1.0)]),
            l(vec![n(4.0), n(3.0), n(2.0)])
        );
        assert_eq!(
            ok("range", vec![n(-3.0)]),
            l(vec![n(0.0), n(-1.0), n(-2.0)])
        );
        assert_eq!(
            ok("range", vec![n(0.0), n(0.5), n(0.1)]),
            l(vec![n(0.0), n(0.1), n(0.2), n(0.3), n(0.4)])
        );
        assert_eq!(ok("range", vec![n(1.0), n(4.0), n(-1.0)]), l(vec![]));
        assert!(err("range", vec![n(0.0), n(5.0), n(0.0)]).contains("step must not be zero"));
        assert_eq!(
            ok("range", vec![n(1024.0)]),
            l((0..1024).map(|i| n(f64::from(i))).collect())
        );
        assert!(err("range", vec![n(1025.0)]).contains("more than 1024 values"));
        assert!(err("range", vec![n(2e6)]).contains("more than 1024 values"));
        assert!(err("range", vec![n(0.0), n(1.0), n(1e-300)]).contains("more than 1024"));
        assert!(err("range", vec![n(-1e308), n(1e308)]).contains("more than 1024"));
    }

    #[test]
    fn sets() {
        assert_eq!(
            ok("toset", vec![ls(&["c", "b", "b", "a"])]),
            ls(&["a", "b", "c"])
        );
        assert_eq!(
            ok("toset", vec![l(vec![n(10.0), n(9.0), n(10.0)])]),
            l(vec![n(9.0), n(10.0)])
        );
        assert_eq!(
            ok("toset", vec![l(vec![s("a"), n(1.0), Val::Bool(true)])]),
            ls(&["1", "a", "true"])
        );
        assert_eq!(
            ok("toset", vec![l(vec![unk("r.s"), s("b"), s("a")])]),
            l(vec![s("a"), s("b"), unk("r.s")])
        );
        assert_eq!(
            ok("setunion", vec![ls(&["b", "a"]), ls(&["c", "a"])]),
            ls(&["a", "b", "c"])
        );
        assert_eq!(
            ok(
                "setintersection",
                vec![ls(&["a", "b"]), ls(&["b", "c"]), ls(&["b", "d"])]
            ),
            ls(&["b"])
        );
        assert_eq!(
            ok("setsubtract", vec![ls(&["a", "b", "c"]), ls(&["a", "c"])]),
            ls(&["b"])
        );
        assert_eq!(
            ok("setproduct", vec![ls(&["a", "b"]), ls(&["x", "y"])]),
            l(vec![
                ls(&["a", "x"]),
                ls(&["a", "y"]),
                ls(&["b", "x"]),
                ls(&["b", "y"])
            ])
        );
        assert_eq!(ok("setproduct", vec![ls(&["a"]), l(vec![])]), l(vec![]));
        let big = l((0..1000).map(|i| n(f64::from(i))).collect());
        assert!(err("setproduct", vec![big.clone(), big.clone(), big]).contains("at most"));
        assert_eq!(
            refs(&ok(
                "setunion",
                vec![l(vec![unk("a.a")]), l(vec![unk("b.b")])]
            )),
            vec!["a.a", "b.b"]
        );
    }

    #[test]
    fn encoding() {
        assert_eq!(
            ok("base64encode", vec![s("Hello World")]),
            s("SGVsbG8gV29ybGQ=")
        );
        assert_eq!(
            ok("base64decode", vec![s("SGVsbG8gV29ybGQ=")]),
            s("Hello World")
        );
        assert!(err("base64decode", vec![s("not base64!")]).contains("failed to decode"));
        assert!(err("base64decode", vec![s("/w==")]).contains("UTF-8"));
        assert_eq!(
            ok(
                "csvdecode",
                vec![s("a,b,c\n1,2,3\n\"x,y\",\"q\"\"r\",\r\n")]
            ),
            l(vec![
                m(&[("a", s("1")), ("b", s("2")), ("c", s("3"))]),
                m(&[("a", s("x,y")), ("b", s("q\"r")), ("c", s(""))]),
            ])
        );
        assert!(
            err("csvdecode", vec![s("a,b\n1,2,3\n")]).contains("line 2: wrong number of fields")
        );
        assert!(err("csvdecode", vec![s("")]).contains("missing header"));
        assert!(err("csvdecode", vec![s("a\nx\"y\n")]).contains("bare \""));
        assert_eq!(
            ok(
                "jsondecode",
                vec![s(r#"{"hello": "world", "n": [1, true, null]}"#)]
            ),
            m(&[
                ("hello", s("world")),
                ("n", l(vec![n(1.0), Val::Bool(true), Val::Null]))
            ])
        );
        assert!(err("jsondecode", vec![s("{")]).contains("invalid JSON"));
        assert_eq!(
            ok(
                "jsonencode",
                vec![m(&[
                    ("z", n(1.0)),
                    ("a", l(vec![n(1.5), Val::Null, s("<&>")])),
                    ("m", Val::Bool(false))
                ])]
            ),
            s(r#"{"a":[1.5,null,"\u003c\u0026\u003e"],"m":false,"z":1}"#)
        );
        assert_eq!(
            ok("jsonencode", vec![s("line\nbreak")]),
            s("\"line\\nbreak\"")
        );
        assert_eq!(
            refs(&ok("jsonencode", vec![m(&[("a", unk("aws_s3_bucket.b"))])])),
            vec!["aws_s3_bucket.b"]
        );
        assert_eq!(
            ok("urlencode", vec![s("Hello World!")]),
            s("Hello+World%21")
        );
        assert_eq!(
            ok("urlencode", vec![s("foo:bar@localhost?a=b&c~")]),
            s("foo%3Abar%40localhost%3Fa%3Db%26c~")
        );
        assert_eq!(
            ok("yamldecode", vec![s("a: 1\nb: [x, true]\nc: ~\n")]),
            m(&[
                ("a", n(1.0)),
                ("b", l(vec![s("x"), Val::Bool(true)])),
                ("c", Val::Null)
            ])
        );
        assert!(err("yamldecode", vec![s("a: 1\n---\nb: 2\n")]).contains("more than one"));
        assert!(ok("yamlencode", vec![m(&[])]).is_unknown());
        assert!(ok("base64gzip", vec![s("x")]).is_unknown());
    }

    #[test]
    fn hashes() {
        assert_eq!(
            ok("md5", vec![s("hello world")]),
            s("5eb63bbbe01eeed093cb22bb8f5acdc3")
        );
        assert_eq!(
            ok("sha1", vec![s("hello world")]),
            s("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed")
        );
        assert_eq!(
            ok("sha256", vec![s("hello world")]),
            s("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")
        );
        assert_eq!(
            ok("sha512", vec![s("hello world")]),
            s("309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f")
        );
        assert_eq!(
            ok("base64sha256", vec![s("hello world")]),
            s("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=")
        );
        assert_eq!(
            ok("base64sha512", vec![s("hello world")]),
            s("MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==")
        );
        assert_eq!(
            ok("uuidv5", vec![s("dns"), s("www.terraform.io")]),
            s("a5008fae-b28c-5ba5-96cd-82b4c53552d6")
        );
        assert_eq!(
            ok("uuidv5", vec![s("url"), s("https://www.terraform.io/")]),
            s("9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5")
        );
        assert_eq!(
            ok(
                "uuidv5",
                vec![
                    s("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
                    s("www.terraform.io")
                ]
            ),
            s("a5008fae-b28c-5ba5-96cd-82b4c53552d6")
        );
        assert!(err("uuidv5", vec![s("nope"), s("x")]).contains("namespace"));
        for f in ["uuid", "timestamp", "plantimestamp"] {
            assert!(ok(f, vec![]).is_unknown(), "{f}");
        }
        assert!(ok("bcrypt", vec![s("pw")]).is_unknown());
        assert!(ok("timeadd", vec![s("2024-01-01T00:00:00Z"), s("1h")]).is_unknown());
    }

    #[test]
    fn networks() {
        assert_eq!(
            ok("cidrsubnet", vec![s("10.0.0.0/16"), n(8.0), n(2.0)]),
            s("10.0.2.0/24")
        );
        assert_eq!(
            ok("cidrsubnet", vec![s("172.16.0.0/12"), n(4.0), n(2.0)]),
            s("172.18.0.0/16")
        );
        assert_eq!(
            ok("cidrsubnet", vec![s("10.1.2.0/24"), n(4.0), n(15.0)]),
            s("10.1.2.240/28")
        );
        assert_eq!(
            ok("cidrsubnet", vec![s("10.1.2.3/24"), n(0.0), n(0.0)]),
            s("10.1.2.0/24")
        );
        assert_eq!(
            ok(
                "cidrsubnet",
                vec![s("fd00:fd12:3456:7890::/56"), n(16.0), n(162.0)]
            ),
            s("fd00:fd12:3456:7800:a200::/72")
        );
        let e = err("cidrsubnet", vec![s("10.0.0.0/16"), n(20.0), n(0.0)]);
        assert!(
            e.contains("insufficient address space") && e.contains("10.0.0.0/16"),
            "{e}"
        );
        assert!(err("cidrsubnet", vec![s("10.0.0.0/16"), n(40.0), n(0.0)])
            .contains("more than 32 bits"));
        assert!(
            err("cidrsubnet", vec![s("10.0.0.0/16"), n(2.0), n(4.0)]).contains("subnet numbered 4")
        );
        assert!(err("cidrsubnet", vec![s("10.0.0.0"), n(2.0), n(1.0)]).contains("invalid CIDR"));
        assert_eq!(
            ok("cidrhost", vec![s("10.12.112.0/20"), n(16.0)]),
            s("10.12.112.16")
        );
        assert_eq!(
            ok("cidrhost", vec![s("10.12.112.0/20"), n(268.0)]),
            s("10.12.113.12")
        );
        assert_eq!(
            ok("cidrhost", vec![s("10.0.0.0/24"), n(-1.0)]),
            s("10.0.0.255")
        );
        assert_eq!(
            ok(
                "cidrhost",
                vec![s("fd00:fd12:3456:7890:00a2::/72"), n(34.0)]
            ),
            s("fd00:fd12:3456:7890::22")
        );
        assert!(err("cidrhost", vec![s("10.0.0.0/24"), n(256.0)]).contains("host numbered 256"));
        assert!(err("cidrhost", vec![s("10.0.0.0/24"), n(-257.0)]).contains("host numbered -257"));
        assert_eq!(
            ok("cidrnetmask", vec![s("172.16.0.0/12")]),
            s("255.240.0.0")
        );
        assert_eq!(ok("cidrnetmask", vec![s("0.0.0.0/0")]), s("0.0.0.0"));
        assert!(err("cidrnetmask", vec![s("fd00::/8")]).contains("IPv6"));
        assert_eq!(
            ok(
                "cidrsubnets",
                vec![s("10.1.0.0/16"), n(4.0), n(4.0), n(8.0), n(4.0)]
            ),
            ls(&[
                "10.1.0.0/20",
                "10.1.16.0/20",
                "10.1.32.0/24",
                "10.1.48.0/20"
            ])
        );
        assert_eq!(
            ok(
                "cidrsubnets",
                vec![
                    s("fd00:fd12:3456:7890::/56"),
                    n(16.0),
                    n(16.0),
                    n(16.0),
                    n(32.0)
                ]
            ),
            ls(&[
                "fd00:fd12:3456:7800::/72",
                "fd00:fd12:3456:7800:100::/72",
                "fd00:fd12:3456:7800:200::/72",
                "fd00:fd12:3456:7800:300::/88"
            ])
        );
        // Bug-compatible with Terraform (hashicorp/terraform#35486): go-cidr takes a next subnet
        // at address zero for a rollover, so a base starting at 0.0.0.0 fails.
        assert_eq!(
            err("cidrsubnets", vec![s("0.0.0.0/1"), n(1.0), n(1.0)]),
            "cidrsubnets: not enough remaining address space for a subnet with a prefix of 2 bits after 192.0.0.0/2"
        );
        assert_eq!(
            ok("cidrsubnets", vec![s("128.0.0.0/1"), n(1.0), n(1.0)]),
            ls(&["128.0.0.0/2", "192.0.0.0/2"])
        );
        assert_eq!(ok("cidrsubnets", vec![s("10.0.0.0/8")]), l(vec![]));
        assert!(
            err("cidrsubnets", vec![s("10.0.0.0/8"), n(1.0), n(1.0), n(1.0)])
                .contains("not enough remaining address space")
        );
        assert!(err("cidrsubnets", vec![s("10.0.0.0/8"), n(0.0)]).contains("at least one bit"));
        assert!(err("cidrsubnets", vec![s("10.0.0.0/30"), n(3.0)])
            .contains("too long for an IPv4 address"));
    }

    #[test]
    fn conversions() {
        assert_eq!(ok("tobool", vec![s("true")]), Val::Bool(true));
        assert_eq!(ok("tobool", vec![Val::Null]), Val::Null);
        assert!(err("tobool", vec![s("yes")]).contains("cannot convert"));
        assert_eq!(ok("tonumber", vec![s("1.5e1")]), n(15.0));
        assert!(err("tonumber", vec![s("no")]).contains("cannot convert"));
        assert!(err("tonumber", vec![s("inf")]).contains("cannot convert"));
        assert_eq!(ok("tostring", vec![n(2.5)]), s("2.5"));
        assert_eq!(ok("tostring", vec![Val::Bool(false)]), s("false"));
        assert!(err("tostring", vec![ls(&[])]).contains("cannot convert list"));
        assert_eq!(
            ok("tolist", vec![l(vec![s("a"), n(1.0), unk("p.q")])]),
            l(vec![s("a"), s("1"), unk("p.q")])
        );
        assert_eq!(
            ok("tomap", vec![m(&[("a", n(1.0)), ("b", s("x"))])]),
            m(&[("a", s("1")), ("b", s("x"))])
        );
        assert!(err("tomap", vec![ls(&[])]).contains("cannot convert"));
        assert_eq!(ok("sensitive", vec![s("x")]), s("x"));
        assert_eq!(ok("nonsensitive", vec![unk("a.b")]), unk("a.b"));
        assert!(ok("type", vec![s("x")]).is_unknown());
    }

    #[test]
    fn unknown_propagation() {
        let v = ok(
            "join",
            vec![s(","), l(vec![unk("aws_a.x"), s("k"), unk("aws_b.y")])],
        );
        assert_eq!(refs(&v), vec!["aws_a.x", "aws_b.y"]);
        let v = ok("upper", vec![unk("var.x")]);
        assert_eq!(refs(&v), vec!["var.x"]);
        let v = ok(
            "cidrsubnet",
            vec![unk("aws_vpc.main"), n(8.0), unk("count.x")],
        );
        assert_eq!(refs(&v), vec!["aws_vpc.main", "count.x"]);
        let v = ok(
            "format",
            vec![s("%s-%s"), unk("a.a"), m(&[("k", unk("b.b"))])],
        );
        assert_eq!(refs(&v), vec!["a.a", "b.b"]);
        assert!(ok("merge", vec![m(&[]), unk("m.m")]).is_unknown());
        assert!(ok("lookup", vec![m(&[("a", n(1.0))]), unk("k.k")]).is_unknown());
        assert!(ok("keys", vec![unk("k.k")]).is_unknown());
        assert_eq!(ok("keys", vec![m(&[("a", unk("v.v"))])]), ls(&["a"]));
        assert!(ok("coalesce", vec![Val::Null, unk("c.c"), s("x")]).is_unknown());
        assert_eq!(ok("coalesce", vec![s("x"), unk("c.c")]), s("x"));
        assert!(ok("sort", vec![l(vec![s("a"), unk("s.s")])]).is_unknown());
        assert!(ok("compact", vec![l(vec![s("a"), unk("s.s")])]).is_unknown());
        assert!(ok("index", vec![l(vec![unk("s.s"), s("a")]), s("a")]).is_unknown());
        let u = ok("some_future_function", vec![s("x")]);
        match u {
            Val::Unknown(u) => assert_eq!(
                u.reason,
                "function `some_future_function` is not supported offline"
            ),
            other => panic!("expected unknown, got {other:?}"),
        }
        for f in ["try", "can", "templatefile"] {
            assert_eq!(
                c(f, vec![s("x")]),
                Err("internal: handled by the evaluator".to_string())
            );
        }
    }

    #[test]
    fn paths() {
        assert_eq!(ok("basename", vec![s("foo/bar/baz.txt")]), s("baz.txt"));
        assert_eq!(ok("basename", vec![s("/foo/bar/")]), s("bar"));
        assert_eq!(ok("basename", vec![s("")]), s("."));
        assert_eq!(ok("basename", vec![s("///")]), s("/"));
        assert_eq!(ok("dirname", vec![s("foo/bar/baz.txt")]), s("foo/bar"));
        assert_eq!(ok("dirname", vec![s("/foo/bar/")]), s("/foo/bar"));
        assert_eq!(ok("dirname", vec![s("foo")]), s("."));
        assert_eq!(ok("dirname", vec![s("/")]), s("/"));
        assert_eq!(ok("pathexpand", vec![s("/etc/x")]), s("/etc/x"));
        assert!(ok("pathexpand", vec![s("~/.ssh/id_rsa")]).is_unknown());
        let ctx = FuncCtx {
            module_dir: Path::new("/work/mod"),
            root: Path::new("/work"),
            max_file_size: 10,
        };
        assert_eq!(
            ctx_call(&ctx, "abspath", vec![s("../x/./y")]),
            Ok(s("/work/x/y"))
        );
        assert_eq!(
            ctx_call(&ctx, "abspath", vec![s("/a/b/../c")]),
            Ok(s("/a/c"))
        );
    }

    #[test]
    fn files_are_confined_to_the_root() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let module = root.join("modules").join("app");
        std::fs::create_dir_all(&module).unwrap();
        std::fs::write(module.join("policy.json"), "{\"a\": 1}").unwrap();
        std::fs::write(module.join("big.txt"), "0123456789abcdef").unwrap();
        std::fs::write(module.join("bin.dat"), [0xff_u8, 0xfe]).unwrap();
        std::fs::write(tmp.path().join("secret.txt"), "secret").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(tmp.path().join("secret.txt"), module.join("link.txt")).unwrap();
        let ctx = FuncCtx {
            module_dir: &module,
            root: &root,
            max_file_size: 12,
        };
        let call = |name: &str, p: &str| ctx_call(&ctx, name, vec![s(p)]);

        assert_eq!(call("file", "policy.json"), Ok(s("{\"a\": 1}")));
        assert_eq!(call("file", "./../app/policy.json"), Ok(s("{\"a\": 1}")));
        // `path.module` is relative to the root module, as Terraform's working directory.
        assert_eq!(
            call("file", "./modules/app/policy.json"),
            Ok(s("{\"a\": 1}"))
        );
        let abs = module.join("policy.json");
        assert_eq!(call("file", &abs.to_string_lossy()), Ok(s("{\"a\": 1}")));
        assert_eq!(call("filebase64", "bin.dat"), Ok(s("//4=")));
        assert_eq!(
            call("filesha256", "policy.json"),
            Ok(ok("sha256", vec![s("{\"a\": 1}")]))
        );
        assert!(call("file", "bin.dat")
            .unwrap_err()
            .contains("not valid UTF-8"));
        assert!(call("file", "big.txt").unwrap().is_unknown());

        let e = call("file", "missing.txt").unwrap_err();
        assert_eq!(e, "file: no file exists at \"modules/app/missing.txt\"");
        let e = call("file", "../../../secret.txt").unwrap_err();
        assert!(e.contains("outside the scanned directory"), "{e}");
        // From the module, `../../etc/passwd` is still inside the root (and missing there)...
        assert_eq!(
            call("file", "../../etc/passwd").unwrap_err(),
            "file: no file exists at \"etc/passwd\""
        );
        // ...from the root module it leaves the root and is refused.
        let root_ctx = FuncCtx {
            module_dir: &root,
            ..ctx
        };
        let e = ctx_call(&root_ctx, "file", vec![s("../../etc/passwd")]).unwrap_err();
        assert!(e.contains("outside the scanned directory"), "{e}");
        let e = call("file", "../../../../../../../../etc/passwd").unwrap_err();
        assert!(e.contains("outside the scanned directory"), "{e}");
        assert!(call("file", "/etc/passwd").unwrap_err().contains("outside"));
        #[cfg(unix)]
        assert!(call("file", "link.txt").unwrap_err().contains("outside"));
        assert!(call("file", ".").unwrap_err().contains("is a directory"));

        assert_eq!(call("fileexists", "policy.json"), Ok(Val::Bool(true)));
        assert_eq!(call("fileexists", "nope.json"), Ok(Val::Bool(false)));
        assert!(call("fileexists", "../../../secret.txt").is_err());
        assert!(call("fileexists", "..").unwrap_err().contains("directory"));
        assert!(ctx_call(&ctx, "file", vec![unk("local_file.x")])
            .unwrap()
            .is_unknown());
        assert!(
            call("fileset", "*.json").is_err(),
            "fileset needs two arguments"
        );
        assert!(ctx_call(&ctx, "fileset", vec![s("."), s("*.json")])
            .unwrap()
            .is_unknown());
    }

    /// Every function, with many odd argument combinations, returns without panicking.
    #[test]
    fn no_panics_on_odd_arguments() {
        let tmp = tempfile::tempdir().unwrap();
        let ctx = FuncCtx {
            module_dir: tmp.path(),
            root: tmp.path(),
            max_file_size: 1024,
        };
        let names = [
            "abs",
            "ceil",
            "floor",
            "log",
            "max",
            "min",
            "parseint",
            "pow",
            "signum",
            "sum",
            "chomp",
            "endswith",
            "format",
            "formatlist",
            "indent",
            "join",
            "lower",
            "upper",
            "regex",
            "regexall",
            "replace",
            "split",
            "startswith",
            "strcontains",
            "strrev",
            "substr",
            "title",
            "trim",
            "trimprefix",
            "trimsuffix",
            "trimspace",
            "alltrue",
            "anytrue",
            "chunklist",
            "coalesce",
            "coalescelist",
            "compact",
            "concat",
            "contains",
            "distinct",
            "element",
            "flatten",
            "index",
            "keys",
            "length",
            "lookup",
            "matchkeys",
            "merge",
            "one",
            "range",
            "reverse",
            "setintersection",
            "setproduct",
            "setsubtract",
            "setunion",
            "slice",
            "sort",
            "transpose",
            "values",
            "zipmap",
            "base64decode",
            "base64encode",
            "csvdecode",
            "jsondecode",
            "jsonencode",
            "urlencode",
            "yamldecode",
            "abspath",
            "basename",
            "dirname",
            "pathexpand",
            "file",
            "fileexists",
            "filebase64",
            "md5",
            "sha1",
            "sha256",
            "sha512",
            "uuidv5",
            "cidrhost",
            "cidrnetmask",
            "cidrsubnet",
            "cidrsubnets",
            "tobool",
            "tolist",
            "tomap",
            "tonumber",
            "toset",
            "tostring",
        ];
        let samples = vec![
            Val::Null,
            Val::Bool(true),
            n(-1.5),
            n(3.0),
            n(1e300),
            n(f64::NAN),
            s(""),
            s("%"),
            s("/(/"),
            s("a,\"b\n"),
            s("10.0.0.0/30"),
            s("::/0"),
            s("é\u{301}"),
            l(vec![s("a"), n(1.0), l(vec![])]),
            m(&[("k", ls(&["x"]))]),
            unk("u.u"),
        ];
        let mut calls = 0;
        for name in names {
            let _ = ctx_call(&ctx, name, vec![]);
            for x in &samples {
                let _ = ctx_call(&ctx, name, vec![x.clone()]);
                for y in &samples {
                    let _ = ctx_call(&ctx, name, vec![x.clone(), y.clone()]);
                    for z in samples.iter().step_by(3) {
                        let _ = ctx_call(&ctx, name, vec![x.clone(), y.clone(), z.clone()]);
                        calls += 1;
                    }
                }
            }
        }
        assert!(calls > 10_000);
    }
}
