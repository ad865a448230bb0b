"""The claim layer: who said what, through which words, how sure, about whom.

Constructions are rule records in ``models/claims/`` (:mod:`.records`);
:mod:`.quotes` finds quotations in raw text, :mod:`.spans` turns matched
tokens into cue, source and content extents, :mod:`.sources` resolves a source
phrase to an actor, :mod:`.hedging` decides ``hedged``, :mod:`.extract` puts a
document's claims together and :mod:`.component` is the spaCy glue.
"""
