"""The event layer: typed, dated, located occurrences with participants, tolls and modality.

Triggers, argument constructions, modality cues and casualty constructions are
rule records in ``models/events/``; :mod:`.component` runs them and hands the
records on; the logic that reads the parse lives in small pure modules.
"""
