"""The relations layer: stative constructions and event mappings to typed relations.

:mod:`.records` defines the two record kinds in ``models/relations/``,
:mod:`.resolve` maps parse tokens to the entity table, :mod:`.stative` turns
dependency matches into candidates, :mod:`.from_events` maps event records,
:mod:`.merge` deduplicates candidates into Relation records, and
:mod:`.component` is the ``briefextract_relations`` pipeline component.
"""
