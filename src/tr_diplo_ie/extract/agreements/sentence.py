"""The mentions of one sentence: decisions, quoted titles, capitalised titles and described
mentions, and the parties of an umbrella mention."""

from __future__ import annotations

from .decisions import _decision_mention, electoral, hypothetical, judicial, person_owned, personal
from .described import NAME_LED, _described_mention
from .heads import _find_heads, may_hold_head
from .idioms import _blocked
from .mention import _Mention, _finish
from .spans import _overlaps
from .titles import _org_title, _quote_pairs, _title_mention
from .tokens import _tokenize


def _sentence_mentions(body, s_start, s_end, lex, dates, pair, persons):
    out: list[_Mention] = []
    umbrella: tuple[str, ...] = ()
    if not may_hold_head(body[s_start:s_end]):
        return out, umbrella  # every mention has a head
    toks = _tokenize(body, s_start, s_end)
    if not toks:
        return out, umbrella
    all_heads = _find_heads(toks, lex)
    covered: list[tuple[int, int]] = []
    for h in all_heads:
        m = _decision_mention(body, toks, h, lex, dates)
        if m is not None:
            out.append(m)
            covered.append((m.start, m.end))
    heads = [h for h in all_heads if not _blocked(toks, h, lex)]
    quoted = _quote_pairs(body, s_start, s_end)

    # 2a. quoted titles
    for q_open, q_close in quoted:
        inner_heads = [h for h in heads if q_open < toks[h.first].start and toks[h.last].end <= q_close + 1]
        last_head = next((h for h in reversed(inner_heads) if h.stem_end == q_close and not h.suffix), None)
        if last_head is None:
            continue
        content = body[q_open + 1:q_close]
        start = q_open + 1 + (len(content) - len(content.lstrip()))
        words = content.split()
        if not content.strip() or not content.strip()[0].isupper() or len(words) < 2 or len(words) > 25:
            continue
        if content.rstrip()[-1:] in ".!?…,;:":
            continue
        if _org_title(content):
            continue
        first_i = next(i for i, t in enumerate(toks) if t.start > q_open)
        close_i = next(i for i, t in enumerate(toks) if t.start == q_close)
        after_i = close_i + (1 if close_i + 1 < len(toks) and toks[close_i + 1].start == q_close + 1 else 0)
        m = _finish(body, toks, first_i - 1 if first_i > 0 else 0, first_i, after_i, start, q_close,
                    last_head.head, True, lex, dates, pair, "agreements.quoted_title")
        if m is not None:
            out.append(m)
        covered.append((q_open, q_close + 1))

    # 2b / 3. capitalised titles and described mentions
    for h in heads:
        hs, he = toks[h.first].start, h.stem_end
        if any(_overlaps(hs, he, a, b) for a, b in covered):
            continue
        head_cap = all(toks[k].cap for k in range(h.first, h.last + 1))
        if head_cap:
            m = _title_mention(body, toks, h, lex, dates, pair, persons)
            if m is not None:
                out.append(m)
            if m is not None or not (h.first == 0 == h.last - h.first and h.head.type == "contract"):
                continue
            # "Sözleşmesi sona eren … Castellani": a contract head capitalised only by its place at
            # the sentence's start is described (round 41 dev spor-456)
        m, umb = _described_mention(body, toks, h, lex, dates, pair)
        if m is not None and m.source == NAME_LED and any(_overlaps(m.start, m.end, a, b) for a, b in persons):
            m = None  # "Bakan Ali Bulutsu planını açıkladı": the minister's own plan, not a named one
        if m is not None:
            out.append(m)
        if umb:
            umbrella = umb
    out = [m for m in out if not judicial(toks, m)]  # a court's ruling: optional at most
    out = [m for m in out if not personal(toks, m, lex) and not person_owned(toks, m, persons)
           and not hypothetical(toks, m) and not electoral(toks, m)]  # choices, hypotheses: no items
    out.sort(key=lambda m: m.start)
    return out, umbrella

