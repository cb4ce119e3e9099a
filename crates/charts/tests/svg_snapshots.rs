//! The SVG of each chart type in both languages, reviewed as snapshots.

use concord_charts::{Chart, Lang, estimate_width, layout, samples, svg};

fn svg_of(chart: Chart) -> String {
    svg::render(&layout(&chart, 480.0, 300.0, &mut estimate_width))
}

#[test]
fn line_chart_svg() {
    insta::assert_snapshot!("line-en", svg_of(Chart::Line(samples::emissions(Lang::En))));
    insta::assert_snapshot!("line-zh", svg_of(Chart::Line(samples::emissions(Lang::Zh))));
}

#[test]
fn bar_chart_svg() {
    insta::assert_snapshot!("bar-en", svg_of(Chart::Bar(samples::deficits(Lang::En))));
    insta::assert_snapshot!("bar-zh", svg_of(Chart::Bar(samples::deficits(Lang::Zh))));
}

#[test]
fn radar_chart_svg() {
    insta::assert_snapshot!(
        "radar-en",
        svg_of(Chart::Radar(samples::scorecard(Lang::En)))
    );
    insta::assert_snapshot!(
        "radar-zh",
        svg_of(Chart::Radar(samples::scorecard(Lang::Zh)))
    );
}
