package com.sesadvisor.analysis.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartBuildersTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static HeatMapChart heat() {
        Double[][] v = {{2.0, 5.0, 8.0}, {1.0, null, 7.0}};
        return new HeatMapChart("h", "IRR <map> & \"title\"", "spread", "investment", List.of("0.5", "0.6", "0.7"),
                List.of("1.0", "1.1"), v, 6.0, x -> String.format(Locale.ROOT, "%.1f", x), "n/a");
    }

    @Test
    void heatMapIsWellFormedAccessibleSvgWithOneTooltipPerCell() throws Exception {
        Document d = parse(heat().toSvg());
        assertThat(d.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(d.getDocumentElement().getAttribute("aria-label")).isEqualTo("IRR <map> & \"title\"");
        NodeList rects = d.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(6);
        assertThat(d.getElementsByTagName("title").getLength()).isEqualTo(7); // chart title + one per cell
        assertThat(heat().toSvg()).contains("n/a");
    }

    @Test
    void heatMapDrawsTheContourExactlyWhereFeasibilityChanges() throws Exception {
        // row 0: 2 | 5 | 8 -> one vertical edge (between 5 and 8); row 1: 1 | null | 7 -> one vertical edge;
        // vertical neighbours: (2,1) no, (5,null) no, (8,7) no -> 2 contour lines in total
        Document d = parse(heat().toSvg());
        assertThat(d.getElementsByTagName("line").getLength()).isEqualTo(2);
    }

    @Test
    void colourLightnessFallsMonotonicallyAwayFromTheThreshold() {
        ColorScale s = new ColorScale(-10, 6, 30);
        double previous = 1;
        for (double v = 6; v <= 30; v += 1) {
            double l = ColorScale.lightness(s.color(v));
            assertThat(l).isLessThanOrEqualTo(previous + 1e-9);
            previous = l;
        }
        previous = 1;
        for (double v = 6; v >= -10; v -= 1) {
            double l = ColorScale.lightness(s.color(v));
            assertThat(l).isLessThanOrEqualTo(previous + 1e-9);
            previous = l;
        }
        assertThat(s.color(20)).isNotEqualTo(s.color(-4)); // green above, red below
        assertThat(Integer.parseInt(s.color(20).substring(3, 5), 16))
                .isGreaterThan(Integer.parseInt(s.color(20).substring(1, 3), 16));
        assertThat(Integer.parseInt(s.color(-8).substring(1, 3), 16))
                .isGreaterThan(Integer.parseInt(s.color(-8).substring(3, 5), 16));
    }

    @Test
    void barLengthsAreProportionalToValues() throws Exception {
        BarChart c = new BarChart("b", "Closeness", List.of("A", "B"), List.of("c"), new double[][] {{0.2, 0.8}},
                x -> String.valueOf(x));
        NodeList rects = parse(c.toSvg()).getElementsByTagName("rect");
        double a = Double.parseDouble(((org.w3c.dom.Element) rects.item(0)).getAttribute("width"));
        double b = Double.parseDouble(((org.w3c.dom.Element) rects.item(1)).getAttribute("width"));
        assertThat(b / a).isCloseTo(4.0, org.assertj.core.api.Assertions.within(0.01));
        assertThatThrownBy(() -> new BarChart("b", "t", List.of("A"), List.of("c"), new double[][] {{-1}}, x -> ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tornadoIsWellFormedWithBothEndsPerInput() throws Exception {
        TornadoChart t = new TornadoChart("t", "Tornado", 10, List.of(new TornadoChart.Bar("spread", 4, 16),
                new TornadoChart.Bar("cycles", 8, 12)), x -> String.format(Locale.ROOT, "%.1f", x), "-10 %", "+10 %");
        Document d = parse(t.toSvg());
        assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(2 + 4); // legend + two bars per input
        assertThat(t.toSvg()).contains("4.0 … 16.0");
    }

    private static double baseLineX(String svg) throws Exception {
        NodeList lines = parse(svg).getElementsByTagName("line");
        return Double.parseDouble(((org.w3c.dom.Element) lines.item(lines.getLength() - 1)).getAttribute("x1"));
    }

    @Test
    void tornadosOnACommonScalePutEqualValuesAtEqualPositions() throws Exception {
        java.util.function.DoubleFunction<String> f = x -> String.format(Locale.ROOT, "%.1f", x);
        TornadoChart a = new TornadoChart("a", "A", 10, List.of(new TornadoChart.Bar("spread", 4, 16)), f, "-", "+",
                "base 10.0", -5.0, 40.0);
        TornadoChart b = new TornadoChart("b", "B", 30, List.of(new TornadoChart.Bar("spread", 25, 35)), f, "-", "+",
                "base 30.0", -5.0, 40.0);
        TornadoChart own = new TornadoChart("c", "C", 30, List.of(new TornadoChart.Bar("spread", 25, 35)), f, "-",
                "+");
        double xa = baseLineX(a.toSvg());
        double xb = baseLineX(b.toSvg());
        // 10 and 30 on a -5..40 scale: 20 units apart, the plot area (360 px) spans 45 units
        assertThat(xb - xa).isCloseTo(20 * 360 / 45.0, org.assertj.core.api.Assertions.within(0.2));
        assertThat(baseLineX(own.toSvg())).isNotEqualTo(xb);
        assertThat(a.toSvg()).contains(">base 10.0</text>");
        assertThat(own.toSvg()).contains(">30.0</text>");
    }

    @Test
    void aMissingBarKeepsItsRowWithTheReasonAndNoRectangle() throws Exception {
        TornadoChart t = new TornadoChart("t", "T", 10, List.of(new TornadoChart.Bar("spread", 4, 16),
                TornadoChart.Bar.missing("lease price", "not drawn")), x -> String.valueOf(x), "-", "+");
        Document d = parse(t.toSvg());
        assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(2 + 2);
        assertThat(t.toSvg()).contains(">lease price</text>").contains(">not drawn</text>");
        assertThat(TornadoChart.extent(10, t.bars())).containsExactly(4, 16);
        assertThatThrownBy(() -> new TornadoChart.Bar("x", Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
