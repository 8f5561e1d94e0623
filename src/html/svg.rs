//! Charts as inline SVG: a bar split in proportion to its parts. A handful of rectangles needs no
//! chart library, and the page stays one file that prints as it shows.

use maud::{Markup, html};

/// One part of a bar: its count, its CSS class (the colour) and what it counts, for the tooltip.
pub struct Part<'a> {
    pub count: usize,
    pub class: &'a str,
    pub label: String,
}

/// A horizontal bar `width` units long split into the parts; an empty bar when all are zero.
pub fn bar(parts: &[Part], width: u32) -> Markup {
    let total: usize = parts.iter().map(|p| p.count).sum();
    let mut x = 0u64;
    let spans: Vec<(u64, u64, &Part)> = parts
        .iter()
        .filter(|p| p.count > 0)
        .map(|p| {
            let start = x;
            x += p.count as u64;
            (start, p.count as u64, p)
        })
        .collect();
    let scale = |n: u64| {
        if total == 0 {
            0.0
        } else {
            n as f64 * f64::from(width) / total as f64
        }
    };
    let summary: Vec<String> = parts.iter().map(|p| p.label.clone()).collect();
    html! {
        svg.bar viewBox={ "0 0 " (width) " 12" } width=(width) height="12" role="img"
            aria-label=(summary.join(" · ")) {
            rect.empty x="0" y="0" width=(width) height="12" {}
            @for (start, len, part) in &spans {
                rect class=(part.class) x=(format!("{:.2}", scale(*start)))
                    y="0" width=(format!("{:.2}", scale(*len))) height="12" {
                    title { (part.label) }
                }
            }
        }
    }
}
