"""How MEANTIME rates the certainty of the events our cues put ahead (status ``expected``).

    python bench/factuality_cues.py [--data ../shared/eval/time/meantime_en]

Reads the documents as ``factwire eval factuality`` does and prints, for the event tokens
whose cues predict ``expected``, the count of each gold certainty, then each expecting cue's
counts among the gold-uncertain (POSSIBLE, PROBABLE) and the other events: whether a cue
list could tell MEANTIME's uncertain future events from its certain ones.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from factwire.evaluate import factuality
from factwire.evaluate.meantime import analyse, iter_docs
from factwire.extract.claims import cues_for_token

UNCERTAIN = ("POSSIBLE", "PROBABLE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/eval/time/meantime_en"))
    args = parser.parse_args()
    certainty: Counter[str] = Counter()
    cues: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for gold, _doc, parsed in analyse(list(iter_docs(args.data))):
        for mention in gold.event_mentions:
            if not mention.get("certainty") or not mention.t_ids:
                continue
            token = factuality.event_token(gold, parsed, mention.t_ids)
            if token is None:
                continue
            found = cues_for_token(token)
            if "expected" not in factuality.predicted_statuses(found):
                continue
            certainty[mention.get("certainty")] += 1
            uncertain = mention.get("certainty") in UNCERTAIN
            cues[uncertain].update(c.text.lower() for c in found if c.status == "expected")
    print("gold certainty of the events predicted expected:", dict(certainty.most_common()))
    words = sorted(set(cues[True]) | set(cues[False]),
                   key=lambda w: -(cues[True][w] + cues[False][w]))
    print("cue: uncertain / other")
    for word in words[:30]:
        print(f"  {word}: {cues[True][word]} / {cues[False][word]}")


if __name__ == "__main__":
    main()
