//! `examples/verdicts.rs` of the generated crate: the crate's verdict on every request of a
//! corpus (`codegen corpus` writes one, and runs this example for the verdicts), through
//! `imapi_runtime::corpus` and each enabled service's `for_each_operation`.

use proc_macro2::TokenStream;
use quote::quote;

use super::names;
use crate::ir;
use crate::options::Options;

/// The example's tokens.
pub fn verdicts_rs(ir: &ir::Ir, options: &Options) -> TokenStream {
    let krate = names::ident(&options.crate_ident());
    let visits = ir.services.iter().map(|s| {
        let feature = &s.name;
        let module = names::ident(&s.module);
        // A block: formatters keep its attribute on a line of its own, however short.
        quote! {
            #[cfg(feature = #feature)]
            {
                #krate::#module::for_each_operation(checks);
            }
        }
    });
    quote! {
        //! This crate's verdict on every request of a corpus, as `codegen corpus` asks for it:
        //! reads the corpus (JSON) from the file named first, or from standard input, and
        //! prints one verdict per request (`imapi_runtime::corpus`). A template set's own
        //! validators agree with the crate when they give the same verdicts.

        use imapi_runtime::corpus::{answer, Checks};
        use std::io::Read;
        use std::process::ExitCode;

        fn main() -> ExitCode {
            // A reference, so that a build with no service's feature on has nothing unused.
            let checks = &mut Checks::default();
            #(#visits)*
            let mut corpus = String::new();
            let read = match std::env::args_os().nth(1) {
                Some(path) => std::fs::read_to_string(path).map(|text| corpus = text),
                None => std::io::stdin().read_to_string(&mut corpus).map(drop),
            };
            if let Err(e) = read {
                eprintln!("verdicts: the corpus cannot be read: {e}");
                return ExitCode::from(2);
            }
            match answer(checks, &corpus) {
                Ok(verdicts) => {
                    println!("{verdicts}");
                    ExitCode::SUCCESS
                }
                Err(why) => {
                    eprintln!("verdicts: {why}");
                    ExitCode::from(2)
                }
            }
        }
    }
}
