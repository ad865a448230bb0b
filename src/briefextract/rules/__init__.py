"""Rule records: the one format every layer's constructions are written in.

A rule record is a line of JSONL under ``models/`` with an ``id``, a ``label``,
a ``comment`` naming the English construction, ``examples`` a test runs, and a
spaCy pattern (``Matcher``, ``PhraseMatcher`` or ``DependencyMatcher``) that may
name word lists as ``"@NAME"``. :mod:`.records` defines the record,
:mod:`.lexicon` the word lists, :mod:`.compiler` turns records into matchers,
:mod:`.inline` reads inline-annotated example sentences.
"""

from briefextract.rules.compiler import RuleMatch, RuleSet
from briefextract.rules.lexicon import Lexicon, WordList
from briefextract.rules.records import RuleRecord

__all__ = ["Lexicon", "RuleMatch", "RuleRecord", "RuleSet", "WordList"]
