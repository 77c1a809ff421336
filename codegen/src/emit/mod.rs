//! Emitters: the IR into the generated crate ([`rust`]), into other languages through
//! template sets ([`templates`]) and into OpenAPI documents ([`openapi`]), each file under the
//! same [`header`].

pub mod header;
pub mod model;
pub mod openapi;
pub mod rust;
pub mod schema;
pub mod templates;
