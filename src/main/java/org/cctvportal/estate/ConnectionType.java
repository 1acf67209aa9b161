package org.cctvportal.estate;

/** How a camera reaches its recorder. */
public enum ConnectionType implements Labelled {

    FIBRE("Fibre"),
    WIRELESS("Wireless"),
    CELLULAR_4G("4G");

    private final String label;

    ConnectionType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
