#!/usr/bin/env python3
"""The calendars `timeline` writes, read by five independent parsers (issue 15,
point 5): libical (GNOME's and KDE's calendars; tests/calendar/ics_libical.cc),
Python's icalendar and vobject (in this process), Ruby's icalendar gem
(ics_ruby.rb) and ical.js (Mozilla's, in Thunderbird; ics_icaljs.mjs).

On a temporary database loaded from seeds/ plus a fact file written here that
exercises every calendar feature (a year-long event, a month, a week, a
possible, a negated and a removed event, an article with a source URL, a
title with commas, semicolons, quotes, Indonesian and CJK text long enough to
be folded), it exports one calendar per main option combination and checks,
in every parser: the file parses with no error; it holds exactly the events
`timeline query --format json` names under the same filters (less those the
options leave out, plus the removed ones with --include-removed); every UID
is unique and is the event id + "@timeline" whatever the options; DTSTART and
DTEND are all-day dates, DTEND exclusive; STATUS follows factuality; SEQUENCE
is there; one known event's SUMMARY and DESCRIPTION decode to the exact
expected text; the article with a source URL has it as URL. A parser that
disagrees with the others about any value fails, naming the parser and file.

Each parser is turned into the same plain shape, one dict per VEVENT:
uid, dtstart, dtstart_is_date, dtend, dtend_is_date, status, sequence,
summary, description, url (dates as YYYY-MM-DD, absent values None).

usage: parsers_test.py --timeline BIN --seeds DIR --libical BIN
                       --ruby BIN --node BIN --icaljs DIR
"""

import argparse
import collections
import datetime
import json
import os
import subprocess
import sys
import tempfile

import icalendar
import vobject

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print('FAIL:', what)
    return condition


# ---------------------------------------------------------------- the facts

URL = 'https://example.org/berita/2026/01/parsers?a=1&b=2'
KNOWN_TITLE = ('Envoys of Korea Selatan, Jepang; and China meet in "Seoul" — 韓日中 envoys\' '
               'talks, pertemuan utusan, on the "tiga negara" agenda; long enough to be folded')
# Each event: id, type, title, date (start, end, precision, text), factuality,
# the article's sentence it comes from.
EVENTS = [
    ('tlp-e01', 'meeting', KNOWN_TITLE, ('2026-01-22', '2026-01-22', 'day', 'pada hari Kamis'), 'asserted',
     'Utusan Korea Selatan, Jepang dan Tiongkok bertemu di Seoul pada hari Kamis; '
     'mereka menyebutnya "pertemuan tiga negara" (韓日中会談).'),
    ('tlp-e02', 'report', 'Report finds North Korea stole crypto all year, 2025', ('2025-01-01', '2025-12-31', 'year', 'pada tahun 2025'),
     'asserted', 'Laporan itu menyebut Korea Utara mencuri kripto sepanjang tahun 2025.'),
    ('tlp-e03', 'sanction', 'Sanctions tightened; month of December', ('2025-12-01', '2025-12-31', 'month', 'bulan Desember'),
     'asserted', 'Sanksi diperketat pada bulan Desember.'),
    ('tlp-e04', 'drill', 'Joint drill, last week', ('2026-01-19', '2026-01-25', 'week', 'minggu lalu'),
     'asserted', 'Latihan gabungan digelar minggu lalu.'),
    ('tlp-e05', 'meeting', 'Possible summit, Jakarta', ('2026-02-10', '2026-02-10', 'day', '10 Februari'),
     'possible', 'KTT mungkin digelar di Jakarta pada 10 Februari.'),
    ('tlp-e06', 'missile_test', 'No missile launched (denied)', ('2026-01-20', '2026-01-20', 'day', 'Selasa'),
     'negated', 'Korea Utara tidak meluncurkan rudal pada hari Selasa.'),
    ('tlp-e07', 'statement', 'Statement later removed by hand', ('2026-01-21', '2026-01-21', 'day', 'Rabu'),
     'asserted', 'Kementerian mengeluarkan pernyataan pada hari Rabu.'),
]
REMOVED = 'tlp-e07'
KNOWN = 'tlp-e01'
ARTICLE_TITLE = 'Utusan tiga negara bertemu; 韓日中'


def write_facts(folder):
    """The article and its fact file in `folder`; returns the fact file."""
    text = ARTICLE_TITLE + '\n\n' + ' '.join(e[5] for e in EVENTS) + '\n'
    raw = text.encode('utf-8')
    with open(os.path.join(folder, 'features.txt'), 'wb') as f:
        f.write(raw)
    events = []
    for id_, type_, title, (start, end, precision, words), factuality, sentence in EVENTS:
        at = raw.index(sentence.encode('utf-8'))
        events.append({
            'id': id_, 'type': type_, 'title': title,
            'date': {'start': start, 'end': end, 'precision': precision, 'text': words},
            'actors': [{'id': 'KOR', 'name': 'Korea Selatan', 'country': 'KOR', 'role': 'participant'},
                       {'id': 'JPN', 'name': 'Jepang', 'country': 'JPN', 'role': 'participant'}],
            'place': {'name': 'Seoul', 'country': 'KOR'},
            'factuality': factuality,
            'evidence': {'text': sentence, 'start': at, 'end': at + len(sentence.encode('utf-8'))},
        })
    doc = {'article': {'title': ARTICLE_TITLE, 'published': '2026-01-26', 'language': 'id',
                       'path': 'features.txt', 'source_url': URL},
           'events': events}
    path = os.path.join(folder, 'features.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    return path


# ------------------------------------------------------------- the parsers

def day(value):
    """(YYYY-MM-DD, is an all-day date) of a date or date-time."""
    if value is None:
        return None, False
    is_date = isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    return value.strftime('%Y-%m-%d'), is_date


def text_or_none(value):
    return None if value is None else str(value)


def parse_python_icalendar(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for component in calendar.walk():
        # icalendar collects what it cannot parse instead of failing.
        if component.errors:
            raise ValueError(f'{component.name}: {component.errors}')
    for e in calendar.walk('VEVENT'):
        start, start_is_date = day(e.decoded('DTSTART', None))
        end, end_is_date = day(e.decoded('DTEND', None))
        sequence = e.get('SEQUENCE')
        events.append({'uid': text_or_none(e.get('UID')), 'dtstart': start, 'dtstart_is_date': start_is_date,
                       'dtend': end, 'dtend_is_date': end_is_date, 'status': text_or_none(e.get('STATUS')),
                       'sequence': None if sequence is None else int(sequence),
                       'summary': text_or_none(e.get('SUMMARY')), 'description': text_or_none(e.get('DESCRIPTION')),
                       'url': text_or_none(e.get('URL'))})
    return events


def parse_vobject(path):
    with open(path, encoding='utf-8', newline='') as f:
        calendar = vobject.readOne(f.read(), validate=True)
    events = []
    for e in calendar.contents.get('vevent', []):
        def value(name):
            lines = e.contents.get(name)
            return lines[0].value if lines else None
        start, start_is_date = day(value('dtstart'))
        end, end_is_date = day(value('dtend'))
        sequence = value('sequence')
        events.append({'uid': value('uid'), 'dtstart': start, 'dtstart_is_date': start_is_date,
                       'dtend': end, 'dtend_is_date': end_is_date, 'status': value('status'),
                       'sequence': None if sequence is None else int(sequence),
                       'summary': value('summary'), 'description': value('description'), 'url': value('url')})
    return events


def parse_command(command):
    def parse(path):
        result = subprocess.run(command + [path], capture_output=True, text=True)
        if result.returncode != 0:
            raise ValueError(result.stderr.strip() or f'exit {result.returncode}')
        return json.loads(result.stdout)['events']
    return parse


# ----------------------------------------------------------- expectations

EXPORTS = {   # file name: (export options, query --factuality, long events, removed events added)
    'default.ics': ([], 'asserted', 'start', False),
    'keep.ics': (['--long-events', 'keep'], 'asserted', 'keep', False),
    'skip.ics': (['--long-events', 'skip'], 'asserted', 'skip', False),
    'factualities.ics': (['--factuality', 'asserted,possible,negated'], 'asserted,possible,negated', 'start', False),
    'removed.ics': (['--include-removed'], 'asserted', 'start', True),
    'lang-id.ics': (['--lang', 'id'], 'asserted', 'start', False),
}
STATUS = {'asserted': 'CONFIRMED', 'possible': 'TENTATIVE', 'negated': 'CANCELLED'}
LONG_EVENT_DAYS = 7   # the default --long-event-days


def next_day(iso, days=1):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)).isoformat()


def expected_events(timeline, factuality, long_events, removed):
    """{uid: (dtstart, dtend, status, URL)} the calendar must hold; dates
    None where not fixed (removed events)."""
    out = timeline('query', '--factuality', factuality, '--format', 'json').stdout
    expected = {}
    for doc in json.loads(out):
        url = doc['article'].get('source_url') or None
        for e in doc['events']:
            date = e.get('date') or {}
            if not date.get('start'):
                continue   # no date: no place in a calendar
            start, end = date['start'], date['end']
            span = (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days + 1
            if span > LONG_EVENT_DAYS and long_events == 'skip':
                continue
            last = end if span <= LONG_EVENT_DAYS or long_events == 'keep' else start
            expected[e['id'] + '@timeline'] = (start, next_day(last), STATUS[e['factuality']], url)
    if removed:
        expected[REMOVED + '@timeline'] = (None, None, 'CANCELLED', URL)   # its article is still there
    return expected


# The known event's text in a calendar app, after unescaping and unfolding:
# the exact DESCRIPTION `timeline` writes for it (exports.md), in English
# and with --lang id.
def known_description(type_line, actors):
    sentence = EVENTS[0][5]
    return ('When: on 22 January 2026 ("pada hari Kamis")\n'
            f'Type: {type_line}\n'
            f'Actors: {actors}\n'
            f'Evidence: {sentence}\n'
            f'Source: {ARTICLE_TITLE}, 2026-01-26\n'
            f'{URL}')


# ------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    for name in ('timeline', 'seeds', 'libical', 'ruby', 'node', 'icaljs'):
        ap.add_argument('--' + name, required=True)
    ap.add_argument('--keep', help='a folder to keep the calendars in (for a person to look at)')
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    parsers = {
        'libical': parse_command([args.libical]),
        'python-icalendar': parse_python_icalendar,
        'python-vobject': parse_vobject,
        'ruby-icalendar': parse_command([args.ruby, os.path.join(here, 'ics_ruby.rb')]),
        'ical.js': parse_command([args.node, os.path.join(here, 'ics_icaljs.mjs'), args.icaljs]),
    }

    with tempfile.TemporaryDirectory(prefix='timeline-parsers-') as tmp:
        folder = args.keep or tmp
        os.makedirs(folder, exist_ok=True)
        db = os.path.join(folder, 'timeline.db')
        if os.path.exists(db):
            os.remove(db)
        env = dict(os.environ, SOURCE_DATE_EPOCH='1769421600')

        def timeline(*a, expect=0):
            result = subprocess.run([args.timeline, '--db', db] + list(a), capture_output=True, text=True, env=env)
            check(result.returncode == expect,
                  f'timeline {" ".join(a)} exits {expect}, got {result.returncode}: {result.stderr.strip()}')
            return result

        timeline('load', args.seeds, write_facts(folder))
        timeline('remove', REMOVED)

        uid_dates = collections.defaultdict(set)   # uid: DTSTART values across files (for the report)
        for name, (options, factuality, long_events, removed) in EXPORTS.items():
            ics = os.path.join(folder, name)
            timeline('export', '--format', 'ics', '-o', ics, *options)
            expected = expected_events(timeline, factuality, long_events, removed)
            check(len(expected) >= 5, f'{name}: at least 5 events expected, the query gave {len(expected)}')
            results = {}
            for parser, parse in parsers.items():
                try:
                    results[parser] = parse(ics)
                except Exception as err:   # any parse error fails, naming parser and file
                    check(False, f'{parser} cannot parse {name}: {err}')
            for parser, events in results.items():
                where = f'{parser}, {name}'
                uids = [e['uid'] for e in events]
                check(len(uids) == len(set(uids)), f'{where}: UIDs repeat: {sorted(uids)}')
                check(sorted(uids) == sorted(expected),
                      f'{where}: {len(uids)} VEVENTs, expected {len(expected)}: '
                      f'extra {sorted(set(uids) - set(expected))}, missing {sorted(set(expected) - set(uids))}')
                for e in events:
                    at = f'{where}, {e["uid"]}'
                    check(e['dtstart_is_date'] and e['dtend_is_date'],
                          f'{at}: DTSTART and DTEND are not all-day dates: {e["dtstart"]} {e["dtend"]}')
                    check(e['dtstart'] is not None and e['dtend'] is not None and e['dtend'] > e['dtstart'],
                          f'{at}: DTEND {e["dtend"]} is not after DTSTART {e["dtstart"]}')
                    check(isinstance(e['sequence'], int) and e['sequence'] >= 0, f'{at}: no SEQUENCE: {e["sequence"]}')
                    if e['uid'] in expected:
                        start, end, status, url = expected[e['uid']]
                        check(e['url'] == url, f'{at}: URL {e["url"]!r}, expected {url!r}')
                        check(e['status'] == status, f'{at}: STATUS {e["status"]}, expected {status}')
                        if start is not None:
                            check((e['dtstart'], e['dtend']) == (start, end),
                                  f'{at}: {e["dtstart"]}..{e["dtend"]}, expected {start}..{end} (DTEND exclusive)')
                    uid_dates[e['uid']].add(e['dtstart'])
                known = [e for e in events if e['uid'] == KNOWN + '@timeline']
                if check(len(known) == 1, f'{where}: the known event {KNOWN} is missing'):
                    e = known[0]
                    check(e['url'] == URL, f'{where}: the known event\'s URL {e["url"]!r}, expected {URL!r}')
                    check(e['summary'] == KNOWN_TITLE, f'{where}: SUMMARY {e["summary"]!r}, expected {KNOWN_TITLE!r}')
                    if name in ('default.ics', 'lang-id.ics'):
                        want = (known_description('Pertemuan (meeting, diplomacy)',
                                                  'Korea Selatan (KOR, participant), Jepang (JPN, participant)')
                                if name == 'lang-id.ics' else
                                known_description('Meeting (meeting, diplomacy)',
                                                  'South Korea (KOR, participant), Japan (JPN, participant)'))
                        check(e['description'] == want,
                              f'{where}: DESCRIPTION\n{e["description"]!r}\nexpected\n{want!r}')
            # Every parser must read every value the same: name the odd ones out.
            by_uid = collections.defaultdict(dict)
            for parser, events in results.items():
                for e in events:
                    by_uid[e['uid']][parser] = e
            for uid, seen in sorted(by_uid.items()):
                check(len(seen) == len(results), f'{name}: {uid} missing in {sorted(set(results) - set(seen))}')
                for field in ('dtstart', 'dtstart_is_date', 'dtend', 'dtend_is_date', 'status', 'sequence',
                              'summary', 'description', 'url'):
                    values = collections.Counter(json.dumps(e[field], ensure_ascii=False) for e in seen.values())
                    if len(values) > 1:
                        common = values.most_common(1)[0][0]
                        for parser, e in seen.items():
                            mine = json.dumps(e[field], ensure_ascii=False)
                            check(mine == common, f'{parser} disagrees with the others on {name}, {uid} {field}: '
                                                  f'{mine} instead of {common}')
            print(f'{name}: {len(expected)} events, read by {len(results)} parsers')

    total = sum(1 for _ in uid_dates)
    print(f'{len(parsers)} parsers, {len(EXPORTS)} calendars, {total} distinct UIDs')
    if failures:
        print(f'0 passed, {len(failures)} failed')
        return 1
    print(f'{len(EXPORTS)} passed, 0 failed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
