#!/usr/bin/env python3
"""Pairwise precision and recall of merging on the overlap corpus
(docs/design.md, "Merging reports"; numbers in docs/performance.md).

Loads tests/merge/corpus/ into fresh databases three ways: all files in one
load, one file per load in name order, and one per load in reverse order.
Every way must give the same timeline events with the same ids (order
independence). Then, over all pairs of reports, a pair is predicted
together when the reports share a timeline event and is truly together when
tests/merge/gold.json gives them the same real event:
  precision = true pairs predicted / pairs predicted
  recall    = true pairs predicted / true pairs

  tests/merge/score_merge.py build/timeline [--min-precision P --min-recall R]
exits 1 when the orders disagree or a score is below its minimum."""
import argparse
import itertools
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")


def load(timeline, db, batches):
    for files in batches:
        r = subprocess.run([timeline, "--db", db, "load"] + files, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"score_merge: load failed: {r.stderr}")


def events_of(db):
    with sqlite3.connect(db) as c:
        rows = c.execute("SELECT e.uid, coalesce(t.uid, e.uid) FROM events e "
                         "LEFT JOIN timeline_events t ON t.id = e.cluster").fetchall()
    return dict(rows)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("timeline")
    p.add_argument("--min-precision", type=float, default=0.0)
    p.add_argument("--min-recall", type=float, default=0.0)
    args = p.parse_args()
    files = sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS) if f.endswith(".json"))
    with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    ways = {"together": [files], "one by one": [[f] for f in files],
            "reversed": [[f] for f in reversed(files)]}
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, batches in ways.items():
            db = os.path.join(tmp, name.replace(" ", "-") + ".db")
            load(args.timeline, db, batches)
            results[name] = events_of(db)
    first = results["together"]
    same = all(r == first for r in results.values())
    if set(first) != set(gold):
        sys.exit("score_merge: the corpus and gold.json name different reports")
    predicted = truth = both = 0
    wrong = []
    for x, y in itertools.combinations(sorted(first), 2):
        p_same = first[x] == first[y]
        g_same = gold[x] == gold[y]
        predicted += p_same
        truth += g_same
        both += p_same and g_same
        if p_same != g_same:
            wrong.append(f"  {'merged' if p_same else 'kept apart'}: {x} ({gold[x]}) and {y} ({gold[y]})")
    precision = both / predicted if predicted else 1.0
    recall = both / truth if truth else 1.0
    print(f"reports {len(first)}, real events {len(set(gold.values()))}, "
          f"timeline events {len(set(first.values()))}")
    print(f"pairs: predicted {predicted}, true {truth}, both {both}")
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    print("load orders (together, one by one, reversed): " + ("same events and ids" if same else "DIFFER"))
    for line in wrong:
        print(line)
    ok = same and precision >= args.min_precision and recall >= args.min_recall
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
