"""`Extraction` → a record in the gold format of `../shared/gold/README.md` (plus spans)."""
from __future__ import annotations

import hashlib

from .model import Extraction
from .normalize import original_form


def _unique(items):
    seen, out = set(), []
    for item in items:
        key = repr(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def to_record(ex: Extraction, *, spans: bool = True) -> dict:
    """The gold-format record of one document; `spans` adds original-text offsets."""
    doc = ex.doc
    by_label = lambda label: [m for m in ex.mentions if m.label == label]  # noqa: E731
    record = {
        "doc": doc.name,
        "sha256": hashlib.sha256(doc.original.encode("utf-8", "surrogatepass")).hexdigest(),
        "pub_date": doc.pub_date,
        # the page's address and outlet: a sidecar's, a JSON Lines line's, or the HTML page's own
        "source": doc.source,
        "paper": doc.paper,
        "persons": _unique(m.key.replace(" ", "") for m in by_label("PERSON")),
        "positions": _unique({"person": p.person, "org": p.org, "title": p.title} for p in ex.positions),
        # the bodies named, then those only a post or an event names (副县长 → 县政府)
        "organizations": _unique([m.key for m in by_label("ORG")] + [p.org for p in ex.positions if p.org]
                                 + [e.org for e in ex.events if e.org]),
        "places": _unique(m.key for m in by_label("PLACE")),
        "campaigns": _unique(m.key for m in by_label("CAMPAIGN")),
        "events": _unique(
            {"org": e.org, "name": e.name, "type": e.type, "date": e.date,
             "leaders": list(e.leaders), "attendees": list(e.attendees),
             **({"documents": list(e.documents)} if e.documents else {})}
            for e in ex.events
        ),
        # where each article is set and which source decided it (kg.locality); not scored
        "locality": [{"place": d.name if d else None, "source": src}
                     for d, src in zip(ex.locales, ex.locality_sources, strict=False)],
        "warnings": list(ex.warnings),
    }
    if spans:
        record["mentions"] = [
            # text: as the page writes it (traditional script on a converted page)
            {"label": m.label, "text": original_form(doc, m.start, m.end), "canonical": m.key,
             "span": list(doc.original_span(m.start, m.end))}
            for m in ex.mentions
        ]
        record["evidence"] = [
            {"event": i, "span": list(doc.original_span(e.start, e.end))}
            for i, e in enumerate(ex.events)
        ]
    return record
