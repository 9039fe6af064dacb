"""Pick the best-on-dev variant of each model family from the round's logs and
pack the winners (by priority, under a size cap) into $OUT as 15 MiB tar parts."""
import re, sys, tarfile, pathlib, json, subprocess
root = pathlib.Path(sys.argv[1]); out = pathlib.Path(sys.argv[2]); cap = 60 * 2**20
pat = re.compile(r"dev_score = ([0-9.]+)|Dev score:\s*([0-9.]+)|Dev F1 = ([0-9.]+)")
scores = {}
for log in sorted((root / "logs").glob("*.log")):
    vals = [float(next(g for g in m.groups() if g)) for m in pat.finditer(log.read_text(errors="replace"))]
    scores[log.stem] = max(vals) if vals else None
print(json.dumps(scores, indent=1))
(root / "logs" / "scores.json").write_text(json.dumps(scores, indent=1))
chosen = []
for fam in ("pos", "ner", "tok", "lem", "dep"):
    cands = [(s, n) for n, s in scores.items() if n.startswith(fam + "_") and s is not None
             and (root / "models" / f"{n}.pt").exists()]
    if cands:
        chosen.append(max(cands)[1])
total = 0; packed = []
with tarfile.open(root / "pack.tar", "w") as tar:
    for name in chosen:
        path = root / "models" / f"{name}.pt"
        if total + path.stat().st_size > cap:
            print("skip (size cap)", name); continue
        tar.add(path, arcname=path.name); total += path.stat().st_size; packed.append(name)
    tar.add(root / "logs", arcname="logs")
print("packed", packed, total)
subprocess.run(f"split -b 15M {root}/pack.tar {out}/pack.tar.part_", shell=True, check=True)
