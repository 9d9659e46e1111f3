//! The design system: every size, space, colour and building block the window uses, in one place.
//! Screens draw with these functions and never set a size or a colour of their own.
//!
//! - Type: Atkinson Hyperlegible (Braille Institute, SIL Open Font License; `assets/fonts/`), drawn for
//!   low-vision readers, with egui's built-in faces behind it for the characters it lacks (icons).
//!   Body text is 18 points at 100% text, small print 16, headings 30, 24 and 20 (GOV.UK's scale).
//! - Space: multiples of 4 and 8 points ([`space`]); text in a centred reading column about 700
//!   points wide ([`READING_WIDTH`]), wider only for a table ([`WIDE_WIDTH`]); every control at least
//!   44 points tall ([`TARGET`], WCAG 2.5.5).
//! - Colour: one [`Palette`] for each of light, dark and high contrast (white on black or black on
//!   white), each pair of which is tested for contrast (`theme`'s tests). The strongest colour is the
//!   exit's; no red for a person's situation.
//! - Blocks: headings exposed to screen readers as headings ([`heading`]), a primary and a secondary
//!   button, the exit button, status tags (a word, an icon and a colour: never colour alone), inset
//!   text, and the summary list of check answers.

use eframe::egui::{
    self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Margin, Response,
    RichText, Stroke, TextStyle, Ui, Visuals,
};

use crate::screening::Status;

/// Sizes of text, in points at 100% text (the text size setting zooms all of them).
pub mod size {
    pub const BODY: f32 = 18.0;
    pub const SMALL: f32 = 16.0;
    pub const H1: f32 = 30.0;
    pub const H2: f32 = 24.0;
    pub const H3: f32 = 20.0;
    pub const MONOSPACE: f32 = 15.0;
}

/// The spacing scale, in points.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 16.0;
    pub const L: f32 = 24.0;
    pub const XL: f32 = 32.0;
}

/// The reading column's width: 60 to 75 characters of body text.
pub const READING_WIDTH: f32 = 700.0;
/// The column's width where a table needs more room (the results).
pub const WIDE_WIDTH: f32 = 980.0;
/// The smallest height of anything that can be clicked.
pub const TARGET: f32 = 44.0;

/// The bold face's family (headings, buttons, tags).
pub const BOLD: &str = "bold";

/// The face files, as built in (`embedded`).
const REGULAR_FILE: &str = "AtkinsonHyperlegible-Regular.ttf";
const BOLD_FILE: &str = "AtkinsonHyperlegible-Bold.ttf";

/// egui's fonts with Atkinson Hyperlegible first: regular for text, bold for its own family. egui's
/// built-in faces follow, for the characters Atkinson Hyperlegible lacks.
pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for (name, file) in [("atkinson", REGULAR_FILE), ("atkinson-bold", BOLD_FILE)] {
        if let Some(bytes) = crate::embedded::font(file) {
            fonts
                .font_data
                .insert(name.to_owned(), FontData::from_static(bytes).into());
        }
    }
    let with = |first: &str| {
        let mut list = vec![first.to_owned()];
        list.extend(fallbacks.iter().cloned());
        list
    };
    if fonts.font_data.contains_key("atkinson") {
        fonts
            .families
            .insert(FontFamily::Proportional, with("atkinson"));
    }
    let bold = if fonts.font_data.contains_key("atkinson-bold") {
        with("atkinson-bold")
    } else {
        fallbacks
    };
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
}

/// The type scale as egui's text styles.
pub fn text_styles() -> std::collections::BTreeMap<TextStyle, FontId> {
    let bold = FontFamily::Name(BOLD.into());
    [
        (TextStyle::Body, FontId::proportional(size::BODY)),
        (TextStyle::Button, FontId::proportional(size::BODY)),
        (TextStyle::Small, FontId::proportional(size::SMALL)),
        (TextStyle::Monospace, FontId::monospace(size::MONOSPACE)),
        (TextStyle::Heading, FontId::new(size::H1, bold)),
    ]
    .into()
}

/// The spacing scale and the size of targets, in an egui style.
pub fn set_spacing(style: &mut egui::Style) {
    let s = &mut style.spacing;
    s.item_spacing = egui::vec2(space::S, space::S + space::XS);
    s.button_padding = egui::vec2(space::M, space::S);
    s.interact_size.y = TARGET;
    s.icon_width = 20.0;
    s.icon_width_inner = 10.0;
    s.icon_spacing = space::S;
    s.indent = space::L;
    s.slider_width = 240.0;
    s.window_margin = Margin::same(space::M as i8);
    s.menu_margin = Margin::same(space::S as i8);
}

/// The meaning a status tag carries, each with its own colour and icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumIter)]
pub enum Tone {
    /// The person can ask now, or it happens without asking.
    Now,
    /// The person can ask from a date.
    Later,
    /// Depends on an answer the person was not sure of.
    Depends,
    /// An advocate should review.
    Advocate,
    /// Not through this route.
    No,
}

impl Tone {
    pub fn of(status: Status) -> Tone {
        match status {
            Status::Automatic | Status::Available => Tone::Now,
            Status::AvailableFrom(_) => Tone::Later,
            Status::Conditional => Tone::Depends,
            Status::NeedsReview => Tone::Advocate,
            Status::NotAvailable => Tone::No,
        }
    }
}

/// A tag's colours: its words (and icon) on its fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagColors {
    pub fill: Color32,
    pub text: Color32,
}

/// Every colour of one look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub high_contrast: bool,
    pub background: Color32,
    /// The top bar's and inset panels' fill.
    pub bar: Color32,
    pub text: Color32,
    /// Secondary text and hints (still 4.5:1 on the background and the bar).
    pub secondary: Color32,
    /// Borders of controls, the summary list's rules and inset text's bar (3:1 on the background).
    pub border: Color32,
    pub focus: Color32,
    pub link: Color32,
    pub primary_fill: Color32,
    pub primary_text: Color32,
    pub secondary_fill: Color32,
    pub secondary_text: Color32,
    pub exit_fill: Color32,
    pub exit_text: Color32,
    tags: [TagColors; 5],
}

impl Palette {
    pub fn tag(&self, tone: Tone) -> TagColors {
        self.tags[tone as usize]
    }

    /// The palette of egui's current look (high contrast is told by its one text colour).
    pub fn of(visuals: &Visuals) -> Palette {
        let look = if visuals.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        palette(visuals.override_text_color.is_some(), look)
    }
}

const fn rgb(hex: u32) -> Color32 {
    Color32::from_rgb((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

const fn tag_colors(fill: u32, text: u32) -> TagColors {
    TagColors {
        fill: rgb(fill),
        text: rgb(text),
    }
}

/// The palette of a look: light or dark, standard or high contrast.
pub fn palette(high_contrast: bool, look: egui::Theme) -> Palette {
    match (high_contrast, look) {
        // GOV.UK's colours: near-black text, a green primary button, a blue focus outline, tags in
        // light tints with dark words of the same hue.
        (false, egui::Theme::Light) => Palette {
            high_contrast,
            background: rgb(0xFFFFFF),
            bar: rgb(0xF3F2F1),
            text: rgb(0x0B0C0C),
            secondary: rgb(0x4C565B),
            border: rgb(0x6F777B),
            focus: rgb(0x1D70B8),
            link: rgb(0x1D5A9A),
            primary_fill: rgb(0x00703C),
            primary_text: rgb(0xFFFFFF),
            secondary_fill: rgb(0xE6E5E3),
            secondary_text: rgb(0x0B0C0C),
            exit_fill: rgb(0xA1170A),
            exit_text: rgb(0xFFFFFF),
            tags: [
                tag_colors(0xCCE2D8, 0x005A30),
                tag_colors(0xD2E2F1, 0x0C3F6E),
                tag_colors(0xFFF7BF, 0x594D00),
                tag_colors(0xE1DBEE, 0x3D2375),
                tag_colors(0xEEEFEF, 0x383F43),
            ],
        },
        (false, egui::Theme::Dark) => Palette {
            high_contrast,
            background: rgb(0x1B1B1B),
            bar: rgb(0x2A2A2A),
            text: rgb(0xF0F0F0),
            secondary: rgb(0xBDBDBD),
            border: rgb(0x8C8C8C),
            focus: rgb(0x8AB8E8),
            link: rgb(0x9CC6F0),
            primary_fill: rgb(0x00703C),
            primary_text: rgb(0xFFFFFF),
            secondary_fill: rgb(0x3A3A3A),
            secondary_text: rgb(0xF0F0F0),
            exit_fill: rgb(0xF47067),
            exit_text: rgb(0x0B0C0C),
            tags: [
                tag_colors(0x123D2A, 0xB4E6C9),
                tag_colors(0x15324F, 0xB7D5F2),
                tag_colors(0x3B3300, 0xFFEB8A),
                tag_colors(0x2F2350, 0xD9CDF5),
                tag_colors(0x32373A, 0xD5D9DB),
            ],
        },
        // One text colour on pure black or white; tags boxed in the text colour (the icon and the
        // words tell them apart); the exit in the text colour, filled, unlike every other button.
        (true, look) => {
            let (bg, fg, focus) = match look {
                egui::Theme::Dark => (Color32::BLACK, Color32::WHITE, rgb(0xFFFF00)),
                egui::Theme::Light => (Color32::WHITE, Color32::BLACK, rgb(0x0000BE)),
            };
            let plain = TagColors { fill: bg, text: fg };
            Palette {
                high_contrast,
                background: bg,
                bar: bg,
                text: fg,
                secondary: fg,
                border: fg,
                focus,
                link: focus,
                primary_fill: bg,
                primary_text: fg,
                secondary_fill: bg,
                secondary_text: fg,
                exit_fill: fg,
                exit_text: bg,
                tags: [plain; 5],
            }
        }
    }
}

/// Lays out `add` in a column at most `width` wide, centred in the space there is.
pub fn column<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    let available = ui.available_width();
    // A margin on each side, however narrow the window.
    let width = (available - 2.0 * space::M).min(width).max(available / 2.0);
    let margin = ((available - width) / 2.0).floor();
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add(ui)
        })
        .inner
    })
    .inner
}

/// Marks a widget as a heading of `level` for screen readers.
fn as_heading(ui: &Ui, response: &Response, level: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_level(level);
        // egui gives a label's words as its value; a heading is named by them.
        if let Some(words) = node.value().map(str::to_owned) {
            node.clear_value();
            node.set_label(words);
        }
    });
}

/// The screen's one heading: what the screen is for.
pub fn heading(ui: &mut Ui, text: impl Into<String>) -> Response {
    titled(ui, text.into(), size::H1, 1)
}

/// A heading of a part of the screen.
pub fn subheading(ui: &mut Ui, text: impl Into<String>) -> Response {
    titled(ui, text.into(), size::H2, 2)
}

/// A heading inside a part (a charge's route, a group of answers).
pub fn minor_heading(ui: &mut Ui, text: impl Into<String>) -> Response {
    titled(ui, text.into(), size::H3, 3)
}

/// Sizes and families are given here, not as named text styles, so that a frame drawn before the
/// style is applied (the first) has nothing to look up.
fn titled(ui: &mut Ui, text: String, size: f32, level: usize) -> Response {
    let color = Palette::of(ui.visuals()).text;
    let response = ui.label(bold(text, color).size(size));
    as_heading(ui, &response, level);
    response
}

/// Body text in the secondary colour (hints, small print), at the small size.
pub fn secondary(ui: &mut Ui, text: impl Into<String>) -> Response {
    let color = Palette::of(ui.visuals()).secondary;
    ui.label(RichText::new(text.into()).size(size::SMALL).color(color))
}

/// What could not be read in a field (a cell of the advocate's desk): small words in the colours of
/// the "advocate should review" tag, bold, on its fill, so the mark is not colour alone.
pub fn problem(ui: &mut Ui, text: impl Into<String>) -> Response {
    let colors = Palette::of(ui.visuals()).tag(Tone::Advocate);
    let words = RichText::new(text.into())
        .size(size::SMALL)
        .family(FontFamily::Name(BOLD.into()))
        .color(colors.text);
    egui::Frame::new()
        .fill(colors.fill)
        .inner_margin(egui::Margin::same(space::XS as i8))
        .show(ui, |ui| ui.label(words))
        .inner
}

/// Words that must stand out in the body (a warning, a message about what just happened).
pub fn strong(ui: &mut Ui, text: impl Into<String>) -> Response {
    let p = Palette::of(ui.visuals());
    ui.label(
        RichText::new(text.into())
            .family(FontFamily::Name(BOLD.into()))
            .color(p.text),
    )
}

/// A status message ("Saved", "Saving...", the idle countdown): strong words that a screen reader
/// announces when they appear or change (a polite live region).
pub fn status(ui: &mut Ui, text: impl Into<String>) -> Response {
    let response = strong(ui, text);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
    response
}

fn bold(text: impl Into<String>, color: Color32) -> RichText {
    RichText::new(text.into())
        .family(FontFamily::Name(BOLD.into()))
        .color(color)
}

/// The one main action of a screen ("Start", "Continue").
pub fn primary_button(ui: &mut Ui, text: impl Into<String>) -> Response {
    primary_button_enabled(ui, true, text)
}

/// The main action, greyed out while it cannot be used (a save under way).
pub fn primary_button_enabled(ui: &mut Ui, enabled: bool, text: impl Into<String>) -> Response {
    let p = Palette::of(ui.visuals());
    let button = egui::Button::new(bold(text, p.primary_text))
        .fill(p.primary_fill)
        .stroke(Stroke::new(2.0, p.border))
        .corner_radius(CornerRadius::same(4))
        .min_size(egui::vec2(0.0, TARGET));
    ui.add_enabled(enabled, button)
}

/// Any other action ("Back", "Open saved progress").
pub fn secondary_button(ui: &mut Ui, text: impl Into<String>) -> Response {
    secondary_button_enabled(ui, true, text)
}

pub fn secondary_button_enabled(ui: &mut Ui, enabled: bool, text: impl Into<String>) -> Response {
    let p = Palette::of(ui.visuals());
    let button = egui::Button::new(RichText::new(text.into()).color(p.secondary_text))
        .fill(p.secondary_fill)
        .stroke(Stroke::new(1.0, p.border))
        .corner_radius(CornerRadius::same(4))
        .min_size(egui::vec2(0.0, TARGET));
    ui.add_enabled(enabled, button)
}

/// A link-like button for small actions inside a list ("Change", "Remove"), whose accessible name
/// (`name`) says what it acts on when its visible words do not.
pub fn link_button(ui: &mut Ui, text: impl Into<String>, name: Option<String>) -> Response {
    let p = Palette::of(ui.visuals());
    let response = ui.add(
        egui::Button::new(RichText::new(text.into()).color(p.link).underline())
            .frame(false)
            .min_size(egui::vec2(0.0, TARGET)),
    );
    if let Some(name) = name {
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_label(name));
    }
    response
}

/// The exit: the strongest colour of the palette, bold, larger than other buttons.
pub fn exit_button(ui: &mut Ui, text: impl Into<String>) -> Response {
    let p = Palette::of(ui.visuals());
    let button = egui::Button::new(bold(text, p.exit_text).size(size::H3))
        .fill(p.exit_fill)
        .stroke(Stroke::new(2.0, p.exit_fill))
        .corner_radius(CornerRadius::same(4))
        .min_size(egui::vec2(0.0, TARGET));
    ui.add(button)
}

/// The exit button's width with `text` (for placing it at the right edge before drawing it).
pub fn exit_button_width(ui: &Ui, text: &str) -> f32 {
    let font = FontId::new(size::H3, FontFamily::Name(BOLD.into()));
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, Color32::PLACEHOLDER);
    galley.size().x + 2.0 * ui.spacing().button_padding.x
}

/// A status tag: its icon and words on the tone's fill (boxed in high contrast).
pub fn tag(ui: &mut Ui, status: Status, text: impl Into<String>) -> Response {
    tag_of(ui, Tone::of(status), text.into())
}

fn tag_of(ui: &mut Ui, tone: Tone, text: String) -> Response {
    let p = Palette::of(ui.visuals());
    let colors = p.tag(tone);
    let stroke = if p.high_contrast {
        Stroke::new(2.0, p.text)
    } else {
        Stroke::NONE
    };
    egui::Frame::new()
        .fill(colors.fill)
        .stroke(stroke)
        .corner_radius(CornerRadius::same(4))
        .inner_margin(Margin::symmetric(space::S as i8, space::XS as i8))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = space::S;
                let size = ui.text_style_height(&TextStyle::Body);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
                paint_icon(ui, rect, tone, colors.text);
                ui.add(egui::Label::new(bold(text, colors.text)).wrap());
            });
        })
        .response
}

/// A tag of a tone that is not a route's status (a charge's state in the task list).
pub fn tag_tone(ui: &mut Ui, tone: Tone, text: impl Into<String>) -> Response {
    tag_of(ui, tone, text.into())
}

/// Each tone's own shape, so that colour never carries the meaning alone; drawn, not taken from a
/// font.
fn paint_icon(ui: &Ui, rect: egui::Rect, tone: Tone, color: Color32) {
    let p = ui.painter();
    let c = rect.center();
    let r = rect.width() * 0.42;
    let at = |x: f32, y: f32| egui::pos2(c.x + x * r, c.y + y * r);
    let stroke = Stroke::new((r * 0.3).max(1.5), color);
    match tone {
        Tone::Now => {
            p.circle_stroke(c, r, stroke);
            p.line_segment([at(-0.45, 0.0), at(-0.1, 0.4)], stroke);
            p.line_segment([at(-0.1, 0.4), at(0.5, -0.4)], stroke);
        }
        Tone::Later => {
            p.rect_stroke(
                egui::Rect::from_center_size(c, egui::vec2(2.0 * r, 1.8 * r)),
                2.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            p.line_segment([at(-1.0, -0.4), at(1.0, -0.4)], stroke);
        }
        Tone::Depends => {
            p.circle_stroke(c, r, stroke);
            p.circle_filled(c, r * 0.28, color);
        }
        Tone::Advocate => {
            let tri = vec![at(0.0, -1.0), at(1.0, 0.85), at(-1.0, 0.85)];
            p.add(egui::Shape::closed_line(tri, stroke));
            p.line_segment([at(0.0, -0.35), at(0.0, 0.2)], stroke);
        }
        Tone::No => {
            p.line_segment([at(-0.6, -0.6), at(0.6, 0.6)], stroke);
            p.line_segment([at(0.6, -0.6), at(-0.6, 0.6)], stroke);
        }
    }
}

/// Lays out `add` no wider than the reading column, from the left (text inside a wider screen).
pub fn readable<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let width = ui.available_width().min(READING_WIDTH);
    ui.vertical(|ui| {
        ui.set_max_width(width);
        add(ui)
    })
    .inner
}

/// The id of a flag in egui's memory that opens every disclosure at first (the probe build only:
/// `CLEARPATH_PROBE_DETAILS=open`, src/app/probe_start.rs).
#[cfg(feature = "probe")]
pub const PROBE_DETAILS_OPEN: &str = "probe-details-open";

/// A disclosure (GOV.UK "details"): a line that says what is folded away, which opens and closes it.
/// Folded at first; whether it is open lasts as long as the window's memory of this frame's ids.
pub fn details<R>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    summary: impl Into<String>,
    add: impl FnOnce(&mut Ui) -> R,
) -> Option<R> {
    let id = ui.make_persistent_id(id_salt);
    // The probe build may open every disclosure at first, to measure the screen with all of them open.
    #[cfg(feature = "probe")]
    let at_first =
        ui.data(|d| d.get_temp::<bool>(egui::Id::unique(PROBE_DETAILS_OPEN)) == Some(true));
    #[cfg(not(feature = "probe"))]
    let at_first = false;
    let mut open = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(at_first);
    let p = Palette::of(ui.visuals());
    let response = ui
        .horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = space::XS;
            let size = ui.text_style_height(&TextStyle::Body);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(size, TARGET), egui::Sense::hover());
            paint_disclosure(ui, rect, open, p.link);
            ui.add(
                egui::Button::new(RichText::new(summary.into()).color(p.link).underline())
                    .frame(false)
                    .wrap()
                    .min_size(egui::vec2(0.0, TARGET)),
            )
        })
        .inner;
    if response.clicked() {
        open = !open;
        ui.data_mut(|d| d.insert_temp(id, open));
    }
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_expanded(open));
    open.then(|| {
        ui.horizontal_top(|ui| {
            ui.add_space(space::L);
            ui.vertical(|ui| add(ui)).inner
        })
        .inner
    })
}

/// A triangle pointing right (folded) or down (open).
fn paint_disclosure(ui: &Ui, rect: egui::Rect, open: bool, color: Color32) {
    let c = rect.center();
    let r = rect.width() * 0.3;
    let points = if open {
        vec![
            egui::pos2(c.x - r, c.y - r * 0.6),
            egui::pos2(c.x + r, c.y - r * 0.6),
            egui::pos2(c.x, c.y + r * 0.8),
        ]
    } else {
        vec![
            egui::pos2(c.x - r * 0.6, c.y - r),
            egui::pos2(c.x + r * 0.8, c.y),
            egui::pos2(c.x - r * 0.6, c.y + r),
        ]
    };
    ui.painter()
        .add(egui::Shape::convex_polygon(points, color, Stroke::NONE));
}

/// Inset text: a bar on the left and the words beside it ("why we ask", a notice).
pub fn inset<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let p = Palette::of(ui.visuals());
    let inner = egui::Frame::new()
        .fill(p.bar)
        .inner_margin(Margin {
            left: (space::M + space::XS) as i8,
            right: space::M as i8,
            top: space::S as i8,
            bottom: space::S as i8,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        });
    let rect = inner.response.rect;
    ui.painter().rect_filled(
        egui::Rect::from_min_size(rect.min, egui::vec2(space::XS + 1.0, rect.height())),
        0.0,
        p.border,
    );
    inner.inner
}

/// A thin rule between rows of a list.
pub fn rule(ui: &mut Ui) {
    let p = Palette::of(ui.visuals());
    let width = ui.available_width();
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 1.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 0.0, p.border);
}

/// One row of a summary list (check answers): the question's short name, the answer, and a
/// "Change" link named for what it changes. True when "Change" was clicked.
pub fn summary_row(ui: &mut Ui, key: &str, value: &str, change: &str, change_name: String) -> bool {
    let mut clicked = false;
    let wide = ui.available_width() >= 520.0;
    if wide {
        let key_width = (ui.available_width() * 0.38).floor();
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(key_width);
                strong(ui, key);
            });
            let rest = ui.available_width();
            let change_width = 110.0_f32.min(rest / 3.0);
            ui.vertical(|ui| {
                ui.set_width(rest - change_width - space::S);
                ui.label(value);
            });
            clicked = link_button(ui, change, Some(change_name)).clicked();
        });
    } else {
        strong(ui, key);
        ui.label(value);
        clicked = link_button(ui, change, Some(change_name)).clicked();
    }
    rule(ui);
    clicked
}
