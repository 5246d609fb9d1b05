#!/usr/bin/env python3
"""Benchmark of the Word import against issue 18's budget.

    python tests/benchmarks/bench_word_import.py [--runs N]

Exports a plan the size of a real agreement (``bench_word.synthetic_plan()``: 5 focus
areas, 26 topics, ~600 list items of which 156 indicators) with our agreement exporter
(no LibreOffice pass), into a scratch workspace that already holds that plan (so every
indicator is matched to a series, as a returning document's would be), and times
in-process, python-docx and the workspace loaded, medians of *runs*:

* read + recognise + preview + import (``Workspace.import_word``, one transaction), the
  issue's "imports in <= 300 ms in-process, preview included",
* each step alone.

Every timed import adds one more plan to the scratch workspace, as a coordinator's
imports of one document would.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from bench_timing import median_ms, print_results, scratch_folder
from bench_word import counts, synthetic_plan


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from insatsplan.text import clear_text_caches
    from insatsplan.word.agreement import build_agreement
    from insatsplan.word_import.reader import read_word
    from insatsplan.word_import.recognise import recognise
    from insatsplan.workspace import Workspace

    document = synthetic_plan()
    sizes = counts(document)
    with scratch_folder() as folder:
        path = folder / "agreement.docx"
        build_agreement(document).save(str(path))
        with Workspace.open(folder / "bench.insatsplan") as ws:
            ws.import_document(document)
            organisations = {o.code: o.name for o in ws.organisations()}

            def whole() -> object:
                clear_text_caches()  # each run reads a new document, as a person's does
                recognised = recognise(read_word(path), organisations=organisations)
                ws.preview_word_import(recognised)
                return ws.import_word(recognised)

            whole()  # warm: imports, the schema, the first query
            word = read_word(path)
            result = recognise(word, organisations=organisations)
            preview = ws.preview_word_import(result)
            total = median_ms(whole, args.runs)
            reading = median_ms(lambda: read_word(path), args.runs)
            recognising = median_ms(lambda: recognise(word, organisations=organisations),
                                    args.runs)
            previewing = median_ms(lambda: ws.preview_word_import(result), args.runs)
            importing = median_ms(lambda: ws.import_word(result), args.runs)
        found = preview.counts()
        size_kb = path.stat().st_size // 1024

    items = sizes.get("goal", 0) + sizes.get("indicator", 0)
    print(f"Word import: a {size_kb} kB agreement of {sizes.get('focus_area', 0)} focus "
          f"areas, {sizes.get('topic', 0)} topics, {items} list items "
          f"({sizes.get('indicator', 0)} indicators); recognised "
          f"{found['topics']} topics, {found['short_goals'] + found['long_goals']} goals, "
          f"{found['indicators']} indicators ({found['matched_series']} matched to a "
          f"series); medians of {args.runs} runs.")
    print_results([
        ("read + recognise + preview + import, in-process", f"{total:.0f} ms",
         "<= 300 ms"),
        ("read (`read_word`)", f"{reading:.0f} ms", ""),
        ("recognise", f"{recognising:.0f} ms", ""),
        ("preview (series matched by title)", f"{previewing:.0f} ms", ""),
        ("import (`Workspace.import_word`, one transaction)", f"{importing:.0f} ms", ""),
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
