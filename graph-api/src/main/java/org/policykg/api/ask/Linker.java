package org.policykg.api.ask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the entities a question names: the longest name or alias of the graph at each place, left to right. A form
 * two entities share goes to the one it is the name of, then to the more mentioned. Forms of one character are
 * left out (too ambiguous to link).
 */
final class Linker {

    /** An entity of the graph with its names, as {@code names.cypher} returns it. */
    record Named(String id, String name, String type, String kind, List<String> aliases, long mentions) {
    }

    /** A name found in a question: where, and which entity. */
    record Link(int start, int end, Named entity) {

        /** Whether this province, written right before {@code next}, a city, only says where that city is (宁夏中卫). */
        boolean placesCity(Link next) {
            return next.start() == end && "Province".equals(entity.kind()) && "City".equals(next.entity().kind());
        }
    }

    private final Map<String, Named> byForm = new HashMap<>();
    private final List<Named> entities;
    private int longest;

    Linker(List<Named> entities) {
        this.entities = List.copyOf(entities);
        for (Named e : entities) {
            put(e.name(), e, true);
        }
        for (Named e : entities) {
            e.aliases().forEach(alias -> put(alias, e, false));
        }
    }

    private void put(String form, Named entity, boolean canonical) {
        if (form == null || form.length() < 2) {
            return;
        }
        Named held = byForm.get(form);
        boolean heldIsName = held != null && held.name().equals(form);
        if (held == null || !heldIsName && (canonical || entity.mentions() > held.mentions())) {
            byForm.put(form, entity);
        }
        longest = Math.max(longest, form.length());
    }

    List<Link> link(String text) {
        List<Link> links = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Link found = null;
            for (int end = Math.min(text.length(), i + longest); end >= i + 2; end--) {
                Named entity = byForm.get(text.substring(i, end));
                if (entity != null) {
                    found = new Link(i, end, entity);
                    break;
                }
            }
            if (found != null) {
                links.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return links;
    }

    List<Named> entities() {
        return entities;
    }
}
