//! The report as text, as JSON, and as a changelog section.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::json;

use super::{Bump, Change, Class, Report};

const CLASSES: [Class; 3] = [Class::ApiBreaking, Class::WireBreaking, Class::Compatible];

/// The version after `bump`, for a `major.minor.patch` version (Cargo's rules below 1.0).
pub fn next_version(version: &str, bump: Bump) -> Option<String> {
    let core = version.split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let (major, minor, patch) = (parts.next()??, parts.next()??, parts.next()??);
    let bump = if major == 0 { bump.pre_1() } else { bump };
    Some(match (major, bump) {
        (_, Bump::None) => version.to_owned(),
        (0, Bump::Minor) | (1.., Bump::Minor) => format!("{major}.{}.0", minor + 1),
        (_, Bump::Patch) => format!("{major}.{minor}.{}", patch + 1),
        (_, Bump::Major) => format!("{}.0.0", major + 1),
    })
}

/// One line saying which release the packages need.
pub fn advice(report: &Report, version: Option<&str>) -> String {
    let mut line = format!(
        "Semver: {} (a crate at 1.0 or later); {} under Cargo's rules for 0.x (a breaking change bumps the minor number)",
        report.bump.name(),
        report.bump_pre_1.name()
    );
    if let Some(version) = version {
        if let Some(next) = next_version(version, report.bump) {
            if next != version {
                let _ = write!(line, ": the generated packages go from {version} to {next}");
            } else {
                let _ = write!(line, ": the generated packages stay at {version}");
            }
        }
    }
    line
}

fn flags(c: &Change) -> String {
    let mut also = Vec::new();
    if c.class == Class::ApiBreaking && c.wire_breaking {
        also.push("also breaks the wire");
    }
    if c.class == Class::Compatible {
        also.push(if c.bump == Bump::Patch {
            "patch"
        } else {
            "minor"
        });
    }
    if also.is_empty() {
        String::new()
    } else {
        format!(" [{}]", also.join(", "))
    }
}

/// The report for people: the changes by class, then the release advice.
pub fn text(report: &Report, base: &str, head: &str, version: Option<&str>) -> String {
    let mut out = format!("codegen diff: {base} → {head}\n");
    if report.changes.is_empty() {
        out.push_str("\nNo change.\n");
    }
    for class in CLASSES {
        let changes: Vec<&Change> = report.of_class(class).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{} ({}):", class.title(), changes.len());
        for c in changes {
            let _ = writeln!(out, "  {}: {}{}", c.path, c.message, flags(c));
            if let Some(effect) = &c.effect {
                let _ = writeln!(out, "      {effect}");
            }
        }
    }
    let _ = writeln!(out, "\n{}", advice(report, version));
    out
}

/// The report for tools.
pub fn to_json(report: &Report, base: &str, head: &str, version: Option<&str>) -> String {
    let value = json!({
        "base": base,
        "head": head,
        "breaking": report.is_breaking(),
        "bump": report.bump,
        "bump_pre_1": report.bump_pre_1,
        "version": version,
        "next_version": version.and_then(|v| next_version(v, report.bump)),
        "changes": report.changes,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// Today's date (UTC), `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A Markdown changelog section for the report.
pub fn changelog_section(report: &Report, base: &str, version: Option<&str>) -> String {
    let next = version.and_then(|v| next_version(v, report.bump));
    let title = match &next {
        Some(next) => format!("## {next} ({}): spec changes since {base}", today()),
        None => format!("## {}: spec changes since {base}", today()),
    };
    let mut out = format!("{title}\n\n");
    if report.changes.is_empty() {
        out.push_str("No change to the spec.\n\n");
    }
    for class in CLASSES {
        let changes: Vec<&Change> = report.of_class(class).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}\n", class.title());
        for c in changes {
            let _ = write!(out, "- `{}`: {}", c.path, c.message);
            if let Some(effect) = &c.effect {
                let _ = write!(out, " ({effect})");
            }
            if c.class == Class::ApiBreaking && c.wire_breaking {
                out.push_str("; also breaks the wire");
            }
            out.push('\n');
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}.\n", advice(report, version));
    out
}

/// Writes `section` at the top of the changelog at `path` (after its `# ` title, if it has
/// one), creating the file if need be.
pub fn prepend_changelog(path: &Path, section: &str) -> std::io::Result<()> {
    let old = match std::fs::read_to_string(path) {
        Ok(old) => old,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    let new = if old.starts_with("# ") {
        let (title, rest) = old.split_once('\n').unwrap_or((&old, ""));
        format!("{title}\n\n{section}{}", rest.trim_start_matches('\n'))
    } else if old.is_empty() {
        format!("# Changelog\n\n{section}")
    } else {
        format!("{section}{old}")
    };
    std::fs::write(path, new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changelog_section_goes_after_the_title_or_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("CHANGELOG.md");
        prepend_changelog(&path, "## b\n\n").expect("new file");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "# Changelog\n\n## b\n\n"
        );
        prepend_changelog(&path, "## c\n\n").expect("after the title");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "# Changelog\n\n## c\n\n## b\n\n"
        );
        std::fs::write(&path, "## a\n").expect("write");
        prepend_changelog(&path, "## d\n\n").expect("no title");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "## d\n\n## a\n"
        );
    }

    #[test]
    fn today_is_a_date() {
        let today = today();
        assert_eq!(today.len(), 10, "{today}");
        assert!(today.starts_with("20"), "{today}");
    }
}
