"""The README's screenshots of the review site: `python tests/site_screenshots.py OUT docs/`.

OUT is the output of `ofsted run raw --out OUT --site` (the seeds, which the repository holds).
"""

from __future__ import annotations

import sys
from pathlib import Path

from browser import Chromium, find_chromium

SHOTS = (  # file, page, width, height, script run before the shot
    ("site-index.png", "index.html", 1280, 560, ""),
    ("site-report.png", "reports/1b4ce2e36a761c86.html", 1280, 800,
     "const e = document.querySelector('[data-table=\"metrics\"][data-row=\"m0050\"]');"
     " e.scrollIntoView({block: 'center'}); e.click();"),
    ("site-authority.png", "authorities/cumbria.html", 1280, 1100, ""),
)


def main(out: Path, docs: Path) -> None:
    exe = find_chromium()
    if exe is None:
        sys.exit("chromium is not installed")
    with Chromium(exe) as browser:
        for name, page, width, height, script in SHOTS:
            png = browser.screenshot((out / "site" / page).resolve().as_uri(), width, height,
                                     script)
            (docs / name).write_bytes(png)
            print(f"{docs / name}: {len(png) // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
