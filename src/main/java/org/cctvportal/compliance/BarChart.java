package org.cctvportal.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart the portal draws itself as SVG (templates/tags/barChart.html): the geometry is worked out here, the
 * markup stays in the template, and every number is also in a table beside it for those who do not see the chart.
 */
public record BarChart(String title, String description, List<Bar> bars, int width, int height) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int TOP = 24;
    static final int BOTTOM = 40;
    static final int LEFT = 16;

    /** One bar: its label under it, the figure over it, its place and its GOV.UK colour class. */
    public record Bar(String label, String figure, int x, int y, int barWidth, int barHeight, String colour) {
        public int labelX() {
            return x + barWidth / 2;
        }

        public int figureY() {
            return y - 6;
        }
    }

    /** A value to draw. */
    public record Value(String label, double amount, String figure, String colour) {
    }

    public static BarChart of(String title, String description, List<Value> values) {
        double max = values.stream().mapToDouble(Value::amount).max().orElse(0);
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = values.isEmpty() ? WIDTH : (WIDTH - 2 * LEFT) / values.size();
        int barWidth = Math.max(8, Math.min(96, slot * 3 / 5));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            int barHeight = max <= 0 ? 0 : (int) Math.round(value.amount() / max * plot);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(value.label(), value.figure(), x, TOP + plot - barHeight, barWidth,
                    Math.max(barHeight, value.amount() > 0 ? 2 : 0), value.colour()));
        }
        return new BarChart(title, description, bars, WIDTH, HEIGHT);
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int labelY() {
        return HEIGHT - BOTTOM + 20;
    }

    public boolean empty() {
        return bars.stream().allMatch(bar -> bar.barHeight() == 0);
    }
}
