//! The template string of `Fn::Sub`.

/// A piece of an `Fn::Sub` template.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Part {
    Lit(String),
    /// `${Name}`, `${Resource.Attribute}` or `${AWS::Region}`.
    Var(String),
}

/// Splits a template into literal text and variables. `${!Literal}` is the literal text
/// `${Literal}`; an unterminated `${` is literal text, as CloudFormation leaves it.
pub(crate) fn parse(s: &str) -> Vec<Part> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("${") {
        lit.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        match after.find('}') {
            None => {
                lit.push_str(&rest[i..]);
                rest = "";
                break;
            }
            Some(j) => {
                let inner = &after[..j];
                if let Some(l) = inner.strip_prefix('!') {
                    lit.push_str("${");
                    lit.push_str(l);
                    lit.push('}');
                } else {
                    if !lit.is_empty() {
                        out.push(Part::Lit(std::mem::take(&mut lit)));
                    }
                    out.push(Part::Var(inner.trim().to_string()));
                }
                rest = &after[j + 1..];
            }
        }
    }
    lit.push_str(rest);
    if !lit.is_empty() {
        out.push(Part::Lit(lit));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_variables_and_literals() {
        assert_eq!(
            parse("arn:${AWS::Partition}:s3:::${Bucket}/*"),
            vec![
                Part::Lit("arn:".into()),
                Part::Var("AWS::Partition".into()),
                Part::Lit(":s3:::".into()),
                Part::Var("Bucket".into()),
                Part::Lit("/*".into()),
            ]
        );
        assert_eq!(
            parse("echo ${!HOME} ${A.Arn}"),
            vec![Part::Lit("echo ${HOME} ".into()), Part::Var("A.Arn".into())]
        );
        assert_eq!(parse("x ${oops"), vec![Part::Lit("x ${oops".into())]);
        assert_eq!(parse(""), Vec::<Part>::new());
    }
}
