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
    }
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
    let index: HashMap<&str, usize> = service
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
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
        if let ir::TypeKind::Struct { fields, .. } = &service.types[i].kind {
            for f in fields {
                collect_named(&f.ty, &mut roots);
            }
        }
    }
    seen
}
