"""The state-role marks read where a name's role is read are the same whether the records
run from every token or only from the names' tokens (and the heads they are linked to)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefextract.entities.context import acts_as_state, state_marks
from briefextract.entities.resolver import EntityResolver
from tests.entities_unit.conftest import parsed
from tests.entities_unit.test_state_role_records import CASES


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_marks_from_the_names_equal_marks_from_everywhere(
    nlp: Language, resolver: EntityResolver, rule_id: str
) -> None:
    rows, _, _ = CASES[rule_id]
    doc = parsed(nlp, rows)
    everywhere = state_marks(doc, resolver.state_roles)
    for span in doc.ents:
        names = range(span.start, span.end)
        restricted = state_marks(doc, resolver.state_roles, names)
        for kind in ("country", "capital"):
            want = acts_as_state(span, getattr(everywhere, kind))
            assert acts_as_state(span, getattr(restricted, kind)) == want, (rule_id, span.text, kind)
