#!/usr/bin/env python3
"""Checks that the folders of models/ are layered: no folder includes a header of a folder that
includes it back, directly or through others. A file's `#include "folder/file.h"` makes its
folder stand on `folder`; the folders and those lines form a graph, and every cycle of it is
printed with the include lines that make it. Exits 1 when there is any.

Usage: check_layering.py [MODELS_DIR]   (default: the models/ beside this script's folder)
"""
import re
import sys
from pathlib import Path

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"/]+)/([^"]+)"')
SOURCES = {".h", ".hpp", ".cpp"}


def include_graph(root):
    """{folder: {included folder: [(file, line number, line), ...]}} of the folders of root."""
    folders = sorted(p.name for p in root.iterdir() if p.is_dir())
    graph = {folder: {} for folder in folders}
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in SOURCES or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), start=1):
                match = INCLUDE.match(line)
                if not match or match.group(1) == folder or match.group(1) not in graph:
                    continue
                where = (path.relative_to(root.parent).as_posix(), number, line.strip())
                graph[folder].setdefault(match.group(1), []).append(where)
    return graph


def strongly_connected(graph):
    """The graph's strongly connected components (Tarjan), each a sorted list of folders."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def simple_cycles(graph, component):
    """Every simple cycle within the component, each as a list of folders from its least one
    back to it (a handful of folders: a plain search is enough)."""
    members = set(component)
    cycles = []

    def extend(path):
        for successor in sorted(graph[path[-1]]):
            if successor == path[0]:
                cycles.append(path + [successor])
            elif successor in members and successor > path[0] and successor not in path:
                extend(path + [successor])

    for start in component:
        extend([start])
    return cycles


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "models"
    if not root.is_dir():
        print(__doc__, file=sys.stderr)
        return 2
    graph = include_graph(root)
    groups = [c for c in strongly_connected(graph) if len(c) > 1]
    for component in groups:
        print(f"{root.name}/: the folders {', '.join(component)} include each other:")
        for cycle in simple_cycles(graph, component):
            print(f"  cycle {' -> '.join(cycle)}")
        # The include lines between the group's folders: the cycles end when some of them go.
        members = set(component)
        for folder in component:
            for included in sorted(graph[folder]):
                if included not in members:
                    continue
                for file, number, line in graph[folder][included]:
                    print(f"  {file}:{number}: {line}   ({folder} -> {included})")
    edges = sum(len(targets) for targets in graph.values())
    if groups:
        print(f"{root.name}/: {len(graph)} folders, {edges} folder dependencies, "
              f"{len(groups)} group(s) of folders in a cycle")
        return 1
    print(f"{root.name}/: {len(graph)} folders, {edges} folder dependencies, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
