#!/usr/bin/env python3
"""Fills the plural forms of translations/activedesk_en_GB.ts from the sources' "(s)" convention.

English is the source language, but a source string can only say "%n place(s) left"; the en_GB file gives Qt the
real forms ("1 place left", "5 places left"). Run after `cmake --build build --target update_translations`.
Only numerus messages are touched; every other English message stays as its source.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(__file__).resolve().parent.parent / "translations" / "activedesk_en_GB.ts"


def forms(source: str):
    singular = re.sub(r"(\w+)\(s\)", r"\1", source)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", source)
    return singular, plural


def main() -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE line lupdate writes, so the file round-trips without noise.
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text, encoding="utf-8")
    print(f"{filled} plural message(s) filled in {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
