"""A readable terminal view of an Extraction."""

from __future__ import annotations

from .records import Extraction
from .serialize import decimal_str


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_extraction(ex: Extraction) -> str:
    lines = [f"== {ex.article_id}  (published {ex.published or 'unknown'})"]
    lines.append(f"-- quotes ({len(ex.quotes)})")
    for q in ex.quotes:
        who = q.speaker.name if q.speaker else "—"
        lines.append(f"  [{q.kind:8}] {who:22} {q.cue or '':26} {_short(q.text)}")
    lines.append(f"-- money ({len(ex.money)})")
    for m in ex.money:
        amount = decimal_str(m.amount) + (f"–{decimal_str(m.amount_max)}" if m.amount_max is not None else "")
        flags = " ~" if m.approximate else ""
        flags += f" {m.qualifier}" if m.qualifier else ""
        lines.append(f"  {m.text:28} {amount:>16} {m.currency}{flags}")
    lines.append(f"-- dates ({len(ex.dates)})")
    for d in ex.dates:
        lines.append(f"  {d.text:28} {d.type:9} {d.value or '—'} {d.mod or ''}")
    lines.append(f"-- agreements ({len(ex.agreements)})")
    for a in ex.agreements:
        parties = ", ".join(a.parties)
        lines.append(f"  [{a.type:11}|{a.status:8}] {_short(a.name, 60)} {a.date or ''} {parties}")
    if ex.warnings:
        lines.append(f"-- warnings ({len(ex.warnings)})")
        lines.extend(f"  {w}" for w in ex.warnings)
    return "\n".join(lines)
