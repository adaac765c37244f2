#!/usr/bin/env python3
"""Counts the records of a CSV file with Python's csv module: the yardstick of DESIGN §6.

Usage: count_csv.py FILE [--delimiter D] [--encoding E]

Like `rollbook-cli csv-preview --count`: the first record is the header, blank lines are not
records, the text is decoded (UTF-8 with or without BOM by default) and the delimiter is sniffed
from the start of the file unless given.
"""
import argparse
import csv
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--delimiter")
    parser.add_argument("--encoding", default="utf-8-sig")
    args = parser.parse_args()
    with open(args.file, newline="", encoding=args.encoding) as f:
        delimiter = args.delimiter
        if delimiter is None:
            delimiter = csv.Sniffer().sniff(f.read(64 * 1024), delimiters=",;\t|").delimiter
            f.seek(0)
        reader = csv.reader(f, delimiter=delimiter)
        next(reader, None)  # the header
        count = sum(1 for row in reader if any(field.strip() for field in row))
    print(count)


if __name__ == "__main__":
    sys.exit(main())
