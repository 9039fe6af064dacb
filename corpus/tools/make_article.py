"""Copy one TTC-3600 article into corpus/articles/ (normalised) and start its gold file.

    python corpus/tools/make_article.py siyaset 123 [--published YYYY-MM-DD]

Normalisation (the only change to the text): CRLF -> LF, no-break spaces and
tabs -> space, runs of spaces collapsed, every line stripped, blank lines and
scraping boiler-plate lines ("Haberin Videosu", a lone site name in capitals,
a script call such as ``startFlvPlayer(...)``)
dropped, paragraphs separated by one blank line.  The split (dev/test) is fixed
by the article id alone, decided before any result is seen: test when
``int(sha1(id)[:8], 16) % 5 < 2`` (about 40 %), else dev.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent.parent / "shared" / "data" / "TTC-3600" / "ttc3600_orj.jsonl"
BOILERPLATE = re.compile(r"^(?:Haberin Videosu|[\w.]+\(.*\);?|[A-ZÇĞİÖŞÜ0-9 .]{3,30}\.(?:COM|NET)(?:\.TR)?|[A-ZÇĞİÖŞÜ]{3,20})$")


def split_of(article_id: str) -> str:
    return "test" if int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) % 5 < 2 else "dev"


def normalise(text: str) -> str:
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if line and not BOILERPLATE.match(line):
            lines.append(line)
    return "\n\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("category")
    parser.add_argument("number", type=int)
    parser.add_argument("--published", help="only when the article itself makes the date certain")
    parser.add_argument("--data", default=str(DATA))
    args = parser.parse_args(argv)
    wanted = f"TTC-3600_Orj/{args.category}/c ({args.number}).txt"
    with open(args.data, encoding="utf-8") as handle:
        record = next((json.loads(l) for l in handle if f'"file": "{wanted}"' in l), None)
    if record is None:
        print(f"not found: {wanted}", file=sys.stderr)
        return 1
    article_id = f"ttc-{args.category}-{args.number}"
    body = normalise(record["text"])
    header = f"date {args.published}\n" if args.published else ""
    (ROOT / "articles" / f"{article_id}.txt").write_text(header + body + "\n", encoding="utf-8")
    split = split_of(article_id)
    gold_path = ROOT / "gold" / split / f"{article_id}.json"
    if not gold_path.exists():
        gold = {"id": article_id, "published": args.published,
                "source": f"TTC-3600 (Kılınç et al. 2015), file '{wanted}'; licence not stated "
                          "(research use with attribution; news text copyright its publisher)",
                "text": body, "quotes": [], "money": [], "dates": [], "agreements": []}
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{article_id}\t{split}\t{gold_path.relative_to(ROOT.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
