package com.sesadvisor.analysis.ui.chart;

/**
 * A diverging red-white-green scale centred on a threshold (the discount rate for IRR): red below, green above,
 * lightness falling monotonically with the distance from the centre, so a projector in a bright room still
 * shows the order. Colour-blind readers get the numbers in every cell and in the table view as well.
 */
public final class ColorScale {

    private final double min;
    private final double centre;
    private final double max;

    public ColorScale(double min, double centre, double max) {
        if (!(min <= centre && centre <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("needs finite min <= centre <= max");
        }
        this.min = min;
        this.centre = centre;
        this.max = max;
    }

    /** Signed position in [-1, 1]: -1 at min, 0 at the centre, 1 at max. */
    public double position(double v) {
        if (v >= centre) {
            return max == centre ? 0 : Math.min(1, (v - centre) / (max - centre));
        }
        return centre == min ? 0 : Math.max(-1, (v - centre) / (centre - min));
    }

    /** Hex colour: hue 140 (green) above the centre, 0 (red) below; lightness 97 % -> 35 %. */
    public String color(double v) {
        double p = position(v);
        double hue = p >= 0 ? 140 : 4;
        double sat = 0.55;
        double light = 0.97 - 0.62 * Math.abs(p);
        return hsl(hue, sat, light);
    }

    /** Readable text colour on {@link #color(double)}. */
    public String textColor(double v) {
        return Math.abs(position(v)) > 0.55 ? "#ffffff" : "#1a1a1a";
    }

    static String hsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double r;
        double g;
        double b;
        if (h < 60) {
            r = c; g = x; b = 0;
        } else if (h < 120) {
            r = x; g = c; b = 0;
        } else if (h < 180) {
            r = 0; g = c; b = x;
        } else {
            r = 0; g = x; b = c;
        }
        return String.format("#%02x%02x%02x", Math.round((r + m) * 255), Math.round((g + m) * 255),
                Math.round((b + m) * 255));
    }

    /** Relative luminance-like lightness of a hex colour in [0, 1] (for tests and the PDF). */
    public static double lightness(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return (Math.max(r, Math.max(g, b)) + Math.min(r, Math.min(g, b))) / 510.0;
    }
}
