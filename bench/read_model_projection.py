#!/usr/bin/env python3
"""What a date-ordered read model would give "actor, first 100" and the CSV
export, measured on a copy of a perf_bench database, without building it
into timeline (docs/performance.md, "Against SQLite's floor").

On a copy of timeline.db it adds `timeline_rows`: one row per report with
the columns a timeline query prints (kDisplayColumns of
src/store/event_columns.h, with its joins), WITHOUT ROWID, keyed
(span_class, time_key, end_key, id) so that actor_timeline's entries seek
it by their whole key. Then it times the "actor, first 100 by date"
statements perf_bench wrote to queries.sql (--keep) as timeline runs them
and rewritten to read their rows from timeline_rows (CPU, prepared once,
p50), and the export statement (export.sql) against timeline_rows' nine
span classes merged, in the sqlite3 shell (wall time).

Usage: bench/read_model_projection.py WORK/N [--per-class 100] [--scratch DIR]
"""
import argparse, os, re, shutil, sqlite3, statistics, subprocess, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def display_sql():
    """kDisplayColumns and kDisplayJoins as SQL text, from the C++ header."""
    h = open(os.path.join(ROOT, "src/store/event_columns.h")).read()
    columns = h[h.find("kDisplayColumns ="):h.find(";", h.find("kDisplayColumns ="))]
    columns = re.sub(r'TIMELINE_SHOWN\("(\w+)"\)', r'"CASE WHEN te.id IS NULL THEN e.\1 ELSE sh.\1 END"', columns)
    joins = h[h.find("kDisplayJoins ="):h.find(";", h.find("kDisplayJoins ="))]
    text = lambda s: "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', s))
    return text(columns), text(joins)


def questions(queries_sql, per_class, index):
    """The timed statements of one class of perf_bench's queries.sql, with their parameters."""
    body = open(queries_sql).read().partition("\n.parameter init")[2]
    blocks = ("\n" + body).split("\n.timer off\nDELETE")[1:]
    out = []
    for block in blocks[index * 2 * per_class + per_class:(index + 1) * 2 * per_class]:
        params = re.findall(r"\('(:\w+)', ('(?:[^']|'')*'|-?\d+)\)", block)
        sql = block.strip().split("\n")[-1].rstrip(";")
        out.append((sql, {k[1:]: (int(v) if v[0] != "'" else v[1:-1].replace("''", "'")) for k, v in params}))
    return out


def from_rows(sql):
    """A limited statement reading its rows from timeline_rows by key."""
    inner = sql[sql.find("FROM (") + 6:sql.rfind(") AS limited_keys")]
    inner = inner.replace("ea.end_day AS end_day", "ea.end_day AS end_day, ea.span_class AS span_class")
    return ("SELECT limited_keys.key AS key, limited_keys.time_key AS time_key, limited_keys.end_day AS end_day, "
            "r.* FROM (" + inner + ") AS limited_keys CROSS JOIN timeline_rows r ON r.span_class = "
            "limited_keys.span_class AND r.time_key = limited_keys.time_key AND r.end_key = limited_keys.end_day "
            "AND r.id = limited_keys.key")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir", help="a perf_bench --keep folder: WORK/N")
    parser.add_argument("--per-class", type=int, default=100, help="perf_bench's --queries")
    parser.add_argument("--scratch", default=None, help="where the copy goes (default: DIR)")
    args = parser.parse_args()
    copy = os.path.join(args.scratch or args.dir, "read_model.db")
    for suffix in ("-wal", "-shm", "-journal"):  # a copy's log left by an earlier run would replay
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)
    shutil.copy(os.path.join(args.dir, "timeline.db"), copy)
    columns, joins = display_sql()
    db = sqlite3.connect(copy)
    db.execute("PRAGMA journal_mode = DELETE")  # the file's size then is the database's
    names = [d[0] for d in db.execute("SELECT " + columns + " FROM events e" + joins + " LIMIT 0").description]
    start = time.time()
    db.execute("CREATE TABLE timeline_rows (span_class INTEGER, time_key INTEGER, end_key INTEGER, id INTEGER, " + ", ".join(names) +
               ", PRIMARY KEY (span_class, time_key, end_key, id)) WITHOUT ROWID")
    db.execute("INSERT INTO timeline_rows SELECT e.span_class, e.time_key, coalesce(e.end_day, e.time_key), e.id, " +
               columns + " FROM events e" + joins + " ORDER BY 1, 2, 3, 4")
    db.commit()
    print(f"timeline_rows built in {time.time() - start:.1f} s; database "
          f"{os.path.getsize(os.path.join(args.dir, 'timeline.db')) / 1e6:.0f} -> {os.path.getsize(copy) / 1e6:.0f} MB")
    first_100 = questions(os.path.join(args.dir, "queries.sql"), args.per_class, 1)
    for round_ in range(2):
        for name, rewrite in (("as timeline runs it", lambda s: s), ("rows from timeline_rows", from_rows)):
            for _ in range(2):  # the first pass warms the cache
                times = []
                for sql, params in first_100:
                    statement = rewrite(sql)
                    t = time.thread_time()
                    db.execute(statement, params).fetchall()
                    times.append(time.thread_time() - t)
            print(f"actor, first 100, {name:24s} p50 {statistics.median(times) * 1e3:.3f} ms")
    db.close()
    export = open(os.path.join(args.dir, "export.sql")).read()
    arms = " UNION ALL ".join(f"SELECT * FROM timeline_rows WHERE span_class = {c}" for c in range(9))
    rows_export = f"SELECT * FROM ({arms}) ORDER BY time_key, end_key, id;\n"
    out = os.path.join(args.scratch or args.dir, "read_model_export.csv")
    for round_ in range(2):
        for name, sql in (("as timeline runs it", export), ("from timeline_rows", rows_export)):
            start = time.time()
            with open(out, "w") as sink:
                subprocess.run(["sqlite3", "-csv", copy], input=sql, stdout=sink, text=True, check=True)
            print(f"export statement, {name:20s} {time.time() - start:.2f} s")
    os.remove(out)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)


if __name__ == "__main__":
    main()
