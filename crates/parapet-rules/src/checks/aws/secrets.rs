//! Shared heuristics for secrets written into configuration: variable names that hold
//! credentials, values that are references rather than secrets, and credential patterns in
//! free text (user data, scripts).

/// Name fragments (upper-cased, compared after removing `-`, `_` and `.`) of variables that
/// hold credentials.
const SECRET_NAME_PARTS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "PASSPHRASE",
    "SECRET",
    "APIKEY",
    "ACCESSKEY",
    "PRIVATEKEY",
    "AUTHTOKEN",
    "ACCESSTOKEN",
    "APITOKEN",
    "TOKEN",
    "CREDENTIAL",
    "CLIENTSECRET",
    "CONNECTIONSTRING",
];

/// Name fragments that mark a variable as naming a secret rather than holding one
/// (`DB_PASSWORD_SECRET_ARN`, `API_KEY_PARAMETER`, `TOKEN_TTL`).
const REFERENCE_NAME_PARTS: &[&str] = &[
    "ARN",
    "PARAM",
    "PARAMETER",
    "SSM",
    "NAME",
    "ID",
    "PATH",
    "FILE",
    "URL",
    "TTL",
    "TYPE",
    "LENGTH",
    "EXPIRY",
    "EXPIRES",
    "TIMEOUT",
    "HEADER",
    "ROTATION",
    "ENABLED",
    "REGION",
];

/// Whether an environment variable's name says it holds a credential.
pub fn secret_like_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    let words: Vec<&str> = upper
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| REFERENCE_NAME_PARTS.contains(w)) {
        return false;
    }
    let squashed: String = words.concat();
    SECRET_NAME_PARTS.iter().any(|p| squashed.contains(p))
}

/// Whether a value is clearly not a secret itself: empty, a reference to a secret store (an
/// ARN, a CloudFormation dynamic reference, an SSM path), or a placeholder.
pub fn is_reference_or_empty(value: &str) -> bool {
    let v = value.trim();
    v.is_empty()
        || v.starts_with("arn:")
        || v.starts_with("{{resolve:")
        || v.starts_with("${")
        || v.starts_with("ssm:")
        || v.starts_with("secretsmanager:")
        || (v.starts_with('/') && !v.contains(' '))
        || v.starts_with('<')
}

/// The kind of credential found in free text, if any: an AWS access key id
/// (`AKIA` + 16 upper-case letters or digits), a PEM private key, or a `password=` assignment
/// with a literal value.
pub fn credential_in_text(text: &str) -> Option<&'static str> {
    let b = text.as_bytes();
    for i in 0..b.len() {
        if b[i..].starts_with(b"AKIA")
            && b.len() >= i + 20
            && b[i + 4..i + 20]
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 20).is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            return Some("an AWS access key id");
        }
    }
    if text.contains("-----BEGIN") && text.contains("PRIVATE KEY-----") {
        return Some("a private key");
    }
    let lower = text.to_ascii_lowercase();
    for key in [
        "password=",
        "passwd=",
        "password:",
        "password =",
        "password: ",
    ] {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(key) {
            let start = from + pos + key.len();
            let rest = text[start..].trim_start_matches([' ', '"', '\'']);
            let value: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | ';' | '&'))
                .collect();
            let is_expansion =
                value.starts_with('$') || value.starts_with('%') || value.starts_with('{');
            if value.len() >= 4 && !is_expansion {
                return Some("a password");
            }
            from = start;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(secret_like_name("DB_PASSWORD"));
        assert!(secret_like_name("stripeApiKey"));
        assert!(secret_like_name("GITHUB_TOKEN"));
        assert!(!secret_like_name("DB_PASSWORD_SECRET_ARN"));
        assert!(!secret_like_name("TOKEN_TTL"));
        assert!(!secret_like_name("TABLE_NAME"));
        assert!(!secret_like_name("LOG_LEVEL"));
    }

    #[test]
    fn text() {
        assert_eq!(
            credential_in_text("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"),
            Some("an AWS access key id")
        );
        assert!(credential_in_text("-----BEGIN RSA PRIVATE KEY-----\nMII...").is_some());
        assert_eq!(
            credential_in_text("mysql -u root --password=hunter22"),
            Some("a password")
        );
        assert_eq!(credential_in_text("echo password=$DB_PASSWORD"), None);
        assert_eq!(
            credential_in_text("#!/bin/bash\nyum install -y nginx\n"),
            None
        );
        assert_eq!(credential_in_text("AKIAIOSFODNN7EXAMPL"), None);
    }
}
