#!/usr/bin/env python3
"""Lines of the vormundschaft module, before (commit 65d826a) and after (working tree): main = bundle src/main (Java
and resources), test = bundle src/test, build = its poms and its feature definition. Run from the repository root."""
import os, re, subprocess, sys

BEFORE = sys.argv[1] if len(sys.argv) > 1 else "65d826a"

def git(*a):
    return subprocess.run(["git", *a], capture_output=True, text=True, check=True).stdout

def lines(text):
    return text.count("\n") + (0 if text.endswith("\n") or not text else 1)

def tree(prefix):
    return [p for p in git("ls-tree", "-r", "--name-only", BEFORE, "--", prefix).splitlines()]

def at(path):
    return lines(git("show", f"{BEFORE}:{path}"))

def files(d):
    return [os.path.join(r, f) for r, _, fs in os.walk(d) for f in fs]

def now(path):
    with open(path, encoding="utf-8") as f:
        return lines(f.read())

b = "bundles/modules/vormundschaft"
feat = git("show", f"{BEFORE}:features/src/main/feature/feature.xml")
m = re.search(r'\s*<feature name="ikz-module-vormundschaft".*?</feature>', feat, re.S)
before = {
    "main": sum(at(p) for p in tree(f"{b}/src/main")),
    "main Java": sum(at(p) for p in tree(f"{b}/src/main") if p.endswith(".java")),
    "test": sum(at(p) for p in tree(f"{b}/src/test")),
    "build": at(f"{b}/pom.xml") + at("modules-kar/vormundschaft/pom.xml") + lines(m.group(0).strip("\n")),
}
a = "modules/vormundschaft"
after = {
    "main": sum(now(p) for p in files(f"{a}/bundle/src/main")),
    "main Java": sum(now(p) for p in files(f"{a}/bundle/src/main") if p.endswith(".java")),
    "test": sum(now(p) for p in files(f"{a}/bundle/src/test")),
    "build": sum(now(p) for p in [f"{a}/pom.xml", f"{a}/bundle/pom.xml", f"{a}/kar/pom.xml", f"{a}/kar/src/main/feature/feature.xml"]),
}
print(f"| lines | before ({BEFORE}) | after | change |\n|---|---:|---:|---:|")
for k in ["main", "main Java", "test", "build"]:
    print(f"| {k} | {before[k]} | {after[k]} | {after[k] - before[k]:+d} |")
tb = before["main"] + before["test"] + before["build"]
ta = after["main"] + after["test"] + after["build"]
print(f"| total (main + test + build) | {tb} | {ta} | {ta - tb:+d} |")
