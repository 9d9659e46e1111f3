#!/usr/bin/env python3
"""Writes the licences of the Rust crates built into the clearpath binary, for the packages.

    python3 packaging/third-party-licenses.py OUT.txt

Reads `cargo metadata` (Cargo.lock, --locked: run after a build, offline is fine), follows the normal
dependencies of the clearpath package for this machine's target (not dev or build dependencies, not
procedural macros: their code is not in the binary; with the features `cargo tree` shows), and writes every crate's name, version, licence
expression and repository, then each distinct licence file text found in the crates' packages
(LICENSE*, LICENCE*, COPYING*, COPYRIGHT*, NOTICE*, and a `license-file` the manifest names) once,
with the crates it belongs to. The Debian package installs it as
/usr/share/doc/clearpath/third-party-licenses.txt.gz; the Windows and macOS steps ship it beside the
program (see packaging/README.md).
"""

import hashlib
import json
import os
import subprocess
import sys

NAMES = ("license", "licence", "copying", "copyright", "notice", "unlicense")


def host_triple():
    out = subprocess.run(["rustc", "-vV"], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("host: "):
            return line.split(": ", 1)[1]
    raise SystemExit("third-party-licenses: rustc -vV names no host")


def licence_files(package):
    root = os.path.dirname(package["manifest_path"])
    found = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if os.path.isfile(path) and name.lower().startswith(NAMES):
            found.append(path)
    if package.get("license_file"):
        path = os.path.normpath(os.path.join(root, package["license_file"]))
        if os.path.isfile(path) and path not in found:
            found.append(path)
    return found


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked",
             "--filter-platform", host_triple()],
            check=True, capture_output=True, text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(i for i, p in packages.items() if p["name"] == "clearpath" and i in meta["workspace_members"])

    seen, todo = set(), [root]
    while todo:
        node = nodes[todo.pop()]
        for dep in node["deps"]:
            if not any(k["kind"] is None for k in dep["dep_kinds"]):
                continue  # a dev or build dependency only
            package = packages[dep["pkg"]]
            if all("proc-macro" in t["kind"] for t in package["targets"] if "lib" in t["kind"] or "proc-macro" in t["kind"]):
                continue  # runs in the compiler, not in the binary
            if dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                todo.append(dep["pkg"])

    # `cargo metadata` unifies features with the dev-dependencies' (egui_kittest turns on eframe's
    # wgpu), the build does not: keep only what `cargo tree -e normal` (the build's features) shows.
    tree = subprocess.run(
        ["cargo", "tree", "--locked", "-e", "normal", "--prefix", "none", "-f", "{p}"],
        check=True, capture_output=True, text=True,
    ).stdout
    built = {tuple(line.split()[:2]) for line in tree.splitlines() if line.strip()}
    crates = sorted(
        (packages[i] for i in seen if (packages[i]["name"], "v" + packages[i]["version"]) in built),
        key=lambda p: (p["name"], p["version"]),
    )
    texts = {}  # digest -> (text, [crate labels with file names])
    lines = []
    for p in crates:
        label = f'{p["name"]} {p["version"]}'
        files = licence_files(p)
        lines.append(f'{label}: {p.get("license") or "(no licence expression)"}'
                     + (f' <{p["repository"]}>' if p.get("repository") else ""))
        if not files:
            lines.append("    (the crate's package holds no licence file)")
        for path in files:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read().strip()
            digest = hashlib.sha256(text.encode()).hexdigest()
            texts.setdefault(digest, (text, []))[1].append(f"{label} ({os.path.basename(path)})")

    version = packages[root]["version"]
    out = [
        f"Third-party software in ClearPath {version}",
        "",
        "The clearpath program is statically linked with the Rust crates below (from crates.io; exact",
        "versions in the source's Cargo.lock). Each is listed with its licence expression and",
        "repository, where its source is available; then each distinct licence text found in the",
        "crates' packages, once, with the crates it comes from.",
        "",
        f"{len(crates)} crates:",
        "",
        *lines,
    ]
    for text, owners in sorted(texts.values(), key=lambda t: t[1][0]):
        out += ["", "=" * 78, "Licence text of: " + ", ".join(owners), "=" * 78, "", text]
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"third-party-licenses: {len(crates)} crates, {len(texts)} distinct licence texts -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
