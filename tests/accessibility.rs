//! What a screen reader and a person with large text get: every screen walked (welcome, each kind of
//! question, the charge list, review, results with the summary controls, about the bill, settings, the
//! start-over dialog), every control named, every text field named by its visible label, every radio
//! button in a group named by its question; at 200% text in the smallest window every control can be
//! scrolled to and seen whole, nothing is wider than the window, and the walk presses each control it
//! uses where it is drawn. Light and dark follow the computer, and the focus is outlined in every theme.

use crate::common;

use clearpath::app::{Screen, Settings};
use common::{H, has};
use egui::accesskit::{NodeId, Role};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, Node};

/// The window's smallest size (`with_min_inner_size` in `app::run`), in pixels.
const MIN_WINDOW: egui::Vec2 = egui::vec2(640.0, 480.0);

/// Roles a person can press, type into or change.
const INTERACTIVE: [Role; 10] = [
    Role::Button,
    Role::DefaultButton,
    Role::CheckBox,
    Role::RadioButton,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::Slider,
    Role::SpinButton,
    Role::ComboBox,
    Role::Link,
];

/// A window of `pixels` at this text scale. The app zooms on its first frame; egui then makes every
/// point `text_scale` pixels, so the window holds `pixels / text_scale` points, as the real one does.
fn harness(text_scale: f32, pixels: egui::Vec2) -> H {
    let settings = Settings {
        text_scale,
        ..Settings::default()
    };
    let mut h = common::harness(Harness::builder().with_size(pixels), settings);
    h.run();
    h
}

fn is_interactive(node: &Node<'_>) -> bool {
    INTERACTIVE.contains(&node.accesskit_node().role())
}

fn id(node: &Node<'_>) -> NodeId {
    node.accesskit_node().locate().0
}

fn name(node: &Node<'_>) -> String {
    node.accesskit_node().label().unwrap_or_default()
}

fn describe(node: &Node<'_>) -> String {
    format!("{:?} {:?}", node.accesskit_node().role(), name(node))
}

/// The panes (egui's panels) in tree order: the top bar first.
fn panes(h: &H) -> Vec<NodeId> {
    h.root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Pane)
        .map(|n| id(&n))
        .collect()
}

fn pane_of(node: &Node<'_>, panes: &[NodeId]) -> Option<NodeId> {
    let mut at = node.parent();
    while let Some(n) = at {
        if panes.contains(&id(&n)) {
            return Some(id(&n));
        }
        at = n.parent();
    }
    None
}

/// Where a node can be seen: the whole window for the top bar and dialogs, the window below the top bar
/// for everything in the other panels.
fn visible_area(h: &H, node: &Node<'_>) -> egui::Rect {
    let window = h.ctx.content_rect();
    let panes = panes(h);
    let Some(top) = panes.first().copied() else {
        return window;
    };
    match pane_of(node, &panes) {
        Some(p) if p != top => {
            let bottom = top_bar_bottom(h, top, &panes);
            egui::Rect::from_min_max(egui::pos2(window.min.x, bottom), window.max)
        }
        _ => window,
    }
}

fn top_bar_bottom(h: &H, top: NodeId, panes: &[NodeId]) -> f32 {
    h.root()
        .children_recursive()
        .filter(|n| pane_of(n, panes) == Some(top) && n.accesskit_node().bounding_box().is_some())
        .map(|n| n.rect().max.y)
        .fold(h.ctx.content_rect().min.y, f32::max)
}

/// The node is whole, inside the window, and not under the top bar.
fn in_view(h: &H, node: &Node<'_>) -> Result<(), String> {
    let Some(_) = node.accesskit_node().bounding_box() else {
        return Err(format!("{} has no place on screen", describe(node)));
    };
    let rect = node.rect();
    if !(rect.width() >= 1.0 && rect.height() >= 1.0) {
        return Err(format!("{} has no size: {rect:?}", describe(node)));
    }
    let area = visible_area(h, node);
    // Half a point of slack for rounding.
    if area.expand(0.5).contains_rect(rect) {
        Ok(())
    } else {
        Err(format!(
            "{} at {rect:?} is cut off: it does not fit in {area:?}",
            describe(node)
        ))
    }
}

fn find(h: &H, node_id: NodeId) -> Option<Node<'_>> {
    h.root().children_recursive().find(|n| id(n) == node_id)
}

/// Scroll a node into view if it is not; then it must be wholly visible.
fn scroll_into_view(h: &mut H, node_id: NodeId) -> Result<(), String> {
    let node = find(h, node_id).ok_or("the node went away")?;
    if in_view(h, &node).is_ok() {
        return Ok(());
    }
    node.scroll_to_me();
    h.run();
    let node = find(h, node_id).ok_or("the node went away after scrolling")?;
    in_view(h, &node)
}

/// Scroll to a control by its name and click it where it is drawn, as a person would.
fn click(h: &mut H, label: &str) {
    let node_id = id(&h.get_by_label(label));
    if let Err(e) = scroll_into_view(h, node_id) {
        panic!("{:?}: {label:?} cannot be reached: {e}", h.state().screen);
    }
    common::click(h, label);
}

/// Scroll to Next and click it.
fn next(h: &mut H) {
    click(h, "Continue");
}

/// Scroll to the text field named `label`, click it, and type `text` into it.
fn type_into(h: &mut H, label: &str, text: &str) {
    click(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Every interactive node on the screen has a name; a text field's name is its visible label.
fn assert_named(h: &mut H, screen: &str) {
    // Labels (named by their value) and headings (named by their label): the words on screen.
    let labels: Vec<String> = h
        .root()
        .children_recursive()
        .filter_map(|n| match n.accesskit_node().role() {
            Role::Label => n.accesskit_node().value(),
            Role::Heading => n.accesskit_node().label(),
            _ => None,
        })
        .collect();
    let mut checked = 0;
    for node in h.root().children_recursive().filter(is_interactive) {
        checked += 1;
        let ak = node.accesskit_node();
        assert!(
            !name(&node).trim().is_empty(),
            "{screen}: an unnamed {:?}: {node:?}",
            ak.role()
        );
        if ak.role() == Role::RadioButton {
            // In a group named by the visible question or setting it answers.
            let mut group = node.parent();
            while let Some(g) = group
                && g.accesskit_node().role() != Role::RadioGroup
            {
                group = g.parent();
            }
            let group_name = group.map(|g| name(&g)).unwrap_or_default();
            assert!(
                !group_name.trim().is_empty() && labels.contains(&group_name),
                "{screen}: the radio button {:?} is not in a group named by a label on screen",
                name(&node)
            );
        }
        if matches!(ak.role(), Role::TextInput | Role::MultilineTextInput) {
            // Labelled by a label on screen (a screen reader reads that label's text as the name).
            let by: Vec<_> = ak.labelled_by().collect();
            assert!(
                !by.is_empty() && by.iter().all(|l| l.role() == Role::Label),
                "{screen}: the text field {:?} is not labelled by its visible label",
                name(&node)
            );
            // A cell of a table is named by its row and its column, and labelled by its column's
            // header (or its own label): the name ends with that label's words.
            let in_table = {
                let mut at = node.parent();
                while let Some(n) = at
                    && n.accesskit_node().role() != Role::Table
                {
                    at = n.parent();
                }
                at.is_some()
            };
            let label_words: Vec<String> = by.iter().filter_map(|l| l.value()).collect();
            assert!(
                labels.contains(&name(&node))
                    || (in_table
                        && label_words
                            .iter()
                            .any(|w| name(&node).ends_with(w.as_str()))),
                "{screen}: the text field's name {:?} is not a label on screen",
                name(&node)
            );
        }
    }
    assert!(checked > 0, "{screen}: no controls found");
}

/// At 200% text: every interactive node can be scrolled to and seen whole.
fn assert_reachable(h: &mut H, screen: &str) {
    let ids: Vec<NodeId> = h
        .root()
        .children_recursive()
        .filter(is_interactive)
        .map(|n| id(&n))
        .collect();
    assert!(!ids.is_empty(), "{screen}: no controls found");
    let mut failures = Vec::new();
    for node_id in ids {
        if let Err(e) = scroll_into_view(h, node_id) {
            failures.push(e);
        }
    }
    // Words are never cut off at the side either: the window scrolls only up and down.
    let window = h.ctx.content_rect().expand(0.5);
    for node in h.root().children_recursive() {
        if node.accesskit_node().bounding_box().is_some() {
            let rect = node.rect();
            if rect.min.x < window.min.x || rect.max.x > window.max.x {
                failures.push(format!(
                    "{} ({:?}) at {rect:?} is wider than the window {window:?}",
                    describe(&node),
                    node.accesskit_node().value().unwrap_or_default()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{screen}: controls out of reach:\n{}",
        failures.join("\n")
    );
}

/// Walk every screen, calling `check` on each with its name.
fn walk_every_screen(h: &mut H, check: &mut dyn FnMut(&mut H, &str)) {
    check(h, "welcome");
    click(h, "About the bill");
    check(h, "about the bill");
    click(h, "Back");
    bar_click(h, "Settings");
    check(h, "settings");
    click(h, "Done");
    click(h, "Start");
    check(h, "a question");
    click(h, "No");
    next(h);
    check(h, "a sensitive question");
    click(h, "Yes");
    next(h);
    click(h, "Another charge");
    next(h);
    check(h, "the grade of another charge");
    click(h, "Back");
    click(h, "A charge from the list");
    check(h, "the list of offenses");
    click(h, "sexual conduct for a fee — G.L. c.272 §53A(a)");
    next(h);
    check(h, "the court");
    next(h);
    click(h, "Guilty");
    next(h);
    click(h, "I know only the year");
    check(h, "a year field");
    type_into(h, "Year (YYYY)", "2019");
    click(h, "I know the date");
    check(h, "a date field");
    type_into(h, "Date (YYYY-MM-DD)", "2019-05-01");
    next(h);
    check(h, "release from jail");
    next(h);
    check(h, "end of probation");
    for _ in 0..5 {
        next(h);
    }
    assert_eq!(h.state().screen, Screen::Charges);
    check(h, "the charge list");
    next(h);
    // The record questions (the court was left "not sure", so the youth-commitment one is asked too).
    for _ in 0..8 {
        click(h, "No");
        next(h);
    }
    assert_eq!(h.state().screen, Screen::Review);
    check(h, "review");
    click(h, "See results");
    assert_eq!(h.state().screen, Screen::Results);
    click(
        h,
        "Add pages for an advocate (statutes, answers relied on, rule versions)",
    );
    check(h, "results and the summary");
    click(h, "About the bill");
    check(h, "about the bill, from the results");
    click(h, "Back");
    bar_click(h, "Settings");
    check(h, "settings, from the results");
    click(h, "Done");
    bar_click(h, "Save progress");
    check(h, "the save progress form");
    click(h, "Cancel");
    bar_click(h, "Start over");
    check(h, "the start-over dialog");
    click(h, "No, go back");
    assert_eq!(h.state().screen, Screen::Results);
    bar_click(h, "Start over");
    click(h, "Yes, clear everything");
    click(h, "Open saved progress");
    check(h, "the open progress form");
    click(h, "Cancel");
    click(h, "I am entering charges for someone");
    assert_eq!(h.state().screen, Screen::Desk);
    check(h, "the advocate's desk");
    type_into(h, "Charge 1, Charge", "c272 §53A");
    type_into(h, "Charge 1, Case ended", "2019-02-30");
    check(h, "the desk with cells that cannot be read");
}

#[test]
fn every_control_on_every_screen_has_a_name() {
    let mut h = harness(1.0, egui::vec2(1000.0, 1400.0));
    walk_every_screen(&mut h, &mut assert_named);
}

#[test]
fn at_200_percent_text_in_the_smallest_window_every_control_can_be_reached() {
    let mut h = harness(2.0, MIN_WINDOW);
    assert_eq!(h.ctx.zoom_factor(), 2.0);
    assert_eq!(h.ctx.content_rect().size(), MIN_WINDOW / 2.0);
    walk_every_screen(&mut h, &mut |h, screen| {
        assert_reachable(h, screen);
        assert_named(h, screen);
    });
}

/// Clicks an action of the top bar, opening its menu first where the window is too narrow for them.
fn bar_click(h: &mut H, label: &str) {
    if h.query_by_label(label).is_none() {
        click(h, "Menu");
    }
    click(h, label);
}

#[test]
fn at_200_percent_text_the_top_bar_keeps_the_exit_and_a_menu_inside_the_window() {
    let mut h = harness(2.0, MIN_WINDOW);
    let window = h.ctx.content_rect();
    let inside = |h: &H, label: &str| {
        let rect = h.get_by_label(label).rect();
        assert!(
            window.contains_rect(rect),
            "{label} at {rect:?} is cut off in {window:?}"
        );
        rect
    };
    // The exit and the menu on one row; the other actions are in the menu.
    let exit = inside(&h, "Exit now");
    let menu = inside(&h, "Menu");
    assert_eq!(exit.min.y.round(), menu.min.y.round());
    assert!(h.query_by_label("Settings").is_none());
    // Opened, the menu shows every other action inside the window, below the exit.
    click(&mut h, "Menu");
    for label in ["Start over", "Settings", "Español"] {
        assert!(inside(&h, label).min.y > exit.min.y, "{label}");
    }
    assert_eq!(
        h.get_by_label("Menu").accesskit_node().data().is_expanded(),
        Some(true)
    );
    // Choosing an action closes the menu.
    click(&mut h, "Settings");
    assert!(matches!(h.state().screen, Screen::Settings { .. }));
    assert!(h.query_by_label("Start over").is_none());
    assert!(has(&h, "Menu"));
}

#[test]
fn at_100_percent_text_the_exit_is_at_the_top_right_and_every_action_is_in_the_bar() {
    let h = harness(1.0, egui::vec2(900.0, 680.0));
    let window = h.ctx.content_rect();
    let exit = h.get_by_label("Exit now").rect();
    assert!(exit.max.x > window.max.x - 40.0, "{exit:?} in {window:?}");
    assert!(exit.min.y < 20.0, "{exit:?}");
    for label in ["Start over", "Settings", "Español"] {
        let rect = h.get_by_label(label).rect();
        assert!(rect.max.x < exit.min.x, "{label} at {rect:?}");
    }
    assert!(h.query_by_label("Menu").is_none());
}

#[test]
fn light_or_dark_follows_the_computer_and_high_contrast_is_a_setting() {
    let mut h = harness(1.0, egui::vec2(900.0, 680.0));
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System
    );
    for computer in [egui::Theme::Light, egui::Theme::Dark] {
        h.input_mut().system_theme = Some(computer);
        h.run();
        assert_eq!(h.ctx.theme(), computer);
    }
    click(&mut h, "Settings");
    click(&mut h, "High contrast (black and white, strong outlines)");
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        egui::Color32::BLACK
    );
    assert_eq!(
        h.ctx.global_style().visuals.text_color(),
        egui::Color32::WHITE
    );
    h.input_mut().system_theme = Some(egui::Theme::Light);
    h.run();
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        egui::Color32::WHITE
    );
    assert_eq!(
        h.ctx.global_style().visuals.text_color(),
        egui::Color32::BLACK
    );
    // A chosen light or dark look stays, whatever the computer says.
    click(&mut h, "Dark");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        egui::Visuals::dark().panel_fill
    );
    click(&mut h, "Light or dark, as this computer is set");
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
}

#[test]
fn the_keyboard_focus_is_outlined_in_every_theme() {
    use clearpath::app::settings::Theme;
    for theme in Theme::ALL {
        for computer in [egui::Theme::Light, egui::Theme::Dark] {
            let mut h = harness(1.0, egui::vec2(900.0, 680.0));
            h.state_mut().settings.theme = theme;
            h.input_mut().system_theme = Some(computer);
            h.run();
            h.key_press(egui::Key::Tab);
            h.run();
            let button = h.get_by_label("Exit now");
            assert!(button.is_focused());
            let target = button.rect();
            let visuals = h.ctx.global_style().visuals.clone();
            let stroke = clearpath::app::theme::focus_stroke(&visuals);
            let outlined = h
                .output()
                .shapes
                .iter()
                .any(|clipped| match &clipped.shape {
                    egui::Shape::Rect(r) => {
                        r.stroke == stroke
                            && r.rect.contains_rect(target)
                            && clipped.clip_rect.contains_rect(r.rect)
                    }
                    _ => false,
                });
            assert!(
                outlined,
                "{theme:?} ({computer:?}): no {stroke:?} outline around the focused button"
            );
        }
    }
}

#[test]
fn status_messages_are_announced_as_they_appear() {
    let mut h = common::harness_at(
        Harness::builder().with_size(egui::vec2(1000.0, 1400.0)),
        Settings::default(),
        Screen::Results,
        common::FEE_CHARGE_ANSWERS,
    );
    h.state_mut().session.export_message = Some("Saved the summary.".into());
    h.run();
    let node = h.get_by_value("Saved the summary.");
    assert_eq!(
        node.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "a polite live region"
    );
    // The window itself is named, as its title.
    assert_eq!(
        h.root().accesskit_node().label().as_deref(),
        Some("ClearPath")
    );
}

#[test]
fn the_at_a_glance_table_names_its_rows_columns_and_cells() {
    let h = common::harness_at(
        Harness::builder().with_size(egui::vec2(1400.0, 2400.0)),
        Settings::default(),
        Screen::Results,
        include_str!("../docs/examples/three-charges.ron"),
    );
    let table = h.get_by_role_and_label(Role::Table, "At a glance");
    let headers: Vec<String> = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::ColumnHeader)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(headers, ["Charge", "Today", "If the bill passes"]);
    let rows: Vec<String> = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Row)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows[0].starts_with("Charge 1: sexual conduct for a fee"),
        "{rows:?}"
    );
    let cells: Vec<String> = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Cell)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(cells.len(), 6, "{cells:?}");
    assert!(
        cells[0].starts_with("Today: ") && cells[1].starts_with("If the bill passes: "),
        "{cells:?}"
    );
}
