#!/usr/bin/env python3
"""How long the timeline page takes in headless Chromium at 10,000 events
(issue 15: under one second; docs/performance.md, "The timeline page").

Generates N events (default 10,000; 16 per article; actors Zipf-like over
40 registry ids; dates 1990-2026 at mixed precisions as bench/generator.h
draws them; a tenth possible, a twentieth negated), loads them into a new
database, exports the page, and opens it RUNS times with #bench. The page
(web/timeline.js) reports, from its own clock:
  loadedMs  navigation start to the first frame drawn: reading the HTML,
            JSON.parse of the events, this script's set-up, the first frame
  scriptMs  the script alone, from its first line to the first frame
  fullFrame a frame with every event in view (the fitted start view)
  frames    20 zoom steps and 20 pans drawn one by one: median and max ms
  filterMs  a text filter over all events, lanes rebuilt, and the redraw
Prints the median of each over the runs. Timing only: no pass or fail.

usage: bench/html_bench.py [--timeline build/timeline] [--chromium chromium]
                           [--events 10000] [--runs 5]
"""

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import tempfile
import time

ACTORS = ['PRK', 'KOR', 'USA', 'JPN', 'CHN', 'RUS', 'IDN', 'UKR', 'TWN', 'IRN', 'UN', 'UNSC',
          'NATO', 'ASEAN', 'EU', 'IAEA', 'KOR-NIS', 'PRK-LAZARUS', 'PHL', 'VNM', 'MYS', 'THA',
          'SGP', 'AUS', 'IND', 'PAK', 'ISR', 'SYR', 'TUR', 'GBR', 'FRA', 'DEU', 'CAN', 'BRA',
          'SAU', 'EGY', 'ZAF', 'NGA', 'MEX', 'ARG']
TYPES = ['meeting', 'statement', 'appeal', 'warning', 'protest', 'agreement', 'drill',
         'missile_test', 'nuclear_test', 'weapon_unveiling', 'attack', 'sanction', 'aid',
         'theft', 'cyberattack', 'report']
WORDS = ('talks envoy missile launch drill sanction theft crypto exchange summit border navy '
         'coast guard warning statement aid shipment report agency nuclear test weapon').split()


def day(ordinal):
    return time.strftime('%Y-%m-%d', time.gmtime(ordinal * 86400))


def generate(folder, events, seed=20260126):
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(ACTORS))]
    lo, hi = 7305, 20819  # 1990-01-01 .. 2026-12-31, days since 1970
    lines = []
    per_article = 16
    for article in range(0, (events + per_article - 1) // per_article):
        sentences, facts = [], []
        for k in range(min(per_article, events - article * per_article)):
            title = ' '.join(rng.choice(WORDS) for _ in range(8))
            sentences.append(f'Sentence {k}: {title}, said officials.')
            p = rng.random()
            start = rng.randint(lo, hi)
            if p < 0.38:
                date = {'start': day(start), 'end': day(start), 'precision': 'day'}
            elif p < 0.58:
                start -= (start + 3) % 7  # a Monday
                date = {'start': day(start), 'end': day(start + 6), 'precision': 'week'}
            elif p < 0.82:
                t = time.gmtime(start * 86400)
                first = time.strftime('%Y-%m-01', t)
                nxt = time.mktime((t.tm_year + (t.tm_mon == 12), t.tm_mon % 12 + 1, 1, 12, 0, 0, 0, 0, 0))
                date = {'start': first, 'end': day(int(nxt // 86400) - 1), 'precision': 'month'}
            elif p < 0.96:
                y = time.gmtime(start * 86400).tm_year
                date = {'start': f'{y}-01-01', 'end': f'{y}-12-31', 'precision': 'year'}
            elif p < 0.99:
                y = time.gmtime(start * 86400).tm_year
                date = {'start': f'{y}-01-01', 'end': f'{min(y + rng.randint(1, 4), 2026)}-12-31',
                        'precision': 'range'}
            else:
                date = {'start': None, 'end': None, 'precision': 'unknown'}
            actors = rng.choices(ACTORS, weights, k=rng.randint(1, 3))
            actors = list(dict.fromkeys(actors))
            f = rng.random()
            facts.append({
                'id': f'b{article}-{k}', 'type': rng.choice(TYPES), 'title': title, 'date': date,
                'actors': [{'id': a, 'role': 'initiator' if i == 0 else 'target'} for i, a in enumerate(actors)],
                'factuality': 'possible' if f < 0.1 else 'negated' if f < 0.15 else 'asserted',
                'evidence': sentences[-1]})
        text = 'Generated article\n\n' + '\n\n'.join(sentences) + '\n'
        data = text.encode()
        name = f'a{article:05d}.txt'
        with open(os.path.join(folder, name), 'wb') as out:
            out.write(data)
        for fact in facts:
            start = data.index(fact['evidence'].encode())
            fact['evidence'] = {'text': fact['evidence'], 'start': start, 'end': start + len(fact['evidence'])}
        lines.append(json.dumps({'article': {'title': f'Article {article}', 'published': '2026-12-31',
                                             'language': 'en', 'path': name}, 'events': facts}))
    path = os.path.join(folder, 'bench.jsonl')
    with open(path, 'w') as out:
        out.write('\n'.join(lines) + '\n')
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--timeline', default='build/timeline')
    parser.add_argument('--chromium', default='chromium')
    parser.add_argument('--events', type=int, default=10000)
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--size', default='1280,900')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix='timeline-html-bench-') as work:
        facts = generate(work, args.events)
        db = os.path.join(work, 'bench.db')
        subprocess.run([args.timeline, '--db', db, 'load', facts], check=True, capture_output=True)
        page = os.path.join(work, 'bench.html')
        subprocess.run([args.timeline, '--db', db, 'export', '--factuality', 'any', '-o', page],
                       check=True, capture_output=True)
        print(f'{args.events} events, page {os.path.getsize(page) / 1e6:.1f} MB, window {args.size}, '
              f'{args.runs} runs; {subprocess.run([args.chromium, "--version"], capture_output=True, text=True).stdout.strip()}')
        results = []
        for run in range(args.runs):
            dom = subprocess.run(
                [args.chromium, '--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
                 '--no-first-run', f'--user-data-dir={work}/profile', f'--window-size={args.size}',
                 '--dump-dom', f'file://{page}#bench'],
                check=True, capture_output=True, text=True, timeout=300).stdout
            found = re.search(r'<pre id="selftest"[^>]*>([^<]*)</pre>', dom)
            if not found:
                raise SystemExit('the page wrote no #bench result')
            result = json.loads(found.group(1).replace('&quot;', '"').replace('&amp;', '&'))
            if result.get('errors'):
                raise SystemExit(f'errors in the page: {result["errors"]}')
            results.append(result)
        def median(key):
            return statistics.median(key(r) for r in results)
        print(f'loadedMs (navigation start to first frame): {median(lambda r: r["loadedMs"]):.0f}')
        print(f'scriptMs (script start to first frame):     {median(lambda r: r["scriptMs"]):.0f}')
        print(f'frame with all events in view:              {median(lambda r: r["fullFrameMs"]):.1f}')
        print(f'frame while zooming and panning, median:    {median(lambda r: r["framesMs"]["median"]):.1f}')
        print(f'frame while zooming and panning, max:       {median(lambda r: r["framesMs"]["max"]):.1f}')
        print(f'text filter and redraw:                     {median(lambda r: r["filterMs"]):.0f}')


if __name__ == '__main__':
    main()
