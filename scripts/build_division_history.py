"""Build kg/data/divisions_history.tsv from the areacodes dataset's result.csv.

Source (CC0 1.0): areacodes, https://github.com/yescallop/areacodes (commit
eed219a0678d36bacaa717f62443b10e869f0291), every province, prefecture and county division
code since 1981 with its name, level, years in use and successor codes, compiled from the
Ministry of Civil Affairs' yearly code tables. Run once by a maintainer, from the repository:

    python scripts/build_division_history.py ../shared/data/areacodes/result.csv \
        > kg/data/divisions_history.tsv

Rows of the output:
- every division no longer in use under its name and code (renamed, renumbered, merged or
  abolished): code, name, level, parent code (the prefecture, else the province, in its
  last year), first year in use, the year it ended (exclusive), and its successors: the
  codes that took its area in that year (the source's 新代码 without those marked for
  another year; a renamed division's own code when the source lists none; for a prefecture
  the source gives none for, such as a 地区 dissolved into a new city, the prefectures its
  counties passed to, most counties first, or the province where no prefecture took them);
- a today's division's first year, only where it matters for dating a name: when a former
  division shares its code, its name or its short form (`to` and `successors` empty).
"""
import csv
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from kg.gazetteer import short_form  # noqa: E402

LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}
FIRST = 1981  # the dataset's first year: a division in use since then has no dated start


def successors(code: str, status: str, new: str) -> list[str]:
    codes = [c for c in new.split(";") if c and "[" not in c]
    if not codes and status == "变更":
        codes = [code]  # renamed: its own code goes on
    return codes


def in_use(row: dict, year: int) -> bool:
    return int(row["启用时间"]) <= year and (not row["变更/弃用时间"] or year < int(row["变更/弃用时间"]))


def parent(row: dict, by_code: dict[str, list[dict]]) -> str:
    code = row["代码"]
    if LEVELS[row["级别"]] == "province":
        return ""
    last = int(row["变更/弃用时间"] or 9999) - 1
    prefecture = code[:4] + "00"
    if LEVELS[row["级别"]] == "county" and any(
            r["级别"] == "地级" and in_use(r, last) for r in by_code.get(prefecture, [])):
        return prefecture
    return code[:2] + "0000"


def merged(rows: list[dict]) -> list[dict]:
    """One code's rows, with a row 'changed' into the same name and level joined to the next
    (the source records a parent's renaming as a change of each county under it)."""
    out: list[dict] = []
    for r in sorted(rows, key=lambda r: int(r["启用时间"])):
        prev = out[-1] if out else None
        if prev and prev["状态"] == "变更" and prev["变更/弃用时间"] == r["启用时间"] \
                and (prev["名称"], prev["级别"]) == (r["名称"], r["级别"]) \
                and successors(prev["代码"], prev["状态"], prev["新代码"]) == [r["代码"]]:
            out[-1] = dict(r, 启用时间=prev["启用时间"])
        else:
            out.append(r)
    return out


def at(code: str, year: int, by_code: dict[str, list[dict]]) -> dict | None:
    return next((r for r in by_code.get(code, []) if in_use(r, year)), None)


def parent_at(code: str, year: int, by_code: dict[str, list[dict]]) -> str:
    prefecture = at(code[:4] + "00", year, by_code)
    return prefecture["代码"] if prefecture and prefecture["级别"] == "地级" else code[:2] + "0000"


def counties_went_to(row: dict, rows: list[dict], by_code: dict[str, list[dict]]) -> list[str]:
    """The prefectures that a dissolved prefecture's counties belonged to the year it ended."""
    code, end = row["代码"], int(row["变更/弃用时间"])
    votes: dict[str, int] = {}
    for r in rows:
        if r["级别"] != "县级" or r["代码"][:4] != code[:4] or not in_use(r, end - 1):
            continue
        dests = [r["代码"]] if in_use(r, end) else successors(r["代码"], r["状态"], r["新代码"])
        for c in dests:
            if (d := at(c, end, by_code)) is not None and d["级别"] == "县级":
                p = parent_at(c, end, by_code)
                if p != code:
                    votes[p] = votes.get(p, 0) + 1
    if any(not p.endswith("0000") for p in votes):  # a province only where no prefecture took them
        votes = {p: n for p, n in votes.items() if not p.endswith("0000")}
    return sorted(votes, key=lambda p: (-votes[p], p))


def main(path: str) -> None:
    with open(path, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    by_code: dict[str, list[dict]] = {}
    for r in rows:
        by_code.setdefault(r["代码"], []).append(r)
    rows = [r for same in by_code.values() for r in merged(same)]
    by_code = {}
    for r in rows:
        by_code.setdefault(r["代码"], []).append(r)
    former = [r for r in rows if r["状态"] != "在用"]
    former_codes = {r["代码"] for r in former}
    former_keys = {k for r in former for k in (r["名称"], short_form(r["名称"]))}
    current = [r for r in rows if r["状态"] == "在用" and int(r["启用时间"]) > FIRST
               and (r["代码"] in former_codes
                    or {r["名称"], short_form(r["名称"])} & former_keys)]
    out = sys.stdout
    out.write("# Source: areacodes result.csv (https://github.com/yescallop/areacodes, commit eed219a0, "
              "CC0 1.0); built by scripts/build_division_history.py.\n")
    out.write("# China's divisions no longer in use since 1981 (renamed, renumbered, merged, abolished), "
              "with years in use (to: exclusive) and successor codes; and the first year of today's "
              "divisions that share a code or name with one (to empty).\n")
    out.write("code\tname\tlevel\tparent\tfrom\tto\tsuccessors\n")
    for r in sorted(former + current, key=lambda r: (r["代码"], int(r["启用时间"]))):
        gone = r["状态"] != "在用"
        after = successors(r["代码"], r["状态"], r["新代码"]) if gone else []
        if gone and not after and r["级别"] == "地级":
            after = counties_went_to(r, rows, by_code)
        out.write("\t".join([
            r["代码"], r["名称"], LEVELS[r["级别"]], parent(r, by_code) if gone else "",
            r["启用时间"], r["变更/弃用时间"] if gone else "", ";".join(after),
        ]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
