"""Several desks, one event: a station's local replica, its offline queue, upload and conflicts (no Qt).

- :mod:`checkin.sync.paths`: where a station keeps its replica of an event.
- :mod:`checkin.sync.copy`: ``copy_event`` (publish an event file), ``refresh_replica``.
- :mod:`checkin.sync.outbox`: the durable queue of records decided offline.
- :mod:`checkin.sync.offline`: a Station and walk-ins on the replica that queue what they record.
- :mod:`checkin.sync.mirror`: online records copied to the replica, so going offline loses nothing.
- :mod:`checkin.sync.upload`: ``upload`` the queue to the server, idempotently, in batches.
- :mod:`checkin.sync.conflicts`: ``find_conflicts`` (one person let in by two offline desks).
- :mod:`checkin.sync.cycle`: ``sync_now`` (push the queue, pull the replica), used by ``checkin sync``.
- :mod:`checkin.sync.lane`: a daemon thread running calls in order (the station's server and replica lanes).
- :mod:`checkin.sync.resilient`: ``ResilientStation``, online when it can be, offline when it must.
"""
