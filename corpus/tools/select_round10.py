"""Round 10 selection (session 6, dev only), written before any candidate text was read.

The classes that the blind round-9 test documents showed and dev lacked: "yaz-" as a
reporting verb ("... olduğunu yazdı"), reports relayed from a newspaper ("aktarıyor",
"haberinde"), chanted slogans.

Run from anywhere: python corpus/tools/select_round9.py (reads ../shared/data/TTC-3600).
Articles added since this round are "in the corpus" and drop out, so a later run differs.
"""
import json, hashlib, regex as re, os, glob
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent.parent / "shared" / "data" / "TTC-3600" / "ttc3600_orj.jsonl"
have={os.path.basename(p)[:-4]: open(p).read() for p in glob.glob(str(ROOT / "articles" / "*.txt"))}
def sh(t):
    w=re.findall(r"\w+", t.lower()); return {" ".join(w[i:i+5]) for i in range(len(w)-4)}
hs=[sh(v) for v in have.values()]
def dup(t):
    s=sh(t); return max((len(s&h)/max(1,len(s)) for h in hs), default=0)
AGR=re.compile(r"anlaşma|antlaşma|mutabakat|protokol|sözleşme|muhtıra|bildiri|imzala", re.I)
HEAD=r"(?:anlaşma|antlaşma|mutabakat|protokol|sözleşme|muhtıra)\w*"
PART_=r"\w+(?:[ae]n|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü]|[ae]c[ae]k|[ae]c[ae]ğ[ıi]|d[ıiuü]ğ[ıiuü]m[ıiuü]z|t[ıiuü]ğ[ıiuü]m[ıiuü]z)"
PART=re.compile(r"\b"+PART_+r"\s+(?:\w+\s+){0,2}"+HEAD, re.I)
DEC=re.compile(r"\b(?:"+PART_+r"|\w+m[ae]s[ıi]n[ae]\s+yönelik)\s+(?:\w+\s+){0,2}karar\w*", re.I)
KURUS=re.compile(r"\d[\d.,]*\s*kuruş\w*", re.I)
INST=re.compile(r"iddianame\w*|rapor(?:u|unda|da)\b", re.I)
def split_of(i): return "test" if int(hashlib.sha1(i.encode()).hexdigest()[:8],16)%5<2 else "dev"
rows=[]
for l in open(DATA, encoding="utf-8"):
    r=json.loads(l); m=re.match(r"TTC-3600_Orj/(\w+)/c \((\d+)\)\.txt", r["file"])
    cat,n=m.group(1),int(m.group(2)); i=f"ttc-{cat}-{n}"
    if i in have: continue
    t=r["text"]
    q=t.count('"')+t.count('“')+t.count('”')
    rows.append(dict(id=i, cat=cat, split=split_of(i), n=len(t), agr=len(AGR.findall(t)), q=q,
        kurus=len(KURUS.findall(t)), part=len(PART.findall(t))+len(DEC.findall(t)), inst=len(INST.findall(t)) if q>=4 else 0, t=t))
def top(key, pred, k):
    out=[]
    for r in sorted([r for r in rows if pred(r)], key=key, reverse=True):
        if len(out)==k: break
        if any(r["id"]==o["id"] for o in chosen): continue
        d=dup(r["t"])
        if d>=0.3: print("  skip dup", r["id"], round(d,2)); continue
        out.append(r)
    return out

YAZ=re.compile(r"\w+(?:d[ıiuü]ğ|t[ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıi]\s+(?:\S+\s+){0,3}?yaz(?:dı|an|ıyor|mış|arak)\b", re.I)
REL=re.compile(r"\b(?:aktarıyor|aktarıldı|aktarılıyor|haberinde|yazısında|köşesinde|makalesinde)\b", re.I)
SLO=re.compile(r"slogan\w*", re.I)
for r in rows:
    t=r["t"]; r["yaz"]=len(YAZ.findall(t)); r["rel"]=len(REL.findall(t)); r["slo"]=len(SLO.findall(t)) if r["q"]>=2 else 0
chosen=[]
dev=lambda r: r["split"]=="dev" and 400<=r["n"]<=4500
for name,key,k in (("yaz",lambda r:(r["yaz"],r["q"]),3),("rel",lambda r:(r["rel"],r["q"]),2),("slo",lambda r:(r["slo"],r["q"]),1)):
    got=top(key, lambda r: dev(r) and key(r)[0]>0, k); chosen+=got
    for r in got: print("dev", name, r["id"], r["yaz"], r["rel"], r["slo"], r["q"], r["n"])
