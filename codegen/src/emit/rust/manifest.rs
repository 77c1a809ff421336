//! The generated crate's `Cargo.toml`: a feature per service, and per side (client, server).

use crate::emit::header;
use crate::ir;
use crate::options::Options;

/// `Cargo.toml`, written through toml_edit so no spec text can become TOML of its own.
pub fn manifest(ir: &ir::Ir, options: &Options) -> String {
    use toml_edit::{value, Array, DocumentMut, InlineTable, Item, Table};

    /// A comment line: one line, whatever the text holds.
    fn comment(text: &str) -> String {
        let line: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        format!("# {}\n", line.trim())
    }
    fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> Item {
        value(items.into_iter().collect::<Array>())
    }
    fn inherited() -> Item {
        let mut table = Table::new();
        table.set_dotted(true);
        table["workspace"] = value(true);
        Item::Table(table)
    }

    let mut package = Table::new();
    package
        .decor_mut()
        .set_prefix(header::comment("#", &header::source(None)));
    package["name"] = value(options.crate_name.as_str());
    package["version"] = value("0.1.0");
    package["description"] = value("Typed models of the vendor IM APIs described under spec/");
    for key in ["edition", "rust-version", "license", "publish"] {
        package[key] = inherited();
    }

    let mut features = Table::new();
    features["default"] = list(["full", "client"]);
    features["client"] = list(["imapi-runtime/client"]);
    features["server"] = list(["imapi-runtime/server"]);
    features["redis"] = list(["server", "imapi-runtime/redis"]);
    features["full"] = list(ir.services.iter().map(|s| s.name.as_str()));
    for s in &ir.services {
        features[s.name.as_str()] = list([]);
    }
    let mut notes = vec![
        (
            "client",
            comment("A client per enabled service (reqwest with rustls)."),
        ),
        ("full", comment("Every service.")),
    ];
    notes.extend(
        ir.services
            .iter()
            .map(|s| (s.name.as_str(), comment(&s.title))),
    );
    for (key, note) in notes {
        if let Some(mut key) = features.key_mut(key) {
            key.leaf_decor_mut().set_prefix(note);
        }
    }

    let mut dependencies = Table::new();
    dependencies["imapi-runtime"] = inherited();
    dependencies["serde"] = inherited();
    // A tagged union keeps the content of a tag the spec does not list as JSON.
    let unions = ir
        .services
        .iter()
        .flat_map(|s| &s.types)
        .any(|t| matches!(t.kind, crate::ir::TypeKind::Union { .. }));
    if unions {
        dependencies["serde_json"] = inherited();
    }
    let mut dev_dependencies = Table::new();
    dev_dependencies["serde_json"] = inherited();
    // The crate docs' quick start is a whole program with `#[tokio::main]`.
    let mut tokio = InlineTable::new();
    tokio.insert("workspace", true.into());
    tokio.insert(
        "features",
        ["macros", "rt-multi-thread"]
            .into_iter()
            .collect::<Array>()
            .into(),
    );
    dev_dependencies["tokio"] = value(tokio);

    let mut doc = DocumentMut::new();
    doc["package"] = Item::Table(package);
    doc["features"] = Item::Table(features);
    doc["dependencies"] = Item::Table(dependencies);
    doc["dev-dependencies"] = Item::Table(dev_dependencies);
    doc.to_string()
}
