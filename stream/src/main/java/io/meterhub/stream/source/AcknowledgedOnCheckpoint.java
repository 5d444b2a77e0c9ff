package io.meterhub.stream.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a source reader emitted, held until the checkpoint that covers it completes: only then is it
 * safe to tell its origin (acknowledge an MQTT packet, delete a held row), since a crash before that
 * replays from the previous checkpoint.
 */
public final class AcknowledgedOnCheckpoint<T> {
    private List<T> sinceLastCheckpoint = new ArrayList<>();
    private final TreeMap<Long, List<T>> awaitingCompletion = new TreeMap<>();

    public void emitted(T item) {
        sinceLastCheckpoint.add(item);
    }

    /** At {@code snapshotState}: what was emitted so far belongs to this checkpoint. */
    public void checkpoint(long checkpointId) {
        awaitingCompletion.put(checkpointId, sinceLastCheckpoint);
        sinceLastCheckpoint = new ArrayList<>();
    }

    /**
     * At {@code notifyCheckpointComplete}: the items of this and every earlier checkpoint (a
     * notification may be skipped). They are handed over once; call {@link #retry} to keep them.
     */
    public List<T> completed(long checkpointId) {
        Map<Long, List<T>> covered = awaitingCompletion.headMap(checkpointId, true);
        List<T> items = new ArrayList<>();
        covered.values().forEach(items::addAll);
        covered.clear();
        return items;
    }

    /** Items whose acknowledgement failed go with the next completed checkpoint. */
    public void retry(long checkpointId, List<T> items) {
        awaitingCompletion.computeIfAbsent(checkpointId, id -> new ArrayList<>()).addAll(items);
    }
}
