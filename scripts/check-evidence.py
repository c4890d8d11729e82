#!/usr/bin/env python3
"""Checks that every event's evidence in the given fact files quotes its article
exactly (SPEC.md section 5): evidence.text == article_bytes[start:end], offsets
counted in bytes of the article file as given, end exclusive.

    scripts/check-evidence.py seeds/*.json ../shared/eval/dev/gold/*.json

A fact file holds one document or a JSON array of documents. Each document's
article.path is looked up relative to the fact file's folder, then relative to
each folder above it (the development references live in gold/ and name
"articles/..." beside it); --article PATH overrides the lookup for every
document. Besides the evidence, it checks that event ids are unique within a
file and that article.id, when present, is the first 16 hex digits of the
article's sha256.

Prints one line per problem, "FILE: event ID: what is wrong", and a summary.
Exit status: 0 when everything matches, 1 on any mismatch, 2 on unusable input
(unreadable file, bad JSON, article not found).
"""
import argparse
import hashlib
import json
import os
import sys


class Unusable(Exception):
    """The fact file or its article cannot be read at all."""


def find_article(fact_path, rel_path):
    """The article file a document names, searched from the fact file's folder upwards."""
    if os.path.isabs(rel_path):
        return rel_path if os.path.isfile(rel_path) else None
    folder = os.path.dirname(os.path.abspath(fact_path))
    while True:
        candidate = os.path.join(folder, rel_path)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def check_event(event, data):
    """Problems with one event's evidence against the article bytes; empty when it matches."""
    ev = event.get("evidence")
    if not isinstance(ev, dict):
        return ["no evidence object"]
    text, start, end = ev.get("text"), ev.get("start"), ev.get("end")
    if not isinstance(text, str):
        return ["evidence.text is not a string"]
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool):
            return [f"evidence.{name} is not an integer: {value!r}"]
    if not 0 <= start <= end <= len(data):
        return [f"evidence offsets [{start},{end}) outside the article's {len(data)} bytes"]
    found = data[start:end]
    if found == text.encode("utf-8"):
        return []
    problem = f"evidence [{start},{end}) reads {found.decode('utf-8', 'replace')[:60]!r}, " \
              f"text is {text[:60]!r}"
    at = data.find(text.encode("utf-8"))
    if at >= 0:
        problem += f" (the text is at [{at},{at + len(text.encode('utf-8'))}))"
    return [problem]


def check_file(fact_path, article_override):
    """(problems, events checked) for one fact file; raises Unusable."""
    try:
        with open(fact_path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as err:
        raise Unusable(f"{fact_path}: {err}")
    docs = doc if isinstance(doc, list) else [doc]
    problems, checked, seen = [], 0, set()
    for d in docs:
        if not isinstance(d, dict) or not isinstance(d.get("events"), list):
            raise Unusable(f"{fact_path}: not a fact document (no events list)")
        article = d.get("article") or {}
        path = article_override or find_article(fact_path, article.get("path") or "")
        if not path or not os.path.isfile(path):
            raise Unusable(f"{fact_path}: article {article.get('path')!r} not found")
        with open(path, "rb") as f:
            data = f.read()
        want_id = hashlib.sha256(data).hexdigest()[:16]
        if "id" in article and article["id"] != want_id:
            problems.append(f"{fact_path}: article.id {article['id']!r}, sha256 of {path} gives {want_id!r}")
        for event in d["events"]:
            eid = event.get("id", "?")
            if eid in seen:
                problems.append(f"{fact_path}: event {eid}: id used twice")
            seen.add(eid)
            checked += 1
            problems.extend(f"{fact_path}: event {eid}: {p}" for p in check_event(event, data))
    return problems, checked


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("facts", nargs="+", help="fact files (JSON)")
    ap.add_argument("--article", help="article file to check every document against")
    a = ap.parse_args()
    total_problems, total_events = 0, 0
    for path in a.facts:
        try:
            problems, checked = check_file(path, a.article)
        except Unusable as err:
            print(err, file=sys.stderr)
            return 2
        for p in problems:
            print(p)
        total_problems += len(problems)
        total_events += checked
    print(f"{len(a.facts)} file(s), {total_events} event(s), {total_problems} problem(s)",
          file=sys.stderr)
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main())
