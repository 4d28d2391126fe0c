"""The view's tables (`kg/data/view_style.json`): type, colour and shape of each class, relation labels."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def style() -> dict:
    """The whole style table, read once."""
    return json.loads(resources.files("kg").joinpath("data/view_style.json").read_text(encoding="utf-8"))


def class_style(cls: str) -> dict:
    """Type, label, colour and shape of a class; an unknown class looks like 其他机构."""
    classes = style()["classes"]
    entry = classes.get(cls, classes["OtherOrganization"])
    return {**entry, "shape": style()["types"][entry["type"]]["shape"]}


def type_of(cls: str) -> str:
    """The view type (person, event, org, place, campaign, article) of a node class."""
    return class_style(cls)["type"]


def relation(key: str) -> dict:
    """Label, display direction and basis of an edge key (ledBy → 主持, shown person → event)."""
    return style()["relations"].get(key, {"label": key, "reverse": False, "basis": ""})


def type_names() -> list[str]:
    return list(style()["types"])
