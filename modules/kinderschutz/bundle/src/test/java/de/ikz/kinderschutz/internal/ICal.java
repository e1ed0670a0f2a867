package de.ikz.kinderschutz.internal;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads an iCalendar file with ical4j (a real, strict parser: it unfolds lines and unescapes text),
 * as a calendar program would, and gives the tests its properties as plain strings.
 */
public final class ICal {

    /** The calendar's own properties and each event's properties (name to unescaped value). */
    public record Calendar(Map<String, String> properties, List<Map<String, String>> events) {
        public String property(String name) {
            return properties.get(name);
        }
    }

    private ICal() {
    }

    public static Calendar parse(String ics) throws Exception {
        net.fortuna.ical4j.model.Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        Map<String, String> props = new LinkedHashMap<>();
        for (Property p : cal.getProperties()) {
            props.put(p.getName(), p.getValue());
        }
        List<Map<String, String>> events = new java.util.ArrayList<>();
        for (Component c : cal.getComponents(Component.VEVENT)) {
            VEvent e = (VEvent) c;
            Map<String, String> m = new LinkedHashMap<>();
            for (Property p : e.getProperties()) {
                m.put(p.getName(), p.getValue());
            }
            events.add(m);
        }
        return new Calendar(props, events);
    }
}
