"""The picture unit: questions about the promotional picture a show's news reported (who posted it where and
when, of which season, whom it shows). `intent.py` is what the engine calls; `phrasings.py` holds how fans
ask, `held.py` the pictures on record, `told.py` what is said of one, and the two readers beside them read a
whole message (`message_asks.py`) or the question asked (`followups.py`); `others.py` rewrites "the other
actor in that photo with X" as the person meant."""
