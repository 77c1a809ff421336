//! Reachability: which named types requests and responses reach, so emitters know which types
//! need validators (requests) and which are only decoded (responses). Linear in the size of the
//! service: types are looked up through one name index.

use std::collections::HashMap;

use crate::ir::{self, Type};

/// Pushes every type name `ty` mentions.
pub fn collect_named<'t>(ty: &'t Type, out: &mut Vec<&'t str>) {
    match ty {
        Type::Scalar { .. } => {}
        Type::List { item } => collect_named(item, out),
        Type::Map { value } => collect_named(value, out),
        Type::Named { name } => out.push(name),
        Type::Nullable { item } => collect_named(item, out),
    }
}

/// The names a type definition mentions: its fields' types, or its variants' content types.
fn mentions<'t>(kind: &'t ir::TypeKind, out: &mut Vec<&'t str>) {
    match kind {
        ir::TypeKind::Struct { fields, .. } => {
            for f in fields {
                collect_named(&f.ty, out);
            }
        }
        ir::TypeKind::Union { variants, .. } => out.extend(variants.iter().map(|v| v.ty.as_str())),
        ir::TypeKind::Enum { .. } => {}
    }
}

/// For each type (by index), the operations (by index) whose request or response reaches it.
/// Linear in the sum of what each operation reaches: one visit mark per type, stamped with the
/// operation that visited it last, serves every walk.
pub fn users(service: &ir::Service) -> Vec<Vec<usize>> {
    users_from(service, |op| {
        vec![op.request.as_str(), op.response.as_str()]
    })
}

/// For each type (by index), the operations (by index) whose request reaches it: those whose
/// servers validate it.
pub fn request_users(service: &ir::Service) -> Vec<Vec<usize>> {
    users_from(service, |op| vec![op.request.as_str()])
}

fn users_from<'s>(
    service: &'s ir::Service,
    roots_of: impl Fn(&'s ir::Operation) -> Vec<&'s str>,
) -> Vec<Vec<usize>> {
    let index = name_index(service);
    let mut out = vec![Vec::new(); service.types.len()];
    let mut stamp = vec![usize::MAX; service.types.len()];
    for (o, op) in service.operations.iter().enumerate() {
        let mut roots = roots_of(op);
        while let Some(name) = roots.pop() {
            let Some(&i) = index.get(name) else { continue };
            if std::mem::replace(&mut stamp[i], o) == o {
                continue;
            }
            out[i].push(o);
            mentions(&service.types[i].kind, &mut roots);
        }
    }
    out
}

fn name_index(service: &ir::Service) -> HashMap<&str, usize> {
    service
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect()
}

/// Which types (by index) the envelope's fields reach.
pub fn reached_by_envelope(service: &ir::Service) -> Vec<bool> {
    let index = name_index(service);
    let mut roots = Vec::new();
    for f in &service.envelope.fields {
        collect_named(&f.ty, &mut roots);
    }
    reach(service, &index, roots)
}

/// Marks which types requests and responses reach.
pub fn mark_reachability(service: &mut ir::Service) {
    let (in_request, in_response) = reached(service);
    for (i, t) in service.types.iter_mut().enumerate() {
        t.in_request = in_request[i];
        t.in_response = in_response[i];
    }
}

/// Which types requests and responses reach, by index.
fn reached(service: &ir::Service) -> (Vec<bool>, Vec<bool>) {
    let index = name_index(service);
    let request_roots: Vec<&str> = service
        .operations
        .iter()
        .map(|o| o.request.as_str())
        .collect();
    let mut response_roots: Vec<&str> = service
        .operations
        .iter()
        .map(|o| o.response.as_str())
        .collect();
    for f in &service.envelope.fields {
        collect_named(&f.ty, &mut response_roots);
    }
    (
        reach(service, &index, request_roots),
        reach(service, &index, response_roots),
    )
}

/// Which types (by index) the roots reach.
fn reach<'s>(
    service: &'s ir::Service,
    index: &HashMap<&str, usize>,
    mut roots: Vec<&'s str>,
) -> Vec<bool> {
    let mut seen = vec![false; service.types.len()];
    while let Some(name) = roots.pop() {
        let Some(&i) = index.get(name) else { continue };
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        mentions(&service.types[i].kind, &mut roots);
    }
    seen
}
