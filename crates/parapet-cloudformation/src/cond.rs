//! Conditions as boolean formulas over "atoms" (comparisons that could not be decided).
//!
//! Conditions are compiled once, dependencies first; a reference to another condition is a
//! [`F::Cond`] pointer, never a copy, so formulas stay linear in the size of the template and
//! evaluation never recurses from one condition into another. Each condition's three-valued
//! result (with every atom unknown) is memoized; a condition that stays unknown can be decided
//! by trying every assignment of its atoms, within a bound, under the assumptions of the
//! enclosing `Fn::If` branches and resource condition.

use std::collections::{BTreeSet, HashMap};

/// A three-valued truth value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    pub(crate) fn from_bool(b: bool) -> Tri {
        if b {
            Tri::True
        } else {
            Tri::False
        }
    }

    pub(crate) fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }

    pub(crate) fn and(items: impl IntoIterator<Item = Tri>) -> Tri {
        let mut out = Tri::True;
        for t in items {
            match t {
                Tri::False => return Tri::False,
                Tri::Unknown => out = Tri::Unknown,
                Tri::True => {}
            }
        }
        out
    }

    pub(crate) fn or(items: impl IntoIterator<Item = Tri>) -> Tri {
        let mut out = Tri::False;
        for t in items {
            match t {
                Tri::True => return Tri::True,
                Tri::Unknown => out = Tri::Unknown,
                Tri::False => {}
            }
        }
        out
    }
}

/// A compiled condition expression.
#[derive(Clone, Debug)]
pub(crate) enum F {
    Const(bool),
    Atom(usize),
    Cond(usize),
    Not(Box<F>),
    And(Vec<F>),
    Or(Vec<F>),
}

impl F {
    pub(crate) fn eval(&self, atom: &dyn Fn(usize) -> Tri, cond: &dyn Fn(usize) -> Tri) -> Tri {
        match self {
            F::Const(b) => Tri::from_bool(*b),
            F::Atom(a) => atom(*a),
            F::Cond(c) => cond(*c),
            F::Not(f) => f.eval(atom, cond).not(),
            F::And(fs) => Tri::and(fs.iter().map(|f| f.eval(atom, cond))),
            F::Or(fs) => Tri::or(fs.iter().map(|f| f.eval(atom, cond))),
        }
    }

    fn collect(&self, atoms: &mut BTreeSet<usize>, conds: &mut BTreeSet<usize>) {
        match self {
            F::Const(_) => {}
            F::Atom(a) => {
                atoms.insert(*a);
            }
            F::Cond(c) => {
                conds.insert(*c);
            }
            F::Not(f) => f.collect(atoms, conds),
            F::And(fs) | F::Or(fs) => fs.iter().for_each(|f| f.collect(atoms, conds)),
        }
    }
}

/// An undecided comparison (an `Fn::Equals` with an unknown side, or an opaque stand-in for a
/// broken condition).
#[derive(Clone, Debug)]
pub(crate) struct Atom {
    /// Why it is undecided.
    pub reason: String,
    /// For `Equals [unknown, literal]`: the identity of the unknown side and the literal. Two
    /// atoms about the same unknown with different literals cannot both hold.
    pub subject: Option<(String, String)>,
}

/// More atoms than this per condition are not tracked (the condition can then only be
/// decided by three-valued logic).
const MAX_TRACKED_ATOMS: usize = 16;

/// The outcome of deciding a condition.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Decision {
    True,
    False,
    /// Undecidable, with the reason.
    Unknown(String),
}

#[derive(Debug, Default)]
pub(crate) struct Conditions {
    /// Condition name → id (in declaration order).
    pub ids: HashMap<String, usize>,
    pub names: Vec<String>,
    formulas: Vec<F>,
    /// Three-valued result with every atom unknown.
    value3: Vec<Tri>,
    /// Atoms a condition depends on, transitively; `None` when more than tracked.
    atoms_of: Vec<Option<BTreeSet<usize>>>,
    /// Conditions a condition refers to directly.
    deps: Vec<Vec<usize>>,
    /// Position of each condition in dependency order.
    topo: Vec<usize>,
    atoms: Vec<Atom>,
    atom_keys: HashMap<String, usize>,
}

impl Conditions {
    /// Declares the conditions by name; returns their ids.
    pub fn declare(&mut self, names: &[String]) {
        for n in names {
            if !self.ids.contains_key(n) {
                self.ids.insert(n.clone(), self.names.len());
                self.names.push(n.clone());
            }
        }
        let n = self.names.len();
        self.formulas = vec![F::Const(false); n];
        self.value3 = vec![Tri::Unknown; n];
        self.atoms_of = vec![Some(BTreeSet::new()); n];
        self.deps = vec![Vec::new(); n];
        self.topo = vec![0; n];
    }

    /// Interns an atom; atoms with the same key are the same comparison.
    pub fn atom(&mut self, key: String, atom: Atom) -> usize {
        if let Some(&a) = self.atom_keys.get(&key) {
            return a;
        }
        let id = self.atoms.len();
        self.atoms.push(atom);
        self.atom_keys.insert(key, id);
        id
    }

    /// A fresh atom that is never shared (a broken or cyclic condition).
    pub fn opaque(&mut self, reason: String) -> usize {
        let id = self.atoms.len();
        self.atoms.push(Atom {
            reason,
            subject: None,
        });
        id
    }

    /// Records the formula of condition `c`. Conditions must be set in dependency order (every
    /// [`F::Cond`] it mentions already set), `pos` being its position in that order.
    pub fn set(&mut self, c: usize, f: F, pos: usize) {
        let mut atoms = BTreeSet::new();
        let mut conds = BTreeSet::new();
        f.collect(&mut atoms, &mut conds);
        let mut all = Some(atoms);
        for &d in &conds {
            all = match (all, &self.atoms_of[d]) {
                (Some(mut a), Some(b)) => {
                    a.extend(b.iter().copied());
                    Some(a)
                }
                _ => None,
            };
        }
        self.atoms_of[c] = all.filter(|a| a.len() <= MAX_TRACKED_ATOMS);
        self.value3[c] = f.eval(&|_| Tri::Unknown, &|d| self.value3[d]);
        self.deps[c] = conds.into_iter().collect();
        self.formulas[c] = f;
        self.topo[c] = pos;
    }

    /// The reason a condition is undecidable: the first undecided comparison it depends on.
    pub fn reason(&self, c: usize) -> String {
        let name = &self.names[c];
        let why = self.atoms_of[c]
            .as_ref()
            .and_then(|a| a.iter().next())
            .map(|&a| self.atoms[a].reason.clone());
        match why {
            Some(w) => format!("condition `{name}` cannot be decided: {w}"),
            None => format!("condition `{name}` cannot be decided"),
        }
    }

    /// Decides condition `c` given assumed values of other conditions (from enclosing
    /// `Fn::If` branches and the resource's condition), trying at most `max_branches`
    /// assignments of undecided comparisons.
    pub fn decide(&self, c: usize, assumptions: &[(usize, bool)], max_branches: usize) -> Decision {
        match self.value3[c] {
            Tri::True => return Decision::True,
            Tri::False => return Decision::False,
            Tri::Unknown => {}
        }
        if let Some(&(_, b)) = assumptions.iter().rev().find(|(a, _)| *a == c) {
            return if b { Decision::True } else { Decision::False };
        }
        let unknown = || Decision::Unknown(self.reason(c));
        let max_atoms = max_branches.max(1).ilog2() as usize;
        let Some(mut atoms) = self.atoms_of[c].clone() else {
            return unknown();
        };
        if atoms.len() > max_atoms {
            return unknown();
        }
        // The assumptions that share an atom with the question, as far as the bound allows.
        let mut used: Vec<(usize, bool)> = Vec::new();
        for &(a, b) in assumptions {
            if self.value3[a] != Tri::Unknown || used.iter().any(|(u, _)| *u == a) {
                continue;
            }
            let Some(aa) = &self.atoms_of[a] else {
                continue;
            };
            if !self.related(aa, &atoms) {
                continue;
            }
            let union: BTreeSet<usize> = atoms.union(aa).copied().collect();
            if union.len() <= max_atoms {
                atoms = union;
                used.push((a, b));
            }
        }
        // Every condition the question and the assumptions depend on, dependencies first.
        let mut closure = BTreeSet::new();
        let mut stack: Vec<usize> = std::iter::once(c).chain(used.iter().map(|u| u.0)).collect();
        while let Some(x) = stack.pop() {
            if closure.insert(x) {
                stack.extend(self.deps[x].iter().copied());
            }
        }
        let mut order: Vec<usize> = closure.into_iter().collect();
        order.sort_by_key(|&x| self.topo[x]);
        let atoms: Vec<usize> = atoms.into_iter().collect();
        let mut seen_true = false;
        let mut seen_false = false;
        let mut table: HashMap<usize, Tri> = HashMap::new();
        for mask in 0u64..(1u64 << atoms.len()) {
            let value = |a: usize| {
                atoms
                    .iter()
                    .position(|&x| x == a)
                    .map(|i| Tri::from_bool(mask & (1 << i) != 0))
                    .unwrap_or(Tri::Unknown)
            };
            if !self.consistent(&atoms, mask) {
                continue;
            }
            table.clear();
            for &x in &order {
                let v = self.formulas[x].eval(&value, &|d| {
                    table.get(&d).copied().unwrap_or(self.value3[d])
                });
                table.insert(x, v);
            }
            if used
                .iter()
                .any(|&(a, b)| table.get(&a).copied() != Some(Tri::from_bool(b)))
            {
                continue;
            }
            match table.get(&c) {
                Some(Tri::True) => seen_true = true,
                Some(Tri::False) => seen_false = true,
                _ => return unknown(),
            }
            if seen_true && seen_false {
                return unknown();
            }
        }
        match (seen_true, seen_false) {
            (true, false) => Decision::True,
            (false, true) => Decision::False,
            _ => unknown(),
        }
    }

    /// Whether two sets of atoms constrain each other: they share an atom, or compare the
    /// same unknown.
    fn related(&self, a: &BTreeSet<usize>, b: &BTreeSet<usize>) -> bool {
        if !a.is_disjoint(b) {
            return true;
        }
        let subject = |x: usize| self.atoms[x].subject.as_ref().map(|s| s.0.as_str());
        a.iter()
            .any(|&x| subject(x).is_some_and(|sx| b.iter().any(|&y| subject(y) == Some(sx))))
    }

    /// Whether an assignment is possible: one unknown cannot equal two different literals.
    fn consistent(&self, atoms: &[usize], mask: u64) -> bool {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (i, &a) in atoms.iter().enumerate() {
            if mask & (1 << i) == 0 {
                continue;
            }
            if let Some((subject, literal)) = &self.atoms[a].subject {
                match seen.get(subject.as_str()) {
                    Some(l) if *l != literal.as_str() => return false,
                    _ => {
                        seen.insert(subject, literal);
                    }
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq_atom(c: &mut Conditions, subject: &str, lit: &str) -> usize {
        c.atom(
            format!("{subject}={lit}"),
            Atom {
                reason: format!("parameter {subject} has no value"),
                subject: Some((subject.into(), lit.into())),
            },
        )
    }

    #[test]
    fn tautologies_and_exclusive_literals_are_decided() {
        let mut c = Conditions::default();
        c.declare(&["IsProd".into(), "Always".into(), "ProdAndDev".into()]);
        let prod = eq_atom(&mut c, "Env", "prod");
        let dev = eq_atom(&mut c, "Env", "dev");
        c.set(0, F::Atom(prod), 0);
        c.set(1, F::Or(vec![F::Cond(0), F::Not(Box::new(F::Cond(0)))]), 1);
        c.set(2, F::And(vec![F::Cond(0), F::Atom(dev)]), 2);
        assert!(matches!(c.decide(0, &[], 64), Decision::Unknown(_)));
        assert_eq!(c.decide(1, &[], 64), Decision::True);
        assert_eq!(c.decide(2, &[], 64), Decision::False);
        // A bound of one branch explores nothing.
        assert!(matches!(c.decide(1, &[], 1), Decision::Unknown(_)));
        assert_eq!(c.decide(0, &[(0, true)], 64), Decision::True);
        assert_eq!(c.decide(0, &[(1, true)], 64).clone(), c.decide(0, &[], 64));
    }

    #[test]
    fn assumptions_decide_related_conditions() {
        let mut c = Conditions::default();
        c.declare(&["IsProd".into(), "IsNotProd".into(), "IsDev".into()]);
        let prod = eq_atom(&mut c, "Env", "prod");
        let dev = eq_atom(&mut c, "Env", "dev");
        c.set(0, F::Atom(prod), 0);
        c.set(1, F::Not(Box::new(F::Atom(prod))), 1);
        c.set(2, F::Atom(dev), 2);
        assert_eq!(c.decide(1, &[(0, true)], 64), Decision::False);
        assert_eq!(c.decide(1, &[(0, false)], 64), Decision::True);
        // Env = prod excludes Env = dev.
        assert_eq!(c.decide(2, &[(0, true)], 64), Decision::False);
        assert!(matches!(
            c.decide(2, &[(0, false)], 64),
            Decision::Unknown(_)
        ));
        let r = c.reason(2);
        assert!(r.contains("IsDev") && r.contains("Env"), "{r}");
    }
}
