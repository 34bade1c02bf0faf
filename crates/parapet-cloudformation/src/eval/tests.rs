//! Unit tests of the evaluator.

use super::*;
use crate::values::join;
use std::sync::Arc;

/// The resolved properties of each created resource, and the edges.
fn evaluate(text: &str) -> (Vec<Evaluated>, Vec<Edge>, Vec<Diagnostic>) {
    let text: Arc<str> = text.into();
    let idx = LineIndex::new(text.clone());
    let (docs, errs) = parapet_yaml::load(&text, parapet_yaml::Limits::default());
    assert!(errs.is_empty(), "{errs:?}");
    let file: FileRef = "t.yaml".into();
    let opts = Options::default();
    let mut ctx = Ctx::new(&file, &idx, &docs[0].root, &opts);
    let evs = ctx.evaluate();
    (evs, ctx.edges, ctx.diags)
}

fn prop<'e>(evs: &'e [Evaluated], id: &str, key: &str) -> &'e Node {
    let e = evs.iter().find(|e| e.id == id).expect("resource");
    e.props.get(key).expect("property")
}

#[test]
fn references_to_resources_carry_their_address() {
    let t = "Parameters:\n  P: {Type: String, Default: Arn}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n  T:\n    Type: AWS::SNS::Topic\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      A: !Ref Q\n      B: !GetAtt [T, !Ref P]\n      C: !Sub '${Q.Arn}:${T}'\n      D: [!Ref AWS::NoValue, x]\n";
    let (evs, edges, diags) = evaluate(t);
    assert!(diags.is_empty(), "{diags:?}");
    let a = prop(&evs, "F", "A");
    assert!(a.is_unknown());
    assert_eq!(a.refs(), vec!["Resources.Q".to_string()]);
    assert_eq!(a.origin.line(), Some(11));
    let b = prop(&evs, "F", "B");
    assert_eq!(b.refs(), vec!["Resources.T".to_string()]);
    match &b.v {
        Dyn::Unknown(u) => assert!(u.reason.contains("T.Arn"), "{}", u.reason),
        other => panic!("{other:?}"),
    }
    let c = prop(&evs, "F", "C");
    assert_eq!(
        c.refs(),
        vec!["Resources.Q".to_string(), "Resources.T".to_string()]
    );
    assert_eq!(prop(&evs, "F", "D").as_list().map(<[Node]>::len), Some(1));
    let f = evs.iter().position(|e| e.id == "F").expect("F");
    for to in [0, 1] {
        assert!(edges.contains(&Edge {
            from: f,
            to,
            kind: EdgeKind::References
        }));
    }
    assert_eq!(edges.len(), 2);
}

#[test]
fn joins_keep_what_both_branches_agree_on() {
    let o = Origin::Synthetic;
    let s = |x: &str| Node::new(Dyn::String(x.into()), o.clone());
    let map = |kv: &[(&str, Node)]| {
        Node::new(
            Dyn::Map(kv.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()),
            o.clone(),
        )
    };
    let a = map(&[("x", s("1")), ("y", s("2"))]);
    let b = map(&[("x", s("1")), ("y", s("3")), ("z", s("4"))]);
    let j = join(Some(a), Some(b), "why", &o).expect("present");
    assert_eq!(j.get("x").and_then(Node::as_str), Some("1"));
    assert!(j.get("y").is_some_and(Node::is_unknown));
    assert!(j.get("z").is_some_and(Node::is_unknown));
    assert_eq!(join(None, None, "why", &o), None);
    assert!(join(Some(s("a")), None, "why", &o).is_some_and(|n| n.is_unknown()));
    let num = Node::new(Dyn::Number(1.0), o.clone());
    assert_eq!(
        join(Some(num), Some(s("1")), "why", &o).and_then(|n| scalar_text(&n)),
        Some("1".into())
    );
}
