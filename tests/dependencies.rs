//! Nothing leaves the device: no HTTP, TLS, socket-server, telemetry or crash-report crate is in the
//! dependency graph. Two checks, both naming the crate and the dependency path that pulled it in:
//!
//! - what is built for the desktop (`cargo tree -e normal` for Linux, Windows and macOS): no
//!   forbidden crate at all, tokio included;
//! - `Cargo.lock`, every target and the dev-dependencies too: no forbidden crate, except `tokio`,
//!   which is there for `wasm-bindgen-futures` (web targets only) and is allowed only while no
//!   desktop target builds it.
//!
//! `cargo tree` runs with `--locked --offline`: the test never reaches the network. The crates of
//! every platform are downloaded beforehand by `bash scripts/setup.sh` (`cargo fetch --locked`, which,
//! with no `--target`, fetches every package in Cargo.lock for every platform). A crate missing from
//! the cache fails the test with that instruction; it never skips a target.
//! See docs/privacy.md for what these checks stand for and scripts/check-privacy.sh for the checks
//! of the running program.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;
use std::process::Command;

/// The targets ClearPath is built for on a person's computer.
const DESKTOP_TARGETS: [&str; 3] = [
    "x86_64-unknown-linux-gnu",
    "x86_64-pc-windows-msvc",
    "aarch64-apple-darwin",
];

/// Crates forbidden with every crate of their family (`name`, `name-*`, `name_*`), and why.
const FAMILIES: &[(&str, &str)] = &[
    // HTTP and other network clients.
    ("reqwest", "an HTTP client"),
    ("hyper", "an HTTP client and server"),
    ("ureq", "an HTTP client"),
    ("isahc", "an HTTP client"),
    ("curl", "an HTTP client (libcurl)"),
    ("surf", "an HTTP client"),
    ("attohttpc", "an HTTP client"),
    ("minreq", "an HTTP client"),
    ("ehttp", "an HTTP client"),
    ("http-req", "an HTTP client"),
    ("awc", "an HTTP client"),
    ("h2", "HTTP/2"),
    ("h3", "HTTP/3"),
    ("quinn", "QUIC"),
    ("hickory", "a DNS resolver"),
    ("trust-dns", "a DNS resolver"),
    ("libp2p", "peer-to-peer networking"),
    ("mdns", "network service discovery"),
    ("libmdns", "network service discovery"),
    ("zeroconf", "network service discovery"),
    (
        "self_update",
        "an updater that asks a server for new versions",
    ),
    (
        "self-update",
        "an updater that asks a server for new versions",
    ),
    (
        "update-informer",
        "an updater that asks a server for new versions",
    ),
    // Socket servers.
    ("tiny_http", "an HTTP server"),
    ("axum", "an HTTP server"),
    ("actix", "an HTTP server"),
    ("actix-web", "an HTTP server"),
    ("warp", "an HTTP server"),
    ("rocket", "an HTTP server"),
    ("rouille", "an HTTP server"),
    ("tide", "an HTTP server"),
    ("poem", "an HTTP server"),
    ("salvo", "an HTTP server"),
    // TLS.
    ("schannel", "TLS (Windows)"),
    ("boring", "TLS (BoringSSL)"),
    ("boring-sys", "TLS (BoringSSL)"),
];

/// Crates forbidden wherever these words appear in their names, and why.
const WORDS: &[(&str, &str)] = &[
    ("rustls", "TLS"),
    ("native-tls", "TLS"),
    ("openssl", "TLS (OpenSSL)"),
    ("tungstenite", "WebSockets"),
    ("websocket", "WebSockets"),
    ("telemetry", "telemetry"),
    ("analytics", "analytics"),
    ("sentry", "crash and error reporting (Sentry)"),
    ("crash-report", "crash reporting"),
    ("crash_report", "crash reporting"),
    ("crashreport", "crash reporting"),
    ("crashpad", "crash reporting"),
    ("breakpad", "crash reporting"),
    ("minidump", "crash dumps"),
    ("bugsnag", "crash and error reporting"),
    ("rollbar", "crash and error reporting"),
    ("posthog", "analytics"),
    ("datadog", "telemetry"),
];

/// Allowed in `Cargo.lock` only while no desktop target builds it: an async runtime whose `net`
/// feature opens sockets.
const TOKIO: &str = "tokio";

/// Why `name` is forbidden, if it is. `tokio` is forbidden in what the desktop builds.
fn forbidden(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    if name == TOKIO {
        return Some("an async runtime with sockets (tokio)");
    }
    for &(family, why) in FAMILIES {
        let rest = name.strip_prefix(family);
        if matches!(rest, Some(r) if r.is_empty() || r.starts_with('-') || r.starts_with('_')) {
            return Some(why);
        }
    }
    WORDS
        .iter()
        .find(|(word, _)| name.contains(word))
        .map(|&(_, why)| why)
}

// --- cargo tree ----------------------------------------------------------------------------------

fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// `cargo tree --locked --offline ARGS`'s standard output.
fn cargo_tree(target: &str, args: &[&str]) -> String {
    let output = cargo()
        .args(["tree", "--locked", "--offline", "--target", target])
        .args(args)
        .output()
        .expect("cargo tree runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "cargo tree --locked --offline --target {target} {} failed:\n{stderr}{}",
        args.join(" "),
        if stderr.contains("--offline") {
            "\nThe crates of every platform are not all downloaded: run `bash scripts/setup.sh` \
             (it runs `cargo fetch --locked`), then this test again."
        } else {
            ""
        }
    );
    String::from_utf8(output.stdout).expect("cargo tree prints UTF-8")
}

/// The crates built for `target` from ClearPath's normal dependencies: (name, version).
fn built_for(target: &str) -> BTreeSet<(String, String)> {
    let tree = cargo_tree(target, &["-e", "normal", "--prefix", "none"]);
    tree.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next()?;
            let version = words.next()?.trim_start_matches('v');
            Some((name.to_string(), version.to_string()))
        })
        .collect()
}

/// How `name@version` gets into what `target` builds: cargo tree's inverted tree (its first lines).
fn path_to(target: &str, name: &str, version: &str) -> String {
    let tree = cargo_tree(
        target,
        &["-e", "normal", "-i", &format!("{name}@{version}")],
    );
    let lines: Vec<&str> = tree.lines().collect();
    if lines.len() <= MAX_TREE_LINES {
        return tree;
    }
    format!(
        "{}\n... ({} more lines: cargo tree -e normal --target {target} -i {name}@{version})\n",
        lines[..MAX_TREE_LINES].join("\n"),
        lines.len() - MAX_TREE_LINES
    )
}

/// How much of an inverted tree a failure shows.
const MAX_TREE_LINES: usize = 30;

// --- Cargo.lock ----------------------------------------------------------------------------------

/// A package in `Cargo.lock`: name, version, and the names of its dependencies.
#[derive(Debug)]
struct LockPackage {
    name: String,
    version: String,
    dependencies: Vec<String>,
}

/// The packages of a `Cargo.lock` (version 3 or 4), read as plain text.
fn parse_lock(text: &str) -> Vec<LockPackage> {
    let mut packages = Vec::new();
    let mut current: Option<LockPackage> = None;
    let mut in_dependencies = false;
    let quoted = |s: &str| s.trim().trim_end_matches(',').trim_matches('"').to_string();
    for line in text.lines() {
        let line = line.trim_end();
        if line == "[[package]]" {
            packages.extend(current.take());
            current = Some(LockPackage {
                name: String::new(),
                version: String::new(),
                dependencies: Vec::new(),
            });
            in_dependencies = false;
            continue;
        }
        let Some(package) = current.as_mut() else {
            continue;
        };
        if in_dependencies {
            if line.starts_with(']') {
                in_dependencies = false;
            } else if let Some(dependency) = quoted(line).split_whitespace().next() {
                // "name", "name version" or "name version (source)".
                package.dependencies.push(dependency.to_string());
            }
        } else if let Some(value) = line.strip_prefix("name = ") {
            package.name = quoted(value);
        } else if let Some(value) = line.strip_prefix("version = ") {
            package.version = quoted(value);
        } else if let Some(list) = line.strip_prefix("dependencies = [") {
            // Cargo writes one dependency a line; a list on one line is read too.
            match list.strip_suffix(']') {
                Some(items) => {
                    package
                        .dependencies
                        .extend(items.split(',').filter_map(|item| {
                            quoted(item).split_whitespace().next().map(String::from)
                        }))
                }
                None => in_dependencies = true,
            }
        } else if line.starts_with('[') {
            packages.extend(current.take());
        }
    }
    packages.extend(current);
    packages
}

/// The shortest chain of `Cargo.lock` dependencies from `root` to `name`: "root -> a -> name".
fn lock_path(packages: &[LockPackage], root: &str, name: &str) -> String {
    let mut parents: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for package in packages {
        for dependency in &package.dependencies {
            parents
                .entry(dependency.as_str())
                .or_default()
                .push(package.name.as_str());
        }
    }
    // Breadth first from the crate up to the root.
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([name]);
    let mut seen = BTreeSet::from([name]);
    while let Some(at) = queue.pop_front() {
        if at == root {
            let mut chain = vec![root];
            let mut step = root;
            while let Some(&next) = came_from.get(step) {
                chain.push(next);
                step = next;
            }
            return chain.join(" -> ");
        }
        for &parent in parents.get(at).into_iter().flatten() {
            if seen.insert(parent) {
                came_from.insert(parent, at);
                queue.push_back(parent);
            }
        }
    }
    let direct: Vec<&str> = parents.get(name).into_iter().flatten().copied().collect();
    format!(
        "{name} (not reached from {root}; needed by: {})",
        direct.join(", ")
    )
}

/// The forbidden packages of a `Cargo.lock`, each with why and the chain that pulls it in. `tokio`
/// is left to `tokio_is_built_for_no_desktop_target`.
fn forbidden_in_lock(lock: &str) -> Vec<String> {
    let packages = parse_lock(lock);
    let root = env!("CARGO_PKG_NAME");
    packages
        .iter()
        .filter(|p| p.name != TOKIO)
        .filter_map(|p| {
            let why = forbidden(&p.name)?;
            Some(format!(
                "{} {} ({why}), pulled in by: {}",
                p.name,
                p.version,
                lock_path(&packages, root, &p.name)
            ))
        })
        .collect()
}

fn read_lock() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock");
    std::fs::read_to_string(&path).expect("Cargo.lock can be read")
}

// --- The checks ----------------------------------------------------------------------------------

#[test]
fn no_network_telemetry_or_tls_crate_is_built_for_a_desktop_target() {
    let mut found = Vec::new();
    for target in DESKTOP_TARGETS {
        let built = built_for(target);
        assert!(
            built.iter().any(|(name, _)| name == "eframe"),
            "cargo tree for {target} does not list eframe: the check would see nothing"
        );
        for (name, version) in &built {
            if let Some(why) = forbidden(name) {
                found.push(format!(
                    "{name} {version} ({why}) is built for {target}, pulled in by:\n{}",
                    path_to(target, name, version)
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "ClearPath must not ship networking, TLS, telemetry or crash-report crates:\n\n{}",
        found.join("\n")
    );
}

#[test]
fn cargo_lock_holds_no_network_telemetry_or_tls_crate() {
    let lock = read_lock();
    assert!(
        parse_lock(&lock).len() > 100,
        "Cargo.lock was not read as expected: the check would see nothing"
    );
    let found = forbidden_in_lock(&lock);
    assert!(
        found.is_empty(),
        "Cargo.lock holds networking, TLS, telemetry or crash-report crates (dev-dependencies and \
         other targets included):\n{}",
        found.join("\n")
    );
}

#[test]
fn tokio_is_built_for_no_desktop_target() {
    let lock = read_lock();
    let packages = parse_lock(&lock);
    let Some(tokio) = packages.iter().find(|p| p.name == TOKIO) else {
        return; // Not in the lock at all.
    };
    let mut found = Vec::new();
    for target in DESKTOP_TARGETS {
        // Every kind of dependency: a build script or test helper with sockets counts here too.
        let tree = cargo_tree(target, &["-e", "normal,build,dev", "-i", TOKIO]);
        if !tree.trim().is_empty() {
            found.push(format!("{target}:\n{tree}"));
        }
    }
    assert!(
        found.is_empty(),
        "{TOKIO} {} is allowed in Cargo.lock only for web targets (wasm-bindgen-futures), but a \
         desktop target builds it:\n{}",
        tokio.version,
        found.join("\n")
    );
}

// --- The checks can fail -------------------------------------------------------------------------

#[test]
fn the_list_names_each_kind_of_crate_and_spares_look_alikes() {
    for name in [
        "reqwest",
        "hyper",
        "hyper-util",
        "hyper_rustls",
        "ureq",
        "isahc",
        "curl",
        "curl-sys",
        "surf",
        "attohttpc",
        "rustls",
        "tokio-rustls",
        "rustls-pki-types",
        "native-tls",
        "openssl",
        "openssl-sys",
        "sentry",
        "sentry-core",
        "opentelemetry",
        "opentelemetry_sdk",
        "tracing-opentelemetry",
        "my-analytics",
        "app-crash-reporter",
        "tiny_http",
        "axum",
        "tokio",
        "Reqwest",
    ] {
        assert!(forbidden(name).is_some(), "{name} should be forbidden");
    }
    for name in [
        "eframe",
        "tokio-macros",
        "hyphenation",
        "surfman",
        "objc2-io-surface",
        "curve25519-dalek",
        "http",
        "async-io",
        "zbus",
        "h2o",
        "warpgate",
    ] {
        assert_eq!(forbidden(name), None, "{name} should be allowed");
    }
}

#[test]
fn a_forbidden_crate_in_a_lock_is_named_with_its_path() {
    let lock = r#"
version = 4

[[package]]
name = "clearpath"
version = "0.1.0"
dependencies = [
 "eframe",
 "tokio",
]

[[package]]
name = "eframe"
version = "0.37.0"
dependencies = [
 "updater 1.0.0",
]

[[package]]
name = "updater"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = ["reqwest"]

[[package]]
name = "reqwest"
version = "0.12.0"
dependencies = [
 "hyper-util 0.1.0 (registry+https://github.com/rust-lang/crates.io-index)",
]

[[package]]
name = "hyper-util"
version = "0.1.0"

[[package]]
name = "tokio"
version = "1.0.0"

[metadata]
"#;
    let packages = parse_lock(lock);
    assert_eq!(packages.len(), 6);
    assert_eq!(packages[2].dependencies, ["reqwest"]);
    assert_eq!(packages[3].dependencies, ["hyper-util"]);
    let found = forbidden_in_lock(lock);
    assert_eq!(
        found,
        [
            "reqwest 0.12.0 (an HTTP client), pulled in by: clearpath -> eframe -> updater -> reqwest",
            "hyper-util 0.1.0 (an HTTP client and server), pulled in by: clearpath -> eframe -> \
             updater -> reqwest -> hyper-util",
        ]
    );
}
