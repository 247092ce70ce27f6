package id.saring.report;

import id.saring.check.AgencyIndex;
import id.saring.check.AgencyName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agencies of a run. Titles and folders name one agency in several ways ({@code Pemkab Muara Enim} and
 * {@code Pemerintah Kabupaten Muara Enim}, seed 000; {@code Kecamatan Sumber Harta} and the same name with
 * {@code Kabupaten Musi Rawas} added, seed 003): names that are all the same agency ({@link AgencyName}) form one,
 * called by its longest name. A name joins a group only when it is the same as every name in it, so that
 * {@code Kabupaten Muara Enim} cannot join the regency with its own dinas.
 */
final class Agencies {

    private final List<List<String>> groups = new ArrayList<>();
    private final Map<String, String> display = new HashMap<>();

    /** Groups {@code names} (in the order first seen; repeats and order do not change the groups' members). */
    Agencies(Iterable<String> names) {
        List<List<AgencyName>> parsed = new ArrayList<>();
        // the groups by their first name: a group a name joins has it among those its first name may be the same as
        AgencyIndex byFirst = new AgencyIndex();
        for (String name : names) {
            if (display.containsKey(name)) {
                continue;
            }
            display.put(name, name);
            AgencyName agency = new AgencyName(name);
            int joined = -1;
            for (int g : byFirst.mayBeSameAs(agency)) {
                if (parsed.get(g).stream().allMatch(agency::sameAs)) {
                    joined = g;
                    break;
                }
            }
            if (joined < 0) {
                groups.add(new ArrayList<>());
                parsed.add(new ArrayList<>());
                joined = groups.size() - 1;
                byFirst.add(joined, agency);
            }
            groups.get(joined).add(name);
            parsed.get(joined).add(agency);
        }
        for (List<String> group : groups) {
            String longest = group.get(0);
            for (String name : group) {
                longest = name.length() > longest.length() ? name : longest;
            }
            for (String name : group) {
                display.put(name, longest);
            }
        }
    }

    /** The agency {@code opd} is part of, by its longest name; a name not given to the constructor is itself. */
    String of(String opd) {
        return display.getOrDefault(opd, opd);
    }

    /** Every agency by its longest name, in the order first seen. */
    List<String> all() {
        return groups.stream().map(g -> of(g.get(0))).toList();
    }
}
