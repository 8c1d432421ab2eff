"""Pure domain: dataclasses, rules and text helpers. No Qt, no SQL, no file formats."""
