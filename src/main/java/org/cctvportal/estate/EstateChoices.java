package org.cctvportal.estate;

import java.util.Arrays;
import java.util.List;
import org.cctvportal.platform.web.Choice;

/** The options the estate's forms and filters offer, built once per request from the partner's own records. */
final class EstateChoices {

    private EstateChoices() {
    }

    static <E extends Enum<E> & Labelled> List<Choice> of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.label(), e.label())).toList();
    }

    static List<Choice> sites(List<Site> sites) {
        return sites.stream().map(s -> new Choice(s.name, s.name)).toList();
    }

    static List<Choice> recorders(List<Recorder> recorders) {
        return recorders.stream().map(r -> new Choice(r.name, r.name + " (" + r.kind.label() + ")")).toList();
    }

    static List<Choice> makers(List<Manufacturer> makers) {
        return makers.stream().map(m -> new Choice(m.name, m.name)).toList();
    }

    static List<Choice> operatingSystems(List<OperatingSystem> systems) {
        return systems.stream().map(os -> new Choice(os.name, os.name)).toList();
    }
}
