package org.cctvportal.estate;

/** What kind of place a site is. */
public enum SiteKind implements Labelled {

    TOWN_CENTRE("Town centre"),
    CAR_PARK("Car park"),
    HOUSING_ESTATE("Housing estate"),
    TRANSPORT_HUB("Transport hub"),
    COUNCIL_BUILDING("Council building"),
    OTHER("Other");

    private final String label;

    SiteKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
