//! The one way generated files import names: emitters register each path they use in the
//! file's [`Imports`], and the file is printed with one sorted `use` line per module.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

/// The names a generated file imports, by module path.
#[derive(Debug, Default, Clone)]
pub struct Imports {
    modules: BTreeMap<String, BTreeSet<String>>,
}

impl Imports {
    /// Imports `name` from `module` (`imapi_runtime::validate`, `Path`); `self` imports the
    /// module itself.
    pub fn add(&mut self, module: &str, name: &str) {
        self.modules
            .entry(module.to_owned())
            .or_default()
            .insert(name.to_owned());
    }

    /// Imports several names from one module.
    pub fn add_all(&mut self, module: &str, names: &[&str]) {
        for name in names {
            self.add(module, name);
        }
    }

    /// Merges another set.
    pub fn extend(&mut self, other: Imports) {
        for (module, names) in other.modules {
            self.modules.entry(module).or_default().extend(names);
        }
    }

    /// The set without one module's imports.
    pub fn without(&self, module: &str) -> Imports {
        let mut out = self.clone();
        out.modules.remove(module);
        out
    }

    /// The `use` items, `self` first in each list.
    pub fn tokens(&self) -> TokenStream {
        let mut out = TokenStream::new();
        for (module, names) in &self.modules {
            let path: syn::Path = syn::parse_str(module).expect("an emitter's module path");
            let mut names: Vec<&String> = names.iter().collect();
            names.sort_by_key(|n| (n.as_str() != "self", n.as_str().to_owned()));
            let names: Vec<proc_macro2::Ident> = names
                .iter()
                .map(|n| proc_macro2::Ident::new(n, proc_macro2::Span::call_site()))
                .collect();
            out.extend(match names.as_slice() {
                // `use a::b::{self};` is `use a::b;`.
                [one] if one == "self" => quote!(use #path;),
                [one] => quote!(use #path::#one;),
                many => quote!(use #path::{#(#many),*};),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_use_per_module_sorted() {
        let mut i = Imports::default();
        i.add("imapi_runtime::validate", "Violations");
        i.add("imapi_runtime::validate", "Path");
        i.add("imapi_runtime::validate", "self");
        i.add("std::time", "Duration");
        i.add("super", "Participant");
        assert_eq!(
            i.tokens().to_string(),
            quote! {
                use imapi_runtime::validate::{self, Path, Violations};
                use std::time::Duration;
                use super::Participant;
            }
            .to_string()
        );
        let mut alone = Imports::default();
        alone.add("imapi_runtime::tencent", "self");
        assert_eq!(
            alone.tokens().to_string(),
            quote!(
                use imapi_runtime::tencent;
            )
            .to_string()
        );
    }
}
