"""The ``tr-diplo-ie`` command: extract, tag, bench (and batch)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator, Optional

from . import article as article_io
from .gold import GoldError
from .nlp.loader import ModelError


def _articles(paths: list[str], published: Optional[str], errors: list[str]) -> Iterator:
    """Articles from .txt files (one each) and .jsonl files (one per line)."""
    for name in paths:
        path = Path(name)
        try:
            if path.suffix in (".jsonl", ".ndjson"):
                with path.open(encoding="utf-8-sig") as handle:
                    for number, item in article_io.iter_jsonl(handle):
                        if isinstance(item, Exception):
                            errors.append(f"{path}:{number}: {item}")
                        else:
                            yield item
            elif path.suffix == ".json":
                record = json.loads(path.read_text(encoding="utf-8-sig"))
                yield article_io.from_record(record, default_id=path.stem)
            else:
                art = article_io.read_file(path)
                if published:
                    art = article_io.from_text(path.read_text(encoding="utf-8-sig"), id=path.stem,
                                               published=published)
                yield art
        except (OSError, ValueError) as exc:
            errors.append(f"{path}: {exc}")


def _pipeline(args, **kwargs):
    from .pipeline import Pipeline

    processors = args.processors.split(",") if getattr(args, "processors", None) else None
    return Pipeline(analyzer=args.analyzer, models_dir=args.models, stanza_dir=args.stanza_dir,
                    processors=processors, **kwargs)


def cmd_extract(args) -> int:
    from . import serialize
    from .table import format_extraction

    errors: list[str] = []
    pipe = _pipeline(args)
    for extraction in pipe.pipe(_articles(args.files, args.published, errors)):
        if args.format == "json":
            print(serialize.dumps(extraction))
        elif args.format == "gold":
            from .gold import to_gold

            print(json.dumps(to_gold(extraction), ensure_ascii=False))
        else:
            print(format_extraction(extraction))
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


def cmd_tag(args) -> int:
    from .conllu import to_conllu

    pipe = _pipeline(args, pretokenized=args.pretokenized, parse=True)
    status = 0
    for name in args.files:
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        if not args.pretokenized:
            text = article_io.from_text(text).body
        sys.stdout.write(to_conllu(pipe.analyze(text), doc_id=Path(name).stem))
    return status


def cmd_bench(args) -> int:
    from .bench import read_gold_dir, run_bench

    golds = read_gold_dir(args.gold_dir)  # a bad gold file fails before the models load
    result = run_bench(args.gold_dir, _pipeline(args), golds=golds)
    if args.json:
        print(json.dumps(result["scores"], ensure_ascii=False, indent=2))
    else:
        print(result["table"])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tr-diplo-ie", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--analyzer", choices=("stanza", "rules"), default="stanza",
                        help="stanza models (default) or rule-based segmentation without models")
    common.add_argument("--models", help="directory of the bundled models (default: models/)")
    common.add_argument("--stanza-dir", help="use official stanza resources from this directory")
    common.add_argument("--processors", help="comma-separated stanza processors to run "
                        "(default: every bundled model), e.g. tokenize,mwt,ner")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", parents=[common], help="extract records from articles")
    p.add_argument("files", nargs="+", help=".txt articles (optional 'date YYYY-MM-DD' header) or .jsonl")
    p.add_argument("--format", choices=("table", "json", "gold"), default="table")
    p.add_argument("--published", help="publication date YYYY-MM-DD for .txt files without a header")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("tag", parents=[common], help="tokenize and tag text, write CoNLL-U")
    p.add_argument("files", nargs="+")
    p.add_argument("--format", choices=("conllu",), default="conllu")
    p.add_argument("--pretokenized", action="store_true",
                   help="one sentence per line, tokens separated by spaces")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("bench", parents=[common], help="score extraction against gold documents")
    p.add_argument("gold_dir")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=cmd_bench)

    try:
        from .batch import add_batch_command
    except ImportError:  # the batch face is optional until it lands
        pass
    else:
        add_batch_command(sub, common)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ModelError, GoldError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0


if __name__ == "__main__":
    sys.exit(main())
