"""Regenerate the README's screenshots from the pages as they are: the browser tests' server
(a generated network with a fixed seed, today fixed) in Debian's Chromium.

Usage: .venv/bin/python docs/screenshots.py"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.frozen import frozen_server  # noqa: E402

SHOTS = {  # name: (path, width, theme)
    "today": ("/", 1280, "light"),
    "today-phone": ("/", 390, "light"),
    "contact": ("/contacts/{priya}", 1280, "light"),
    "contact-network": ("/contacts/{priya}?tab=network", 1280, "light"),
    "contact-dark": ("/contacts/{priya}?tab=value", 1280, "dark"),
    "contacts": ("/contacts", 1280, "light"),
    "dashboard": ("/dashboard", 1280, "light"),
    "dashboard-dark": ("/dashboard", 1280, "dark"),
    "introductions": ("/introductions", 1280, "light"),
    "network": ("/network", 1280, "light"),
    "import": ("/import", 1280, "light"),
}


def main() -> None:
    from playwright.sync_api import sync_playwright

    out = ROOT / "docs" / "screenshots"
    server = frozen_server(Path(tempfile.mkdtemp()))
    base, priya = next(server)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        for name, (path, width, theme) in SHOTS.items():
            context = browser.new_context(
                viewport={"width": width, "height": 900},
                color_scheme=theme,  # type: ignore[arg-type]
            )
            tab = context.new_page()
            tab.goto(base + path.format(priya=priya), wait_until="networkidle")
            tab.screenshot(path=str(out / f"{name}.png"), animations="disabled", caret="hide")
            context.close()
            print(f"wrote docs/screenshots/{name}.png")
        browser.close()
    next(server, None)


if __name__ == "__main__":
    main()
