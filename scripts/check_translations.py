#!/usr/bin/env python3
"""Checks that Qt Linguist .ts files are complete: every message translated (no
type="unfinished", no empty translation, every numerus form filled) and keeping the
placeholders of its source (%1, %L2, %n, %Ln, {username}); a count's form may leave out its
number (“the parent chosen”). Prints each problem and exits 1 when there is any.

Usage: check_translations.py FILE.ts...
"""
import re
import sys
import xml.etree.ElementTree as ET

# %1, %L2, %n and %Ln of QString::arg() and tr(); {username} and the like of the letter templates.
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[a-z_]+\}")
COUNT = re.compile(r"%L?n")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check(path):
    problems = []
    messages = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            messages += 1
            source = message.findtext("source") or ""
            where = f"{path}: {name}: “{source[:60]}”"
            if kind in ("unfinished", "missing"):
                problems.append(f"{where}: unfinished")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or any(not f.strip() for f in forms):
                problems.append(f"{where}: empty translation")
                continue
            numerus = message.get("numerus") == "yes"
            for form in forms:
                expected = placeholders(source)
                if numerus and not COUNT.search(form):
                    expected = [p for p in expected if not COUNT.fullmatch(p)]
                if placeholders(form) != expected:
                    problems.append(f"{where}: placeholders {placeholders(source)} "
                                    f"become {placeholders(form)}")
    return messages, problems


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        messages, problems = check(path)
        for problem in problems:
            print(problem)
        print(f"{path}: {messages} messages, {messages - len(problems)} translated, "
              f"{len(problems)} problems")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
