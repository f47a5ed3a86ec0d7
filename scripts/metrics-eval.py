#!/usr/bin/env python3
"""Session metrics against the experts' codes on AnnoMI (issue 8). Not part of `npm test`: it needs the
calibration data in ../shared and a built CLI.

Usage, from the project root after `npm run build`:
    python3 scripts/metrics-eval.py [--data CSV] [--split all|odd|even] [--per-transcript]

Transcripts are written exactly as ../shared/tools/mi-eval writes them ("Counselor: …" / "Client: …", one turn
per paragraph, whitespace collapsed) and linted with `mi-lint --format json`. Per transcript:
  R:Q          tool: metrics.reflectionToQuestion; experts: #therapist utterances with reflection_exists True
               / #with question_exists True                          goal: Spearman rho >= 0.80
  % open       tool: metrics.percentOpenQuestions; experts: 100 * #question_subtype open / #question_exists
                                                                     goal: Spearman rho >= 0.75
  talk share   tool: metrics.counselorTalkShare; truth: therapist words / all words (words = whitespace
               tokens of utterance_text)                             goal: |diff| <= 0.02 on every transcript
Transcripts where a figure is undefined on either side (no questions) are left out of that correlation and
counted. Exit 0 when all three goals are met.
"""
import collections, csv, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import milint  # noqa: E402  (the shared tools' way of calling the CLI)

GOALS = {"rq": 0.80, "open": 0.75, "talk": 0.02}


def args():
    a = sys.argv[1:]
    opt = {"data": os.path.join(ROOT, "..", "shared", "annomi-dev", "AnnoMI-dev.csv"), "split": "all", "per": False}
    while a:
        x = a.pop(0)
        if x in ("--data", "--split"):
            opt[x[2:]] = a.pop(0)
        elif x == "--per-transcript":
            opt["per"] = True
        else:
            sys.exit(f"unknown argument {x}; see the header of this file")
    return opt


def load(path, split):
    seen, by = set(), collections.defaultdict(list)
    for r in csv.DictReader(open(path, newline="")):
        k = (r["transcript_id"], r["utterance_id"])
        tid = int(r["transcript_id"])
        if (split == "odd" and tid % 2 == 0) or (split == "even" and tid % 2 == 1) or k in seen:
            continue
        seen.add(k)  # one row per annotator in places: keep the first, like mi-eval
        by[r["transcript_id"]].append(r)
    for t in by.values():
        t.sort(key=lambda r: int(r["utterance_id"]))
    return by


def write(by):
    d = tempfile.mkdtemp(prefix="annomi-metrics-")
    paths = {}
    for tid, rows in by.items():
        p = os.path.abspath(os.path.join(d, f"transcript-{tid}.txt"))
        lines = []
        for r in rows:
            who = "Counselor" if r["interlocutor"] == "therapist" else "Client"
            lines += [f"{who}: {' '.join(r['utterance_text'].split())}", ""]
        open(p, "w").write("\n".join(lines))
        paths[tid] = p
    return paths


def expert(rows):
    th = [r for r in rows if r["interlocutor"] == "therapist"]
    refl = sum(r["reflection_exists"] == "True" for r in th)
    qs = sum(r["question_exists"] == "True" for r in th)
    opens = sum(r["question_subtype"] == "open" for r in th)
    tw = sum(len(r["utterance_text"].split()) for r in th)
    allw = sum(len(r["utterance_text"].split()) for r in rows)
    return {
        "rq": refl / qs if qs else None,
        "open": 100 * opens / qs if qs else None,
        "talk": tw / allw if allw else None,
    }


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1  # ties share their mean rank
        i = j + 1
    return r


def pearson(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    va = sum((x - ma) ** 2 for x in a) ** 0.5
    vb = sum((y - mb) ** 2 for y in b) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


def spearman(pairs):
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    return pearson(ranks(a), ranks(b)) if len(pairs) > 2 else 0.0


def main():
    opt = args()
    milint.PROJECT = ROOT
    by = load(opt["data"], opt["split"])
    paths = write(by)
    res = milint.lint(list(paths.values()))
    rows = []
    for tid in sorted(by, key=int):
        m = res[paths[tid]]["metrics"]
        e = expert(by[tid])
        tool = {"rq": m["reflectionToQuestion"], "open": m["percentOpenQuestions"], "talk": m["counselorTalkShare"]}
        rows.append((tid, by[tid][0]["mi_quality"], tool, e))

    if opt["per"]:
        print("transcript quality  R:Q tool/expert   %open tool/expert   talk tool/true")
        f = lambda x, d=2: "  -  " if x is None else f"{x:.{d}f}"
        for tid, q, t, e in rows:
            print(f"{tid:>10} {q:>7}  {f(t['rq']):>6} / {f(e['rq']):<6}  {f(t['open'], 0):>5} / {f(e['open'], 0):<5}"
                  f"   {f(t['talk'], 3)} / {f(e['talk'], 3)}")

    out, ok = {}, True
    for k in ("rq", "open"):
        pairs = [(t[k], e[k]) for _, _, t, e in rows if t[k] is not None and e[k] is not None]
        left = len(rows) - len(pairs)
        rho = spearman(pairs)
        out[k] = rho
        good = rho >= GOALS[k]
        ok &= good
        label = "R:Q" if k == "rq" else "% open questions"
        print(f"{label:18s} Spearman rho {rho:.3f} over {len(pairs)} transcripts ({left} undefined)  goal >= {GOALS[k]}  {'ok' if good else 'SHORT'}")
    diffs = [(abs(t["talk"] - e["talk"]) if t["talk"] is not None and e["talk"] is not None else float("inf"), tid)
             for tid, _, t, e in rows]
    worst = max(diffs)
    within = sum(d <= GOALS["talk"] for d, _ in diffs)
    good = within == len(diffs)
    ok &= good
    print(f"{'talk share':18s} max |tool - true| {worst[0]:.4f} (transcript {worst[1]}); {within}/{len(diffs)} within {GOALS['talk']}  {'ok' if good else 'SHORT'}")
    print(f"metrics rq_spearman={out['rq']:.3f} open_spearman={out['open']:.3f} talk_max_diff={worst[0]:.4f} transcripts={len(rows)}")
    sys.exit(0 if ok else 1)


main()
