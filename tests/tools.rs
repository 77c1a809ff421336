//! Tools from other ecosystems that tests use (a TypeScript compiler, Python packages, a JDK),
//! installed by the tests themselves on first use, pinned, into folders the repository ignores.
//! A fresh clone's `cargo test --workspace` therefore needs nothing run before it.
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

/// A `redis-server` of the test's own on 127.0.0.1, stopped when dropped. The Debian package
/// is installed on first use (`apt-get install redis-server`) when the machine lacks it. A test
/// can pause it (it keeps accepting connections and answers nothing), stop it and start it
/// again on the same port.
pub struct RedisServer {
    child: Option<std::process::Child>,
    /// The port it listens on.
    pub port: u16,
    binary: PathBuf,
    dir: tempfile::TempDir,
}

impl RedisServer {
    /// Starts a server with no persistence on a free port, and waits until it answers.
    pub fn start() -> RedisServer {
        let binary = redis_binary();
        let dir = tempfile::tempdir().expect("a folder for redis");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut server = RedisServer {
            child: None,
            port,
            binary,
            dir,
        };
        server.restart();
        server
    }

    /// Starts the server again on its port (after [`stop`](Self::stop)), and waits until it
    /// answers.
    pub fn restart(&mut self) {
        self.stop();
        let child = Command::new(&self.binary)
            .args(["--bind", "127.0.0.1", "--port", &self.port.to_string()])
            .args([
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "yes",
            ])
            .arg("--dir")
            .arg(self.dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start redis-server");
        self.child = Some(child);
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        panic!("redis-server did not start on port {}", self.port);
    }

    /// Stops the server: its port refuses connections until [`restart`](Self::restart).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Freezes the server (SIGSTOP): connections are still accepted by the kernel, and no
    /// command is answered until [`resume`](Self::resume).
    pub fn pause(&self) {
        self.signal("-STOP");
    }

    /// Lets a paused server go on (SIGCONT).
    pub fn resume(&self) {
        self.signal("-CONT");
    }

    fn signal(&self, signal: &str) {
        let child = self.child.as_ref().expect("the server is running");
        let status = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill {signal} failed");
    }

    /// `redis://127.0.0.1:<port>/`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        if self.child.is_some() {
            // A paused server must go on to die.
            self.resume();
        }
        self.stop();
    }
}

fn redis_binary() -> PathBuf {
    let local = PathBuf::from("/usr/local/bin/redis-server");
    if local.exists() {
        return local;
    }
    apt_binary(&["/usr/bin/redis-server"], &["redis-server"]).remove(0)
}

/// `javac` of a JDK 17 or later, with `java` beside it: the Debian package
/// `openjdk-17-jdk-headless` is installed on first use when the machine has no `javac`.
pub fn javac() -> PathBuf {
    let local = PathBuf::from("/usr/local/bin/javac");
    if local.exists() {
        return local;
    }
    apt_binary(&["/usr/bin/javac"], &["openjdk-17-jdk-headless"]).remove(0)
}

/// Headless Chromium and its WebDriver server: the paths of `chromium` and `chromedriver`,
/// the Debian packages `chromium` and `chromium-driver` installed on first use when the
/// machine lacks them.
pub fn chromium() -> (PathBuf, PathBuf) {
    let mut found = apt_binary(
        &["/usr/bin/chromium", "/usr/bin/chromedriver"],
        &["chromium", "chromium-driver"],
    );
    let driver = found.remove(1);
    (found.remove(0), driver)
}

/// The `binaries` (absolute paths), installing the Debian `packages` with apt-get when one
/// of them is missing (and the package lists first, when a fresh machine has none). Installs
/// are serialized across test processes with a lock file.
pub fn apt_binary(binaries: &[&str], packages: &[&str]) -> Vec<PathBuf> {
    let all_there = || binaries.iter().all(|b| Path::new(b).exists());
    if !all_there() {
        let lock = std::env::temp_dir().join("imapi-apt-install.lock");
        let install = || {
            Command::new("apt-get")
                .args(["install", "-y", "--no-install-recommends"])
                .args(packages)
                .env("DEBIAN_FRONTEND", "noninteractive")
                .output()
        };
        let lock_file = File::create(&lock).expect("create the apt lock");
        lock_file.lock().expect("take the apt lock");
        if !all_there() {
            let first = install().expect("run apt-get");
            if !first.status.success() {
                // The package lists may be missing on a fresh machine.
                let update = Command::new("apt-get")
                    .arg("update")
                    .env("DEBIAN_FRONTEND", "noninteractive")
                    .output()
                    .expect("run apt-get update");
                assert!(
                    update.status.success(),
                    "apt-get update failed:\n{}",
                    String::from_utf8_lossy(&update.stderr)
                );
                let second = install().expect("run apt-get");
                assert!(
                    second.status.success(),
                    "installing {} failed:\n{}",
                    packages.join(", "),
                    String::from_utf8_lossy(&second.stderr)
                );
            }
        }
    }
    binaries
        .iter()
        .map(|b| {
            let path = PathBuf::from(b);
            assert!(path.exists(), "{b} is installed");
            path
        })
        .collect()
}

/// A Python virtualenv with `packages` (pinned, `name==version`), made on first use under
/// `target/python/<name>` (which git ignores); returns its interpreter.
pub fn python_venv(name: &str, packages: &[&str]) -> PathBuf {
    let dir = repo_root().join("target/python").join(name);
    let python = dir.join("bin/python");
    let lock = repo_root()
        .join("target/python")
        .join(format!("{name}.lock"));
    // The stamp names the packages: a virtualenv made for another list is made again.
    let listed = packages.join(" ");
    let fnv = listed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let stamp = dir.join(format!(".imapi-installed-{fnv:016x}"));
    install_once(
        &stamp,
        &lock,
        &format!("the Python packages {}", packages.join(", ")),
        Command::new("sh").arg("-c").arg(format!(
            "rm -rf '{dir}' && python3 -m venv '{dir}' && '{dir}/bin/pip' install --disable-pip-version-check --quiet {packages}",
            dir = dir.display(),
            packages = packages.join(" ")
        )),
    );
    python
}

/// The pinned Python packages of the OpenAPI checks (tests/openapi/): the OpenAPI validator,
/// a JSON Schema validator that is not ours, and schemathesis with the Hypothesis it runs on.
pub const OPENAPI_PACKAGES: &[&str] = &[
    "openapi-spec-validator==0.9.0",
    "jsonschema==4.26.0",
    "schemathesis==4.32.5",
    "hypothesis==6.170.17",
];

/// The virtualenv with [`OPENAPI_PACKAGES`], made on first use; returns its interpreter.
pub fn openapi_python() -> PathBuf {
    python_venv("openapi", OPENAPI_PACKAGES)
}

/// The pinned Python tools that check the python template set's output: mypy and pytest.
pub const PYTHON_TOOLS: &[&str] = &["mypy==2.4.1", "pytest==9.2.0"];

/// The virtualenv with [`PYTHON_TOOLS`], made on first use; returns its interpreter.
pub fn python_tools() -> PathBuf {
    python_venv("tools", PYTHON_TOOLS)
}

/// Compiles the TypeScript file `entry` (and what it imports) with the pinned `tsc` into
/// `target/<out>`, strictly, for Node; returns the compiled `entry`'s path.
pub fn compile_typescript(entry: &str, out: &str) -> PathBuf {
    let out_dir = repo_root().join("target").join(out);
    let _ = fs::remove_dir_all(&out_dir);
    let output = Command::new(node_bin("tsc"))
        .args(["--strict", "--target", "es2022", "--module", "commonjs"])
        .args(["--lib", "es2022,dom", "--types", "node", "--typeRoots"])
        .arg(repo_root().join("templates/node_modules/@types"))
        .arg("--outDir")
        .arg(&out_dir)
        .arg("--rootDir")
        .arg(repo_root())
        .arg(repo_root().join(entry))
        .output()
        .expect("run tsc");
    assert!(
        output.status.success(),
        "tsc rejects {entry}:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    out_dir.join(entry).with_extension("js")
}
