#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Deciding an incident from Python through libnetral's C API, with ctypes (standard library
only): load the rule set, evaluate one incident file as of a date, print the category and the
recommended sanction, then render the same decision as English text and print the line of its
answer that names the recommended sanction. docs/c-api.md explains every call.

Usage: netral_example.py RULES_DIR INCIDENT_FILE [--library PATH/TO/libnetral.so]
Without --library, $NETRAL_LIBRARY, else the libnetral.so the dynamic loader finds."""

import argparse
import ctypes
import ctypes.util
import json
import os
import sys

# netral_status (include/netral/netral.h).
STATUS_NAMES = ["ok", "bad options", "unreadable", "invalid incident", "not evaluated",
                "invalid change", "misuse", "out of memory", "internal error"]


class NetralError(Exception):
    """A call that did not give NETRAL_OK: its status and the error object."""

    def __init__(self, status, error):
        self.status = status
        self.error = error
        first = (error or {}).get("error", {})
        super().__init__(f"{STATUS_NAMES[status]}: [{first.get('code')}] {first.get('message')}")


class Netral:
    """The C API, with every returned string copied into Python and freed at once."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        # Strings the library hands over are declared c_void_p, so that ctypes keeps the pointer
        # for netral_string_free() instead of converting it to bytes and losing it.
        out = ctypes.POINTER(ctypes.c_void_p)
        lib.netral_version.restype = ctypes.c_char_p
        lib.netral_version.argtypes = []
        lib.netral_string_free.restype = None
        lib.netral_string_free.argtypes = [ctypes.c_void_p]
        lib.netral_rules_load_directory.restype = ctypes.c_void_p
        lib.netral_rules_load_directory.argtypes = [ctypes.c_char_p, ctypes.c_char_p, out]
        lib.netral_rules_free.restype = None
        lib.netral_rules_free.argtypes = [ctypes.c_void_p]
        for name in ("netral_rules_name", "netral_rules_version", "netral_rules_digest"):
            getattr(lib, name).restype = ctypes.c_int
            getattr(lib, name).argtypes = [ctypes.c_void_p, out]
        lib.netral_rules_count.restype = ctypes.c_int
        lib.netral_rules_count.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), out]
        lib.netral_evaluate.restype = ctypes.c_int
        lib.netral_evaluate.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p,
                                        ctypes.c_char_p, out, out]
        lib.netral_render.restype = ctypes.c_int
        lib.netral_render.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p,
                                      ctypes.c_char_p, out]
        lib.netral_decision_free.restype = None
        lib.netral_decision_free.argtypes = [ctypes.c_void_p]
        self.lib = lib

    def version(self):
        return self.lib.netral_version().decode()

    def _take(self, pointer):
        """The string at `pointer` (None for NULL), freed."""
        if not pointer.value:
            return None
        try:
            return ctypes.string_at(pointer.value).decode("utf-8")
        finally:
            self.lib.netral_string_free(pointer.value)

    def _checked(self, status, out):
        text = self._take(out)
        if status != 0:
            raise NetralError(status, json.loads(text) if text else None)
        return text

    def load_rules(self, directory, lang="en"):
        diagnostics = ctypes.c_void_p()
        rules = self.lib.netral_rules_load_directory(directory.encode(), lang.encode(),
                                                     ctypes.byref(diagnostics))
        listed = json.loads(self._take(diagnostics) or "[]")
        if not rules:
            raise NetralError(6, {"error": listed[0] if listed else {}, "diagnostics": listed})
        return rules

    def rules_text(self, rules, field):
        out = ctypes.c_void_p()
        status = getattr(self.lib, "netral_rules_" + field)(rules, ctypes.byref(out))
        return self._checked(status, out)

    def rules_count(self, rules):
        count = ctypes.c_size_t()
        out = ctypes.c_void_p()
        status = self.lib.netral_rules_count(rules, ctypes.byref(count), ctypes.byref(out))
        self._checked(status, out)
        return count.value

    def evaluate(self, rules, name, incident, options):
        """The decision's rendering (JSON by default) and a handle to the kept decision."""
        decision = ctypes.c_void_p()
        out = ctypes.c_void_p()
        status = self.lib.netral_evaluate(rules, name.encode(), incident.encode(),
                                          json.dumps(options).encode(), ctypes.byref(decision),
                                          ctypes.byref(out))
        return self._checked(status, out), decision

    def render(self, decision, format="text", lang="en", detail="summary"):
        out = ctypes.c_void_p()
        status = self.lib.netral_render(decision, format.encode(), lang.encode(),
                                        detail.encode(), ctypes.byref(out))
        return self._checked(status, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rules")
    parser.add_argument("incident")
    parser.add_argument("--library", default=os.environ.get("NETRAL_LIBRARY"))
    args = parser.parse_args()
    library = args.library or ctypes.util.find_library("netral")
    if not library:
        print("libnetral.so not found: give --library or NETRAL_LIBRARY", file=sys.stderr)
        return 2
    netral = Netral(library)
    with open(args.incident, encoding="utf-8") as file:
        incident = file.read()
    try:
        rules = netral.load_rules(args.rules)
    except NetralError as error:
        print(f"the rule set was refused: {error}", file=sys.stderr)
        return 1
    try:
        print(f"netral {netral.version()}, rule set {netral.rules_text(rules, 'digest')}")
        print(f"rules: {netral.rules_count(rules)}")
        body, decision = netral.evaluate(rules, args.incident, incident, {"as_of": "2024-12-01"})
        try:
            outcome = json.loads(body)["outcome"]
            print(f"category: {outcome['category']}")
            print(f"recommended: {outcome['recommended']}")
            text = netral.render(decision, format="text", lang="en")
            print(next(line for line in text.splitlines()
                       if line.startswith("Recommended sanction:")))
        finally:
            netral.lib.netral_decision_free(decision)
    except NetralError as error:
        print(f"no decision: {error}", file=sys.stderr)
        return 1
    finally:
        netral.lib.netral_rules_free(rules)
    return 0


if __name__ == "__main__":
    sys.exit(main())
