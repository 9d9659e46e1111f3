"""What a screen reader on Linux (Orca) is given of the window, read through AT-SPI the way it reads it.

Used by scripts/check-atspi.sh: python3 scripts/atspi-check.py SCREEN [HEADING...]
(ATSPI_GLANCE=table or list: what "At a glance" must be on the results.)
Finds the running ClearPath in the AT-SPI registry, prints its tree, and checks:
- the window (frame) has a name;
- each HEADING is exposed with the heading role;
- every button, choice, check box, slider and text field has a name;
- on the results: "At a glance" is a table whose rows are named by their charge, with column headers
  and cells named by their column, or (in a narrow window) a list whose items are named by their charge.
Exits 1 with the reasons when a check fails, 2 when the program is not found.

python3 scripts/atspi-check.py --live SECONDS TEXT: listens, for up to SECONDS, for the announcements
of live regions (AT-SPI's object:announcement event, which AccessKit sends when a node marked live is
added or its name changes; AT-SPI has no attribute for it) and checks that at least two come from
ClearPath, both polite (detail1 1, ATSPI_LIVE_POLITE), with words that hold TEXT and that differ (the
idle countdown's seconds going down), each the name of a node in the window's tree. Start it before
the status message appears: an announcement that came before it listened is not seen.
"""

import os
import sys
import time

import pyatspi

NAMED_ROLES = {
    "push button", "toggle button", "radio button", "check box", "slider", "text", "entry",
    "password text", "combo box", "spin button", "link",
}


def find_app(timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and "clearpath" in (app.name or "").lower():
                return app
        time.sleep(0.5)
    return None


def tree(node, depth=0, out=None):
    out = [] if out is None else out
    try:
        out.append((depth, node.getRoleName(), node.name or "", node))
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                tree(child, depth + 1, out)
    except Exception:  # a node that went away while being read
        pass
    return out


POLITE = 1  # ATSPI_LIVE_POLITE; AccessKit's Politeness::Polite


def live(seconds, text):
    from gi.repository import GLib

    heard = []

    def on_announcement(event):
        try:
            app = event.source.getApplication()
            app_name = (app.name or "") if app is not None else ""
        except Exception:
            app_name = ""
        words = str(event.any_data or "")
        print(f"atspi: live: announcement from {app_name!r}: detail1={event.detail1} {words!r}")
        if "clearpath" in app_name.lower() and text in words:
            heard.append((event.detail1, words, event.source))
            if len({w for _, w, _ in heard}) >= 2:
                pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() and False)
    print(f"atspi: live: listening for announcements for up to {seconds} s", flush=True)
    pyatspi.Registry.start()
    problems = []
    if len({w for _, w, _ in heard}) < 2:
        problems.append(f"fewer than two announcements holding {text!r} in {seconds} s: {heard!r}")
    for detail1, words, _ in heard:
        if detail1 != POLITE:
            problems.append(f"{words!r} was announced with politeness {detail1}, not polite ({POLITE})")
    app = find_app(timeout=5)
    names = {name for _, _, name, _ in tree(app)} if app is not None else set()
    if heard and not any(text in name for name in names):
        problems.append(f"no node in the window's tree is named with {text!r}")
    for p in problems:
        print(f"FAIL: atspi: live: {p}")
    if not problems:
        last = heard[-1][1]
        print(f"PASS: atspi: live: {len(heard)} polite announcements of the status message, "
              f"the last {last!r}")
    return 1 if problems else 0


def main():
    if sys.argv[1] == "--live":
        return live(float(sys.argv[2]), sys.argv[3])
    screen = sys.argv[1]
    headings = sys.argv[2:]
    app = find_app()
    if app is None:
        print(f"atspi: {screen}: ClearPath is not in the AT-SPI registry", file=sys.stderr)
        return 2
    # Let the first frames reach the registry.
    time.sleep(1)
    nodes = tree(app)
    for depth, role, name, _ in nodes:
        print(f"atspi: {screen}: " + "  " * depth + f"{role}: {name!r}")
    problems = []
    frames = [name for _, role, name, _ in nodes if role == "frame"]
    if not frames or not all(frames):
        problems.append(f"the window has no name (frames: {frames!r})")
    shown = {name for _, role, name, _ in nodes if role == "heading"}
    for heading in headings:
        if heading not in shown:
            problems.append(f"no heading {heading!r} (headings: {sorted(shown)!r})")
    for _, role, name, _ in nodes:
        if role in NAMED_ROLES and not name.strip():
            problems.append(f"an unnamed {role}")
    if screen == "results":
        glance = [(role, n) for _, role, name, n in nodes
                  if role in ("table", "list") and name == "At a glance"]
        if not glance:
            problems.append("no table or list named 'At a glance'")
        expected = os.environ.get("ATSPI_GLANCE")
        if expected and [role for role, _ in glance] != [expected]:
            problems.append(f"'At a glance' is {[r for r, _ in glance]!r}, not a {expected}")
        for role, node in glance:
            inner = tree(node)
            if role == "table":
                rows = [name for _, r, name, _ in inner if r == "table row"]
                headers = [name for _, r, name, _ in inner if r == "column header"]
                cells = [name for _, r, name, _ in inner if r in ("table cell", "cell")]
                if len(headers) < 3:
                    problems.append(f"the table has {len(headers)} column headers: {headers!r}")
                if not rows or not all(r.startswith("Charge ") for r in rows[1:]):
                    problems.append(f"the table's rows are not named by their charge: {rows!r}")
                if not cells or not all(":" in c for c in cells):
                    problems.append(f"the table's cells are not named by their column: {cells!r}")
            else:
                items = [name for _, r, name, _ in inner if r == "list item"]
                if not items or not all(i.startswith("Charge ") for i in items):
                    problems.append(f"the list's items are not named by their charge: {items!r}")
    for p in problems:
        print(f"FAIL: atspi: {screen}: {p}")
    if not problems:
        print(f"PASS: atspi: {screen}: named window, headings {headings!r}, every control named")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
