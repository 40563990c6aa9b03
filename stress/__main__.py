"""`python -m stress [--fast] [--seed N] [--work DIR]`: run the suite, print its table.

Exits 1 when a check of the issue's bar fails."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stress.run import Options, run


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m stress", description=__doc__)
    parser.add_argument("--fast", action="store_true", help="the small run `make test` does (about a minute)")
    parser.add_argument("--seed", type=int, default=12, help="seeds the fake personal data and every choice")
    parser.add_argument("--work", type=Path, help="keep settings and logs here (default: a temporary dir)")
    args = parser.parse_args(argv)
    report = run(Options(fast=args.fast, seed=args.seed, work=args.work))
    table = report.table()
    print(table, flush=True)
    if args.work:
        (args.work / "report.txt").write_text(table + "\n")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
