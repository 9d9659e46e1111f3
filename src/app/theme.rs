//! How the window looks: light or dark as the computer is set (the default), light, dark, or high
//! contrast, each from the design system's palette (`design`); its type scale and spacing; and a
//! keyboard focus outline that shows in every theme, with the focused control scrolled into view.
//!
//! egui keeps a style for light and one for dark and picks one by its theme preference. Light and Dark
//! are egui's looks in the palette's colours with a stronger focus outline; High contrast replaces
//! both styles (white on black when the computer is dark, black on white when it is light) and follows
//! the computer.

use eframe::egui::{self, Color32, Stroke, Visuals};

use super::design::{self, palette};
use super::settings::Theme;

/// The focus outline's width, in points.
pub const FOCUS_WIDTH: f32 = 3.0;
/// The focus outline's width in the high-contrast theme, in points.
pub const HIGH_CONTRAST_FOCUS_WIDTH: f32 = 4.0;
/// The gap between a control and its focus outline, in points.
const FOCUS_GAP: f32 = 2.0;

/// Use a theme from the next frame on: both of egui's styles, and which of them is used.
pub fn apply(ctx: &egui::Context, theme: Theme) {
    for look in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(look, |style| {
            style.visuals = visuals(theme, look);
            style.text_styles = design::text_styles();
            design::set_spacing(style);
        });
    }
    ctx.set_theme(preference(theme));
    // The frame being drawn still has the old look; draw the next one without waiting for input.
    ctx.request_repaint();
}

/// egui's theme preference for a theme: the computer's choice unless one is chosen.
pub fn preference(theme: Theme) -> egui::ThemePreference {
    match theme {
        Theme::System | Theme::HighContrast => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    }
}

/// The visuals of a theme when egui shows its light or dark style.
pub fn visuals(theme: Theme, look: egui::Theme) -> Visuals {
    let mut v = match theme {
        Theme::HighContrast => high_contrast(look),
        Theme::System | Theme::Light | Theme::Dark => standard(look),
    };
    // A blinking text cursor repaints twice a second; an idle window should not repaint.
    v.text_cursor.blink = false;
    v
}

/// The outline drawn around the control that has keyboard focus.
pub fn focus_stroke(visuals: &Visuals) -> Stroke {
    let width = if visuals.override_text_color.is_some() {
        HIGH_CONTRAST_FOCUS_WIDTH
    } else {
        FOCUS_WIDTH
    };
    Stroke::new(width, visuals.selection.stroke.color)
}

/// egui's look in the palette's colours, with focus shown by a thicker outline in the focus colour
/// (text fields) and on the control's own frame (buttons, radio buttons, check boxes), besides the
/// outline `paint_focus` draws.
fn standard(look: egui::Theme) -> Visuals {
    let p = palette(false, look);
    let mut v = look.default_visuals();
    v.panel_fill = p.background;
    v.window_fill = p.background;
    v.extreme_bg_color = p.background;
    v.text_edit_bg_color = Some(p.background);
    v.faint_bg_color = p.bar;
    v.code_bg_color = p.bar;
    v.weak_text_color = Some(p.secondary);
    v.hyperlink_color = p.link;
    v.selection.stroke = Stroke::new(2.0, p.focus);
    for state in every_state(&mut v.widgets) {
        state.fg_stroke.color = p.text;
        state.weak_bg_fill = p.secondary_fill;
    }
    let w = &mut v.widgets;
    w.noninteractive.bg_stroke = Stroke::new(1.0, p.border);
    // Radio buttons, check boxes and slider rails: a light fill, outlined; the part of a slider's rail
    // up to its value is filled in the selection colour.
    w.inactive.bg_fill = p.secondary_fill;
    v.slider_trailing_fill = true;
    w.inactive.bg_stroke = Stroke::new(1.5, p.border);
    w.hovered.bg_stroke = Stroke::new(2.0, p.text);
    w.active.bg_stroke = Stroke::new(2.0, p.focus);
    v
}

/// Pure black or white backgrounds, one strong text colour, every control boxed, a thick yellow (on
/// black) or blue (on white) focus outline, no shadows and no faint greys.
fn high_contrast(look: egui::Theme) -> Visuals {
    let p = palette(true, look);
    let (bg, fg, focus) = (p.background, p.text, p.focus);
    let (selection_bg, control_fill) = match look {
        egui::Theme::Dark => (Color32::from_rgb(0, 0, 160), Color32::from_gray(45)),
        egui::Theme::Light => (Color32::from_rgb(255, 255, 140), Color32::from_gray(215)),
    };
    let mut v = look.default_visuals();
    v.override_text_color = Some(fg);
    v.weak_text_color = Some(fg);
    v.panel_fill = bg;
    v.window_fill = bg;
    v.extreme_bg_color = bg;
    v.text_edit_bg_color = Some(bg);
    v.faint_bg_color = bg;
    v.code_bg_color = bg;
    v.hyperlink_color = focus;
    v.warn_fg_color = fg;
    v.error_fg_color = fg;
    v.window_stroke = Stroke::new(2.0, fg);
    v.window_shadow = egui::epaint::Shadow::NONE;
    v.popup_shadow = egui::epaint::Shadow::NONE;
    v.collapsing_header_frame = true;
    v.button_frame = true;
    v.slider_trailing_fill = true;
    v.selection.bg_fill = selection_bg;
    v.selection.stroke = Stroke::new(HIGH_CONTRAST_FOCUS_WIDTH, focus);
    v.text_cursor.stroke = Stroke::new(2.0, fg);
    for state in every_state(&mut v.widgets) {
        // Buttons are filled with the background; radio buttons, check boxes and slider rails with a
        // grey that the mark and the outline stand out from.
        state.weak_bg_fill = bg;
        state.bg_fill = control_fill;
        state.fg_stroke = Stroke::new(2.0, fg);
        state.expansion = 0.0;
    }
    let w = &mut v.widgets;
    w.noninteractive.bg_fill = bg;
    w.noninteractive.bg_stroke = Stroke::new(1.0, fg);
    w.inactive.bg_stroke = Stroke::new(2.0, fg);
    w.hovered.bg_stroke = Stroke::new(3.0, fg);
    w.active.bg_stroke = Stroke::new(3.0, focus);
    w.open.bg_stroke = Stroke::new(3.0, focus);
    v
}

/// Every state of egui's widget looks, to set something on all of them.
fn every_state(w: &mut egui::style::Widgets) -> [&mut egui::style::WidgetVisuals; 5] {
    [
        &mut w.noninteractive,
        &mut w.inactive,
        &mut w.hovered,
        &mut w.active,
        &mut w.open,
    ]
}

/// Draw the focus outline around the control that has keyboard focus, on top of everything else in its
/// layer, clipped where the control itself is clipped (a scroll area's edge).
pub fn paint_focus(ctx: &egui::Context) {
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    let rect = response.rect;
    let visible = response.interact_rect;
    if !rect.is_positive() || !visible.is_positive() {
        return;
    }
    let stroke = focus_stroke(&ctx.global_style().visuals);
    let ring = rect.expand(FOCUS_GAP + stroke.width / 2.0);
    let reach = FOCUS_GAP + stroke.width;
    // Extend the clip past each edge that is wholly visible, so the outline is not cut off there.
    let clip = egui::Rect::from_min_max(
        egui::pos2(
            if visible.min.x <= rect.min.x {
                ring.min.x - reach
            } else {
                visible.min.x
            },
            if visible.min.y <= rect.min.y {
                ring.min.y - reach
            } else {
                visible.min.y
            },
        ),
        egui::pos2(
            if visible.max.x >= rect.max.x {
                ring.max.x + reach
            } else {
                visible.max.x
            },
            if visible.max.y >= rect.max.y {
                ring.max.y + reach
            } else {
                visible.max.y
            },
        ),
    );
    ctx.layer_painter(response.layer_id)
        .with_clip_rect(clip)
        .rect_stroke(ring, 3.0, stroke, egui::StrokeKind::Middle);
}

/// Take keyboard focus away from whatever has it; the next Tab goes to the first control.
pub fn clear_focus(ctx: &egui::Context) {
    ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
}

/// Inside a scroll area's contents, after they are laid out: scroll the control that just gained
/// keyboard focus into view, when it is one of these contents.
pub fn scroll_to_focus(ui: &egui::Ui) {
    let ctx = ui.ctx();
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    if let Some(response) = ctx.read_response(id)
        && response.gained_focus()
        && ui.min_rect().contains_rect(response.rect)
    {
        ui.scroll_to_rect(response.rect.expand(FOCUS_GAP + FOCUS_WIDTH * 2.0), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance of an opaque colour.
    fn luminance(c: Color32) -> f64 {
        assert_eq!(c.a(), 255, "{c:?} is not opaque");
        let channel = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn contrast_ratio_matches_wcag_reference_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the lightest grey that passes 4.5:1.
        let grey = contrast(Color32::from_gray(0x76), Color32::WHITE);
        assert!((4.5..4.6).contains(&grey), "{grey}");
    }

    /// Every pair of text and the background it is drawn on, named for the failure message.
    fn text_pairs(v: &Visuals) -> Vec<(String, Color32, Color32)> {
        let mut pairs = Vec::new();
        let backgrounds = [
            ("panel", v.panel_fill),
            ("window", v.window_fill),
            ("text field", v.text_edit_bg_color()),
        ];
        for (name, bg) in backgrounds {
            pairs.push((format!("text on {name}"), v.text_color(), bg));
            pairs.push((format!("strong text on {name}"), v.strong_text_color(), bg));
        }
        let w = &v.widgets;
        for (state, wv) in [
            ("inactive", &w.inactive),
            ("hovered", &w.hovered),
            ("active", &w.active),
        ] {
            let text = v.override_text_color.unwrap_or(wv.text_color());
            // A button's label on its fill; a radio button's or check box's label on the panel.
            pairs.push((format!("{state} button"), text, wv.weak_bg_fill));
            pairs.push((
                format!("{state} label beside a control"),
                text,
                v.panel_fill,
            ));
        }
        pairs
    }

    fn all_looks() -> [egui::Theme; 2] {
        [egui::Theme::Light, egui::Theme::Dark]
    }

    #[test]
    fn high_contrast_text_is_at_least_7_to_1() {
        for look in all_looks() {
            let v = visuals(Theme::HighContrast, look);
            for (what, fg, bg) in text_pairs(&v) {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 7.0, "high contrast ({look:?}): {what}: {ratio:.2}");
            }
            let ratio = contrast(v.selection.stroke.color, v.selection.bg_fill);
            assert!(
                ratio >= 7.0,
                "high contrast ({look:?}): selection {ratio:.2}"
            );
            let ratio = contrast(v.text_color(), v.selection.bg_fill);
            assert!(
                ratio >= 7.0,
                "high contrast ({look:?}): selected text {ratio:.2}"
            );
            assert!(
                [Color32::BLACK, Color32::WHITE].contains(&v.panel_fill),
                "{:?}",
                v.panel_fill
            );
            assert_eq!(v.panel_fill, v.window_fill);
        }
    }

    #[test]
    fn light_and_dark_text_is_at_least_4_5_to_1() {
        for theme in [Theme::System, Theme::Light, Theme::Dark] {
            for look in all_looks() {
                let v = visuals(theme, look);
                for (what, fg, bg) in text_pairs(&v) {
                    let ratio = contrast(fg, bg);
                    assert!(ratio >= 4.5, "{theme:?} ({look:?}): {what}: {ratio:.2}");
                }
            }
        }
    }

    #[test]
    fn the_focus_outline_is_thick_and_stands_out_in_every_theme() {
        for theme in Theme::ALL {
            for look in all_looks() {
                let v = visuals(theme, look);
                let focus = focus_stroke(&v);
                assert!(focus.width >= FOCUS_WIDTH, "{theme:?} ({look:?})");
                // Non-text contrast (WCAG 1.4.11) against the background and inside a text field.
                for bg in [v.panel_fill, v.window_fill, v.text_edit_bg_color()] {
                    let ratio = contrast(focus.color, bg);
                    assert!(ratio >= 3.0, "{theme:?} ({look:?}): focus {ratio:.2}");
                }
                // A focused control's own frame changes too.
                assert!(
                    v.widgets.active.bg_stroke.width >= 2.0,
                    "{theme:?} ({look:?})"
                );
                assert!(v.selection.stroke.width >= 2.0, "{theme:?} ({look:?})");
                assert!(!v.text_cursor.blink);
            }
        }
        let hc = visuals(Theme::HighContrast, egui::Theme::Dark);
        assert!(focus_stroke(&hc).width >= HIGH_CONTRAST_FOCUS_WIDTH);
        // Buttons are boxed in high contrast.
        assert!(hc.widgets.inactive.bg_stroke.width >= 2.0);
        assert!(contrast(hc.widgets.inactive.bg_stroke.color, hc.panel_fill) >= 7.0);
    }

    #[test]
    fn the_computer_chooses_light_or_dark_unless_the_person_does() {
        assert_eq!(preference(Theme::System), egui::ThemePreference::System);
        assert_eq!(
            preference(Theme::HighContrast),
            egui::ThemePreference::System
        );
        assert_eq!(preference(Theme::Light), egui::ThemePreference::Light);
        assert_eq!(preference(Theme::Dark), egui::ThemePreference::Dark);
        let ctx = egui::Context::default();
        apply(&ctx, Theme::HighContrast);
        assert_eq!(
            ctx.style_of(egui::Theme::Dark).visuals.panel_fill,
            Color32::BLACK
        );
        assert_eq!(
            ctx.style_of(egui::Theme::Light).visuals.panel_fill,
            Color32::WHITE
        );
        apply(&ctx, Theme::Light);
        assert_eq!(ctx.theme(), egui::Theme::Light);
        assert_eq!(
            ctx.style_of(egui::Theme::Light).visuals.panel_fill,
            palette(false, egui::Theme::Light).background
        );
        // The type scale and the targets' size in both of egui's styles.
        for look in all_looks() {
            let style = ctx.style_of(look);
            assert_eq!(
                style.text_styles[&egui::TextStyle::Body].size,
                design::size::BODY
            );
            assert!(style.spacing.interact_size.y >= design::TARGET);
        }
    }

    /// Every pair of colours the design system draws one on the other, with the ratio it needs: 4.5
    /// for text (7 in high contrast), 3 for what shows a control or its state.
    fn palette_pairs(p: &design::Palette) -> Vec<(String, Color32, Color32, f64)> {
        let text = if p.high_contrast { 7.0 } else { 4.5 };
        let mut pairs = vec![
            ("text on background".to_owned(), p.text, p.background, text),
            ("text on bar".to_owned(), p.text, p.bar, text),
            (
                "secondary on background".to_owned(),
                p.secondary,
                p.background,
                4.5,
            ),
            ("secondary on bar".to_owned(), p.secondary, p.bar, 4.5),
            ("link on background".to_owned(), p.link, p.background, 4.5),
            (
                "primary button".to_owned(),
                p.primary_text,
                p.primary_fill,
                4.5,
            ),
            (
                "secondary button".to_owned(),
                p.secondary_text,
                p.secondary_fill,
                4.5,
            ),
            ("exit button".to_owned(), p.exit_text, p.exit_fill, 4.5),
            (
                "exit on background".to_owned(),
                p.exit_fill,
                p.background,
                3.0,
            ),
            ("exit on bar".to_owned(), p.exit_fill, p.bar, 3.0),
            (
                "border on background".to_owned(),
                p.border,
                p.background,
                3.0,
            ),
            ("border on bar".to_owned(), p.border, p.bar, 3.0),
            ("focus on background".to_owned(), p.focus, p.background, 3.0),
        ];
        for tone in <design::Tone as strum::IntoEnumIterator>::iter() {
            let c = p.tag(tone);
            pairs.push((format!("{tone:?} tag"), c.text, c.fill, text));
        }
        pairs
    }

    #[test]
    fn every_colour_pair_of_the_design_system_passes_its_contrast() {
        for high_contrast in [false, true] {
            for look in all_looks() {
                let p = palette(high_contrast, look);
                for (what, fg, bg, needed) in palette_pairs(&p) {
                    let ratio = contrast(fg, bg);
                    assert!(
                        ratio >= needed,
                        "high contrast {high_contrast}, {look:?}: {what}: {ratio:.2} < {needed}"
                    );
                }
                // The exit looks like no other button.
                assert_ne!(p.exit_fill, p.primary_fill);
                assert_ne!(p.exit_fill, p.secondary_fill);
                // Each tag's words differ from the others' in colour unless boxed (high contrast),
                // and each has its own icon either way (design::paint_icon).
                if !high_contrast {
                    let fills: std::collections::BTreeSet<_> =
                        <design::Tone as strum::IntoEnumIterator>::iter()
                            .map(|t| p.tag(t).fill.to_array())
                            .collect();
                    assert_eq!(fills.len(), 5, "{look:?}");
                }
            }
        }
    }

    #[test]
    fn the_palette_is_told_from_the_look() {
        for theme in Theme::ALL {
            for look in all_looks() {
                let v = visuals(theme, look);
                let p = design::Palette::of(&v);
                assert_eq!(p.high_contrast, theme == Theme::HighContrast);
                assert_eq!(p.background, v.panel_fill, "{theme:?} {look:?}");
            }
        }
    }
}
