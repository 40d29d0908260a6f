"""Old spellings of command-line options, kept one release: hidden from --help, they still work and
print one deprecation line to stderr naming the new spelling."""

from __future__ import annotations

import argparse
import sys


class _DeprecatedAlias(argparse.Action):
    def __init__(self, option_strings, dest, *, new: str, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        self.new = new

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"warning: {option_string} is deprecated and will be removed in the next release; "
              f"use {self.new}", file=sys.stderr)
        setattr(namespace, self.dest, values)


def add_deprecated_alias(p: argparse.ArgumentParser, old: str, new: str, dest: str, **kwargs) -> None:
    """`old` as a hidden alias of the option `new` (stored in `dest`); `kwargs` as for `new` (type,
    nargs, ...), less its default: the alias never overrides what `new` set or defaults to."""
    p.add_argument(old, dest=dest, action=_DeprecatedAlias, new=new, help=argparse.SUPPRESS,
                   default=argparse.SUPPRESS, **kwargs)
