package id.saring.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agency names by number, found by the words of theirs that are not kinds of region ({@link AgencyName#coreKeys}):
 * the names that may be the same agency as one, without comparing it with every other. A province's thousand
 * files state each indicator a thousand times, and {@link ConflictCheck} compared every agency name stating it with
 * every other; the run's summary compared each of a thousand agencies with every one before it.
 */
public final class AgencyIndex {

    /** The names by their last key. */
    private final Map<String, List<Integer>> byCore = new HashMap<>();
    /** The names by each key of theirs but the last: by each core shorter than their own that they begin with. */
    private final Map<String, List<Integer>> byShorterCore = new HashMap<>();

    /** Adds name number {@code index}; numbers are added in ascending order. */
    public void add(int index, AgencyName name) {
        List<String> keys = name.coreKeys();
        for (int k = 0; k < keys.size() - 1; k++) {
            byShorterCore.computeIfAbsent(keys.get(k), key -> new ArrayList<>()).add(index);
        }
        byCore.computeIfAbsent(keys.get(keys.size() - 1), key -> new ArrayList<>()).add(index);
    }

    /**
     * The numbers, in ascending order, of the names that may be {@link AgencyName#sameAs} {@code name}: those whose
     * core words are the first of its own, and those whose core words begin with its own.
     */
    public List<Integer> mayBeSameAs(AgencyName name) {
        List<String> keys = name.coreKeys();
        List<Integer> found = new ArrayList<>(byShorterCore.getOrDefault(keys.get(keys.size() - 1), List.of()));
        for (String key : keys) {
            found.addAll(byCore.getOrDefault(key, List.of()));
        }
        found.sort(null);
        return found;
    }
}
