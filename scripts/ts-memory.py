#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from translations of the same source text found in
other .ts files (older versions), so that lupdate's context changes never lose a translation.

    ts-memory.py TARGET.ts OLD.ts [OLD.ts ...]
"""
import sys
import xml.etree.ElementTree as ET


def finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")


def memory(paths):
    known = {}
    for path in paths:
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            continue
        for message in root.iter("message"):
            source = message.findtext("source")
            if source is not None and finished(message):
                known.setdefault((source, message.get("numerus") == "yes"), message.find("translation"))
    return known


def main():
    target, olds = sys.argv[1], sys.argv[2:]
    known = memory(olds)
    tree = ET.parse(target)
    filled = 0
    for message in tree.getroot().iter("message"):
        if finished(message):
            continue
        hit = known.get((message.findtext("source"), message.get("numerus") == "yes"))
        if hit is None:
            continue
        old = message.find("translation")
        message.remove(old)
        copy = ET.fromstring(ET.tostring(hit))
        copy.tail = old.tail
        message.append(copy)
        filled += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    print(f"{target}: {filled} translation(s) filled from memory")


if __name__ == "__main__":
    main()
