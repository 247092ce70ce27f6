package id.saring.layout;

import java.util.Map;
import java.util.TreeMap;

/** The header text of each labelled column of a map, by column, as tests compare it. */
final class Headers {

    private Headers() {
    }

    static Map<Integer, String> of(ColumnMap map) {
        Map<Integer, String> headers = new TreeMap<>();
        map.mapping().forEach(m -> headers.put(m.column(), m.header()));
        return headers;
    }
}
