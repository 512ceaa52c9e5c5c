"""MkDocs hook: generate reference tables from the code, so the docs cannot drift.

Markers replaced in the Markdown of any page:

* ``<!-- rule-catalog -->``: every English rule with its examples and near-misses;
* ``<!-- label-summary -->``: every label with its number of rules;
* ``<!-- heat-weights -->``: heat, cooling and severity weights and level bounds;
* ``<!-- politeness-weights -->``: the politeness weights of labels and cues;
* ``<!-- error-codes -->``: the error codes and what they mean.
"""

from __future__ import annotations

import ast
import html
import inspect
from collections import defaultdict
from typing import Any

from deescalate import _scoring, errors
from deescalate.labels import Label
from deescalate.lang import get_pack
from deescalate.rules import Rule


def _code(text: str) -> str:
    # Brackets are escaped too, so that "[a][b]" in a pattern is not read as a reference link.
    escaped = html.escape(text).replace("[", "&#91;").replace("]", "&#93;")
    return f"<code>{escaped}</code>"


def _rule_block(rule: Rule) -> str:
    speakers = ", ".join(sorted(s.value for s in rule.speakers))
    lines = [
        f"#### `{rule.id}`",
        "",
        f"{rule.message} *Speakers: {speakers}; severity: {rule.severity.value}"
        + (f"; source: {html.escape(rule.source)}" if rule.source else "")
        + ".*",
        "",
    ]
    if rule.phrases:
        lines.append("Phrases: " + ", ".join(_code(p) for p in rule.phrases))
    else:
        view = " (on the raw text)" if rule.view == "raw" else ""
        lines.append(f"Pattern{view}: {_code(rule.pattern or '')}")
    lines.append("")
    extras = []
    if rule.negatable:
        extras.append("dropped when negated")
    if rule.in_quotes:
        extras.append("also inside quotes")
    if rule.not_within:
        extras.append("not within " + ", ".join(_code(p) for p in rule.not_within))
    if rule.not_if_message_has:
        extras.append(
            "not when the message has " + ", ".join(_code(p) for p in rule.not_if_message_has)
        )
    if extras:
        lines += ["Conditions: " + "; ".join(extras) + ".", ""]
    lines.append("| must match | must not get the label |")
    lines.append("|---|---|")
    width = max(len(rule.examples), len(rule.near_misses))
    for i in range(width):
        left = _code(rule.examples[i]) if i < len(rule.examples) else ""
        right = _code(rule.near_misses[i]) if i < len(rule.near_misses) else ""
        lines.append(f"| {left.replace('|', '&#124;')} | {right.replace('|', '&#124;')} |")
    lines.append("")
    return "\n".join(lines)


def rule_catalog() -> str:
    pack = get_pack("en")
    by_label: dict[Label, list[Rule]] = defaultdict(list)
    for rule in pack.rules:
        by_label[rule.label].append(rule)
    out = [f"English pack version **{pack.version}**: {len(pack.rules)} rules.", ""]
    family = ""
    for label in Label:
        if label.family != family:
            family = label.family
            out += [f"## {family.capitalize()}", ""]
        out += [f"### {label.value}", ""]
        out += [_rule_block(rule) for rule in by_label.get(label, [])]
    return "\n".join(out)


def label_summary() -> str:
    counts: dict[Label, int] = defaultdict(int)
    for rule in get_pack("en").rules:
        counts[rule.label] += 1
    rows = ["| label | English rules |", "|---|---|"]
    rows += [f"| `{label.value}` | {counts[label]} |" for label in Label]
    return "\n".join(rows)


def heat_weights() -> str:
    rows = ["| label | heat weight | why |", "|---|---|---|"]
    rows += [
        f"| `{lab.value}` | {w:.2f} | {why} |" for lab, (w, why) in _scoring.HEAT_WEIGHTS.items()
    ]
    rows += ["", "| cooling label | heat kept × (1 − factor) | why |", "|---|---|---|"]
    rows += [
        f"| `{lab.value}` | {w:.2f} | {why} |" for lab, (w, why) in _scoring.COOLING_WEIGHTS.items()
    ]
    rows += ["", "| severity | factor | why |", "|---|---|---|"]
    rows += [
        f"| {sev.value} | {w:.1f} | {why} |" for sev, (w, why) in _scoring.SEVERITY_FACTORS.items()
    ]
    rows += ["", "| level | heat from | why |", "|---|---|---|"]
    rows += [
        f"| {lev.value} | {bound:.2f} | {why} |" for bound, lev, why in _scoring.LEVEL_THRESHOLDS
    ]
    rows.append("| dangerous | any `threat.violence` | a threat of harm overrides the heat |")
    return "\n".join(rows)


def politeness_weights() -> str:
    bias, why = _scoring.POLITENESS_BIAS
    rows = [f"Bias: {bias:+.3f} ({why}).", "", "| label | weight | why |", "|---|---|---|"]
    rows += [
        f"| `{lab.value}` | {w:+.3f} | {why} |"
        for lab, (w, why) in _scoring.POLITENESS_WEIGHTS.items()
    ]
    rows += ["", "| cue (not a label) | weight | why |", "|---|---|---|"]
    rows += [
        f"| `{cue.value}` | {w:+.3f} | {why} |"
        for cue, (w, why) in _scoring.POLITENESS_CUE_WEIGHTS.items()
    ]
    rows += ["", "| label (weight set by hand) | weight | why |", "|---|---|---|"]
    rows += [
        f"| `{lab.value}` | {w:+.3f} | {why} |"
        for lab, (w, why) in _scoring.POLITENESS_HAND_WEIGHTS.items()
    ]
    return "\n".join(rows)


def error_codes() -> str:
    tree = ast.parse(inspect.getsource(errors))
    docs: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == "ErrorCode":
            body = node.body
            for i, item in enumerate(body[:-1]):
                after = body[i + 1]
                if (
                    isinstance(item, ast.Assign)
                    and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant)
                ):
                    target = item.targets[0]
                    if isinstance(target, ast.Name):
                        docs[target.id] = str(after.value.value)
    rows = ["| code | name | meaning |", "|---|---|---|"]
    rows += [
        f"| `{code.value}` | `{code.name}` | {docs.get(code.name, '')} |"
        for code in errors.ErrorCode
    ]
    return "\n".join(rows)


MARKERS = {
    "<!-- rule-catalog -->": rule_catalog,
    "<!-- label-summary -->": label_summary,
    "<!-- heat-weights -->": heat_weights,
    "<!-- politeness-weights -->": politeness_weights,
    "<!-- error-codes -->": error_codes,
}


def on_page_markdown(markdown: str, **_kwargs: Any) -> str:
    for marker, render in MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, render())
    return markdown
