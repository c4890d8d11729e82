#!/usr/bin/env python3
"""Writes the overlap corpus (tests/merge/corpus/): short articles of our own
text in English and Indonesian that tell the same events at different
precisions, wordings and partial actor lists, plus near-misses that must stay
apart, with their fact files, and tests/merge/gold.json (report id -> the real event it
tells). Run it again after editing ARTICLES below; the output is committed.

Near-misses: two launches on one day (E1 from Sinpo, E2 near Pyongyang);
the same type and actors a week apart (drills E3 and E4, launches E1 and
E9); a drill announced (E7-plan, possible) then cancelled (E7-cancel,
negated)."""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")

PRK = {"id": "PRK", "name": "North Korea", "country": "PRK"}
KOR = {"id": "KOR", "name": "South Korea", "country": "KOR"}
USA = {"id": "USA", "name": "United States", "country": "USA"}
JPN = {"id": "JPN", "name": "Japan", "country": "JPN"}
LAZ = {"id": "PRK-LAZARUS", "name": "Lazarus Group", "country": "PRK"}


def a(actor, role):
    return dict(actor, role=role)


def day(d, text):
    return {"start": d, "end": d, "precision": "day", "text": text}


def span(start, end, precision, text):
    return {"start": start, "end": end, "precision": precision, "text": text}


# Each article: header line, headline, then events, each one sentence of the
# body (the evidence), with its fact fields and the real event it tells.
ARTICLES = [
    ("m01", "en", "2026-03-02", "North Korea fires two missiles on one day, Japan protests", [
        ("E1", "North Korea launched a ballistic missile from the Sinpo shipyard on Sunday morning, "
               "the South Korean military said.",
         dict(type="missile_test", title="North Korea launches a ballistic missile from Sinpo",
              date=day("2026-03-01", "on Sunday"), actors=[a(PRK, "initiator")],
              place={"name": "Sinpo", "country": "PRK"})),
        ("E2", "Hours later a second missile was fired from near Pyongyang.",
         dict(type="missile_test", title="North Korea fires a second missile from near Pyongyang",
              date=day("2026-03-01", "hours later"), actors=[a(PRK, "initiator")],
              place={"name": "Pyongyang", "country": "PRK"})),
        ("E10", "Japan lodged a protest with North Korea through its embassy in Beijing on Sunday.",
         dict(type="protest", title="Japan protests the launches to North Korea",
              date=day("2026-03-01", "on Sunday"), actors=[a(JPN, "initiator"), a(PRK, "target")])),
    ]),
    ("m02", "id", "2026-03-02", "Korea Utara luncurkan rudal dari Sinpo", [
        ("E1", "Korea Utara meluncurkan sebuah rudal balistik dari galangan kapal Sinpo pada hari Minggu.",
         dict(type="missile_test", title="Korea Utara meluncurkan rudal balistik dari Sinpo",
              date=day("2026-03-01", "pada hari Minggu"), actors=[a(PRK, "initiator")],
              place={"name": "Sinpo", "country": "PRK"})),
        ("E10", "Jepang menyampaikan protes kepada Pyongyang pada hari yang sama.",
         dict(type="protest", title="Jepang memprotes peluncuran itu",
              date=day("2026-03-01", "pada hari yang sama"), actors=[a(JPN, "initiator"), a(PRK, "target")])),
    ]),
    ("m03", "en", "2026-03-06", "US widens sanctions after launches", [
        ("E2", "The missile North Korea fired from the Pyongyang area last week flew about 600 kilometres.",
         dict(type="missile_test", title="North Korean missile from the Pyongyang area flew 600 km",
              date=span("2026-02-23", "2026-03-01", "week", "last week"), actors=[a(PRK, "initiator")],
              place={"name": "Pyongyang area", "country": "PRK"})),
        ("E5", "On Thursday the US Treasury sanctioned eight North Korean shipping firms.",
         dict(type="sanction", title="US Treasury sanctions eight North Korean shipping firms",
              date=day("2026-03-05", "On Thursday"), actors=[a(USA, "initiator"), a(PRK, "target")])),
    ]),
    ("m04", "id", "2026-03-09", "Sanksi baru dan rudal lagi", [
        ("E5", "Amerika Serikat menjatuhkan sanksi baru terhadap perusahaan pelayaran pekan lalu.",
         dict(type="sanction", title="AS menjatuhkan sanksi baru terhadap perusahaan pelayaran",
              date=span("2026-03-02", "2026-03-08", "week", "pekan lalu"), actors=[a(USA, "initiator")])),
        ("E9", "Korea Utara kembali menembakkan rudal pada hari Minggu, sepekan setelah peluncuran sebelumnya.",
         dict(type="missile_test", title="Korea Utara kembali menembakkan rudal",
              date=day("2026-03-08", "pada hari Minggu"), actors=[a(PRK, "initiator")])),
    ]),
    ("m05", "en", "2026-03-11", "Allies drill as Pyongyang tests again", [
        ("E9", "North Korea test-fired another missile on Sunday, its third this month.",
         dict(type="missile_test", title="North Korea test-fires another missile",
              date=day("2026-03-08", "on Sunday"), actors=[a(PRK, "initiator")])),
        ("E3", "South Korean and American troops held a live-fire drill near the border on Tuesday.",
         dict(type="drill", title="South Korean and US troops hold a live-fire drill near the border",
              date=day("2026-03-10", "on Tuesday"), actors=[a(KOR, "participant"), a(USA, "participant")])),
    ]),
    ("m06", "id", "2026-03-13", "Latihan gabungan dan pertemuan di Tokyo", [
        ("E3", "Pasukan Amerika Serikat menggelar latihan tembak langsung pekan ini.",
         dict(type="drill", title="Pasukan AS menggelar latihan tembak langsung",
              date=span("2026-03-09", "2026-03-15", "week", "pekan ini"), actors=[a(USA, "participant")])),
        ("E6", "Utusan Korea Selatan, Jepang dan Amerika Serikat bertemu di Tokyo kemarin.",
         dict(type="meeting", title="Utusan Korea Selatan, Jepang dan AS bertemu di Tokyo",
              date=day("2026-03-12", "kemarin"),
              actors=[a(KOR, "participant"), a(JPN, "participant"), a(USA, "participant")],
              place={"name": "Tokyo", "country": "JPN"})),
    ]),
    ("m07", "en", "2026-03-14", "Seoul and Tokyo talk, plan naval drill", [
        ("E6", "Envoys of South Korea and Japan met in Tokyo on Thursday.",
         dict(type="meeting", title="South Korean and Japanese envoys meet in Tokyo",
              date=day("2026-03-12", "on Thursday"), actors=[a(KOR, "participant"), a(JPN, "participant")],
              place={"name": "Tokyo", "country": "JPN"})),
        ("E7-plan", "The two countries plan a joint naval drill on March 20.",
         dict(type="drill", title="South Korea and Japan plan a joint naval drill",
              date=day("2026-03-20", "on March 20"), actors=[a(KOR, "participant"), a(JPN, "participant")],
              factuality="possible")),
    ]),
    ("m08", "en", "2026-03-18", "A second allied drill in a week", [
        ("E4", "South Korea and the United States held another drill on Tuesday.",
         dict(type="drill", title="South Korea and the US hold another drill",
              date=day("2026-03-17", "on Tuesday"), actors=[a(KOR, "participant"), a(USA, "participant")])),
        ("E3", "It came a week after their live-fire drill on March 10.",
         dict(type="drill", title="Allied live-fire drill on March 10",
              date=day("2026-03-10", "on March 10"), actors=[a(KOR, "participant"), a(USA, "participant")])),
    ]),
    ("m09", "id", "2026-03-19", "Latihan laut dibatalkan", [
        ("E7-cancel", "Korea Selatan dan Jepang tidak jadi menggelar latihan angkatan laut pada 20 Maret.",
         dict(type="drill", title="Korea Selatan dan Jepang batal menggelar latihan laut",
              date=day("2026-03-20", "pada 20 Maret"), actors=[a(KOR, "participant"), a(JPN, "participant")],
              factuality="negated")),
        ("E4", "Latihan gabungan Korea Selatan dan AS pada hari Selasa berjalan sesuai rencana.",
         dict(type="drill", title="Latihan gabungan Korea Selatan dan AS",
              date=day("2026-03-17", "pada hari Selasa"), actors=[a(KOR, "participant"), a(USA, "participant")])),
    ]),
    ("m10", "en", "2026-03-03", "Hackers drained a Korean exchange", [
        ("E8", "The Lazarus Group stole about 30 million dollars from a South Korean crypto exchange last month.",
         dict(type="theft", title="Lazarus Group steals 30 million dollars from a South Korean exchange",
              date=span("2026-02-01", "2026-02-28", "month", "last month"),
              actors=[a(LAZ, "initiator"), a(KOR, "target")])),
    ]),
    ("m11", "id", "2026-02-16", "Bursa kripto dibobol", [
        ("E8", "Peretas Korea Utara membobol sebuah bursa kripto di Seoul pada hari Sabtu.",
         dict(type="theft", title="Peretas Korea Utara membobol bursa kripto di Seoul",
              date=day("2026-02-14", "pada hari Sabtu"), actors=[a(PRK, "initiator"), a(KOR, "target")])),
    ]),
    ("m12", "en", "2026-03-20", "Naval drill called off", [
        ("E7-cancel", "South Korea and Japan called off the naval drill set for Friday.",
         dict(type="drill", title="South Korea and Japan call off a naval drill",
              date=day("2026-03-20", "for Friday"), actors=[a(KOR, "participant"), a(JPN, "participant")],
              factuality="negated")),
    ]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    gold = {}
    for code, lang, published, headline, events in ARTICLES:
        header = f"\u2022 {published}\n\n{headline}\n\n"
        text = header
        facts = []
        for n, (label, sentence, fields) in enumerate(events, 1):
            start = len(text.encode("utf-8"))
            text += sentence
            end = len(text.encode("utf-8"))
            text += "\n\n"
            uid = f"{code}-e{n}"
            gold[uid] = label
            event = {"id": uid}
            event.update({k: v for k, v in fields.items() if k != "factuality"})
            event["factuality"] = fields.get("factuality", "asserted")
            event["evidence"] = {"text": sentence, "start": start, "end": end}
            facts.append(event)
        body = text.encode("utf-8")
        name = f"{code}.txt"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(body)
        doc = {"article": {"id": hashlib.sha256(body).hexdigest()[:16], "title": headline,
                           "published": published, "language": lang, "path": name},
               "events": facts}
        with open(os.path.join(OUT, f"{code}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=2, sort_keys=True)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
