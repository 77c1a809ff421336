//! Tools from other ecosystems that tests use (a TypeScript compiler, Python packages), installed
//! by the tests themselves on first use, pinned, into folders the repository ignores. A fresh
//! clone's `cargo test --workspace` therefore needs nothing run before it.
//!
//! Installs are serialized across test threads and processes with a lock file, and each is
//! finished by writing a stamp, so a half-done install (an interrupted run) is redone.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::repo_root;

/// Runs `install` unless `stamp` exists, holding `lock` meanwhile; panics with the command's
/// output if it fails.
fn install_once(stamp: &Path, lock: &Path, what: &str, install: &mut Command) {
    if stamp.exists() {
        return;
    }
    if let Some(parent) = lock.parent() {
        fs::create_dir_all(parent).expect("create the lock's folder");
    }
    let lock = File::create(lock).expect("create the install lock");
    lock.lock().expect("take the install lock");
    if stamp.exists() {
        return;
    }
    let output = install
        .output()
        .unwrap_or_else(|e| panic!("cannot run the installer for {what}: {e}"));
    assert!(
        output.status.success(),
        "installing {what} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    fs::write(stamp, "installed\n").expect("write the install stamp");
}

/// A binary of the Node packages pinned in `templates/package-lock.json` (`tsc`), installed
/// with `npm ci --prefer-offline` into `templates/node_modules` the first time it is asked for.
pub fn node_bin(name: &str) -> PathBuf {
    let dir = repo_root().join("templates");
    let modules = dir.join("node_modules");
    install_once(
        &modules.join(".imapi-installed"),
        &dir.join(".node-install.lock"),
        "the Node packages of templates/package.json",
        Command::new("npm").current_dir(&dir).args([
            "ci",
            "--prefer-offline",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ]),
    );
    let bin = modules.join(".bin").join(name);
    assert!(bin.exists(), "{} is not installed", bin.display());
    bin
}
