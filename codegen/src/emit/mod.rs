//! Emitters: the IR into the generated crate ([`rust`]) and into other languages through
//! template sets ([`templates`]).

pub mod model;
pub mod openapi;
pub mod rust;
pub mod templates;
