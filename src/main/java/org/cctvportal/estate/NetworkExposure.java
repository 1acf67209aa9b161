package org.cctvportal.estate;

/** How far a recorder or server is reachable over the network. */
public enum NetworkExposure implements Labelled {

    ISOLATED("Isolated"),
    PARTNERSHIP_NETWORK("Partnership network"),
    INTERNET_FACING("Internet-facing");

    private final String label;

    NetworkExposure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
