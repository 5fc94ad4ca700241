#!/usr/bin/env python3
"""Adds or changes UI strings in both languages at once.

    scripts/strings.py set KEY "Mongolian text" "English text"
    scripts/strings.py load FILE      # lines: KEY<TAB>Mongolian<TAB>English
    scripts/strings.py missing        # keys used in code or views but absent from a language

Keeps Dice.Lms.Web/Resources/SharedResource.{mn,en}.resx sorted by key.
"""
import re
import sys
import pathlib
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
RES = ROOT / "Dice.Lms.Web" / "Resources"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def path(lang):
    return RES / f"SharedResource.{lang}.resx"


def read(lang):
    p = path(lang)
    if not p.exists():
        return {}
    return {d.get("name"): (d.find("value").text or "") for d in ET.parse(p).getroot().findall("data")}


def write(lang, entries):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = [HEADER]
    for key in sorted(entries):
        lines.append(f'  <data name="{esc(key)}" xml:space="preserve"><value>{esc(entries[key])}</value></data>\n')
    lines.append("</root>\n")
    RES.mkdir(parents=True, exist_ok=True)
    path(lang).write_text("".join(lines), encoding="utf-8")


def set_many(rows):
    mn, en = read("mn"), read("en")
    for key, m, e in rows:
        mn[key], en[key] = m, e
    write("mn", mn)
    write("en", en)


def used_keys():
    keys = set()
    pattern = re.compile(r'(?:\bT|\btext)\["([A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])"')
    attr = re.compile(r'(?:ErrorMessage|Name) = "((?:Validation|Field)\.[A-Za-z0-9.]*[A-Za-z0-9])"')
    for f in (ROOT / "Dice.Lms.Web").rglob("*"):
        if f.suffix in (".cs", ".cshtml") and "bin" not in f.parts and "obj" not in f.parts:
            s = f.read_text(encoding="utf-8")
            keys.update(pattern.findall(s))
            keys.update(attr.findall(s))
    return keys


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "set" and len(sys.argv) == 5:
        set_many([tuple(sys.argv[2:5])])
    elif cmd == "load" and len(sys.argv) == 3:
        rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8") if l.strip() and not l.startswith("#")]
        bad = [r for r in rows if len(r) != 3]
        if bad:
            sys.exit(f"not KEY<TAB>mn<TAB>en: {bad[0]}")
        set_many(rows)
    elif cmd == "missing":
        mn, en = read("mn"), read("en")
        for key in sorted(used_keys()):
            for lang, entries in (("mn", mn), ("en", en)):
                if key not in entries:
                    print(f"{lang}\t{key}")
    else:
        sys.exit(__doc__)
