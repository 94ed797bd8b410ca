"""Compare two `factwire bench --json` results (1 and N workers): speed-up and targets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGETS = {"ratio": 0.6, "scaling": 1.7, "peak_rss_mb": 1024}


def main(one: str, many: str) -> None:
    a, b = (json.loads(Path(p).read_text()) for p in (one, many))
    scaling = b["docs_per_s"] / a["docs_per_s"]
    spacy_scaling = b["spacy_docs_per_s"] / a["spacy_docs_per_s"]
    print(f"{'workers':>8} {'docs':>6} {'docs/s':>8} {'spaCy docs/s':>13} {'ratio':>6} "
          f"{'peak MB':>8}")
    for r in (a, b):
        print(f"{r['workers']:>8} {r['docs']:>6} {r['docs_per_s']:>8.2f} "
              f"{r['spacy_docs_per_s']:>13.2f} {r['ratio']:>6.2f} {r['peak_rss_mb']:>8.0f}")
    print(f"scaling {a['workers']}→{b['workers']} workers: factwire {scaling:.2f}×, "
          f"bare spaCy {spacy_scaling:.2f}×")
    checks = {
        f"ratio ≥ {TARGETS['ratio']}": min(a["ratio"], b["ratio"]) >= TARGETS["ratio"],
        f"scaling ≥ {TARGETS['scaling']}": scaling >= TARGETS["scaling"],
        f"peak ≤ {TARGETS['peak_rss_mb']} MB": max(a["peak_rss_mb"], b["peak_rss_mb"])
        <= TARGETS["peak_rss_mb"],
    }
    for name, ok in checks.items():
        print(f"  {'met' if ok else 'MISSED'}: {name}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
