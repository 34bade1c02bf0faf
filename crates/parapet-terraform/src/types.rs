//! Variable type constraints: values are converted the way Terraform converts a module input
//! to the declared type — numbers and booleans to strings and back, elements of collections,
//! object attributes (extra ones dropped, `optional(T, default)` ones filled in).

use crate::eval::{Evaluator, Scope};
use crate::module::NoRefs;
use crate::val::{fmt_num, Val};
use hcl_edit::expr::{Expression, ObjectKey};
use indexmap::IndexMap;

#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    Any,
    String,
    Number,
    Bool,
    List(Box<Ty>),
    Set(Box<Ty>),
    Map(Box<Ty>),
    Tuple(Vec<Ty>),
    Object(Vec<Attr>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Attr {
    pub name: String,
    pub ty: Ty,
    pub optional: bool,
    pub default: Option<Val>,
}

/// Reads a type expression; anything not understood is `any` (no conversion).
pub fn parse(e: &Expression) -> Ty {
    parse_d(e, 0)
}

fn parse_d(e: &Expression, d: usize) -> Ty {
    if d > 64 {
        return Ty::Any;
    }
    match e {
        Expression::Variable(v) => match v.value().as_str() {
            "string" => Ty::String,
            "number" => Ty::Number,
            "bool" => Ty::Bool,
            _ => Ty::Any,
        },
        Expression::Parenthesis(p) => parse_d(p.inner(), d + 1),
        Expression::FuncCall(f) => {
            let args: Vec<&Expression> = f.args.iter().collect();
            let inner = || {
                args.first()
                    .map(|a| Box::new(parse_d(a, d + 1)))
                    .unwrap_or(Box::new(Ty::Any))
            };
            match f.name.name.value().as_str() {
                "list" => Ty::List(inner()),
                "set" => Ty::Set(inner()),
                "map" => Ty::Map(inner()),
                "tuple" => match args.first() {
                    Some(Expression::Array(a)) => {
                        Ty::Tuple(a.iter().map(|x| parse_d(x, d + 1)).collect())
                    }
                    _ => Ty::Any,
                },
                "object" => match args.first() {
                    Some(Expression::Object(o)) => {
                        let mut attrs = Vec::new();
                        for (k, v) in o.iter() {
                            let name = match k {
                                ObjectKey::Ident(i) => i.value().as_str().to_string(),
                                ObjectKey::Expression(Expression::Variable(i)) => {
                                    i.value().as_str().to_string()
                                }
                                ObjectKey::Expression(Expression::String(s)) => {
                                    s.value().to_string()
                                }
                                _ => return Ty::Any,
                            };
                            attrs.push(attr(name, v.expr(), d));
                        }
                        Ty::Object(attrs)
                    }
                    _ => Ty::Any,
                },
                _ => Ty::Any,
            }
        }
        _ => Ty::Any,
    }
}

fn attr(name: String, e: &Expression, d: usize) -> Attr {
    if let Expression::FuncCall(f) = e {
        if f.name.name.value().as_str() == "optional" {
            let args: Vec<&Expression> = f.args.iter().collect();
            let ty = args.first().map(|a| parse_d(a, d + 1)).unwrap_or(Ty::Any);
            let default = args.get(1).map(|a| {
                let r = NoRefs;
                let v = Evaluator { resolver: &r }.eval(a, &Scope::default());
                convert(v, &ty)
            });
            return Attr {
                name,
                ty,
                optional: true,
                default,
            };
        }
    }
    Attr {
        name,
        ty: parse_d(e, d + 1),
        optional: false,
        default: None,
    }
}

fn mismatch(want: &str, v: &Val) -> Val {
    Val::unknown(format!(
        "error: a {} value where {want} is required",
        v.type_name()
    ))
}

/// Converts a value to a type, as Terraform does for module inputs and variable defaults.
pub fn convert(v: Val, ty: &Ty) -> Val {
    if matches!(v, Val::Unknown(_) | Val::Null) || *ty == Ty::Any {
        return v;
    }
    match ty {
        Ty::Any => v,
        Ty::String => match &v {
            Val::Str(_) => v,
            Val::Num(n) => Val::Str(fmt_num(*n)),
            Val::Bool(b) => Val::Str(b.to_string()),
            _ => mismatch("string", &v),
        },
        Ty::Number => match v.as_num() {
            Some(n) if !matches!(v, Val::Bool(_)) => Val::Num(n),
            _ => mismatch("number", &v),
        },
        Ty::Bool => match v.as_bool() {
            Some(b) => Val::Bool(b),
            None => mismatch("bool", &v),
        },
        Ty::List(t) | Ty::Set(t) => match v {
            Val::List(l) => {
                let mut out: Vec<Val> = l.into_iter().map(|x| convert(x, t)).collect();
                if matches!(ty, Ty::Set(_)) {
                    let mut seen: Vec<Val> = Vec::new();
                    out.retain(|x| {
                        if x.contains_unknown() || !seen.contains(x) {
                            seen.push(x.clone());
                            true
                        } else {
                            false
                        }
                    });
                }
                Val::List(out)
            }
            other => mismatch("list", &other),
        },
        Ty::Map(t) => match v {
            Val::Map(m) => Val::Map(m.into_iter().map(|(k, x)| (k, convert(x, t))).collect()),
            other => mismatch("map", &other),
        },
        Ty::Tuple(ts) => match v {
            Val::List(l) if l.len() == ts.len() => {
                Val::List(l.into_iter().zip(ts).map(|(x, t)| convert(x, t)).collect())
            }
            other => mismatch("tuple", &other),
        },
        Ty::Object(attrs) => match v {
            Val::Map(mut m) => {
                let mut out = IndexMap::new();
                for a in attrs {
                    let x = match m.shift_remove(&a.name) {
                        Some(Val::Null) | None if a.optional => {
                            a.default.clone().unwrap_or(Val::Null)
                        }
                        Some(x) => convert(x, &a.ty),
                        None => Val::unknown(format!("error: attribute `{}` is required", a.name)),
                    };
                    out.insert(a.name.clone(), x);
                }
                Val::Map(out)
            }
            other => mismatch("object", &other),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(s: &str) -> Ty {
        parse(&hcl_edit::parser::parse_expr(s).unwrap())
    }

    #[test]
    fn optional_attributes_are_filled_in() {
        let t = ty("list(object({ name = string, port = optional(number, 443), tags = optional(map(string)) }))");
        let mut m = IndexMap::new();
        m.insert("name".to_string(), Val::Num(1.0));
        m.insert("extra".to_string(), Val::Bool(true));
        let v = convert(Val::List(vec![Val::Map(m)]), &t);
        let Val::List(l) = v else { panic!() };
        let Val::Map(o) = &l[0] else { panic!() };
        assert_eq!(o.get("name"), Some(&Val::Str("1".into())));
        assert_eq!(o.get("port"), Some(&Val::Num(443.0)));
        assert_eq!(o.get("tags"), Some(&Val::Null));
        assert!(o.get("extra").is_none());
    }

    #[test]
    fn primitives_convert_and_mismatches_are_errors() {
        assert_eq!(convert(Val::Str("5".into()), &ty("number")), Val::Num(5.0));
        assert_eq!(
            convert(Val::Str("true".into()), &ty("bool")),
            Val::Bool(true)
        );
        assert!(convert(Val::Str("x".into()), &ty("number")).is_unknown());
        assert_eq!(
            convert(
                Val::List(vec![Val::Str("a".into()), Val::Str("a".into())]),
                &ty("set(string)")
            ),
            Val::List(vec![Val::Str("a".into())])
        );
        assert_eq!(ty("any"), Ty::Any);
        assert_eq!(ty("foo(1)"), Ty::Any);
    }
}
