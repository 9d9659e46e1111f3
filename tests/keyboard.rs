//! The window used with the keyboard alone: Tab and Shift+Tab to move, Space and Enter to press, arrow
//! keys between choices, and typing into text fields. Nothing here clicks; every control is found by
//! moving the keyboard focus to it, as a person who cannot use a mouse would.

use crate::common;

use clearpath::answers::{Disposition, OffenseAnswer, Reply, When};
use clearpath::app::{Screen, Settings};
use common::{ChosenPath, H, Scratch, has};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use jiff::civil::date;

/// The most Tab presses a control may take to reach; more means it is out of reach.
const MAX_TABS: usize = 120;

/// The window as it starts, at its usual size: long screens scroll.
fn harness() -> H {
    common::harness(
        Harness::builder().with_size(egui::vec2(900.0, 680.0)),
        Settings::default(),
    )
}

/// The name of the node that has keyboard focus, as a screen reader would read it.
fn focused(h: &H) -> Option<String> {
    h.root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

thread_local! {
    /// Keys pressed in this test's thread (each test runs in its own): Tab, Enter, arrows, and each
    /// character typed.
    static PRESSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn count(presses: usize) {
    PRESSES.with(|p| p.set(p.get() + presses));
}

fn presses() -> usize {
    PRESSES.with(std::cell::Cell::get)
}

/// Press `key` and let the window settle.
fn press(h: &mut H, key: Key) {
    count(1);
    h.key_press(key);
    h.run();
}

/// Press Shift+Tab and let the window settle.
fn shift_tab(h: &mut H) {
    count(1);
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
}

/// Move the focus with `step` until the focused node's name satisfies `wanted`.
fn move_until(h: &mut H, what: &str, wanted: &dyn Fn(&str) -> bool, step: fn(&mut H), how: &str) {
    let mut seen = Vec::new();
    for _ in 0..MAX_TABS {
        step(h);
        let name = focused(h);
        if name.as_deref().is_some_and(wanted) {
            assert_focus_in_view(h);
            return;
        }
        seen.push(name.unwrap_or_else(|| "(nothing)".into()));
    }
    panic!(
        "{what} is not reachable by {how} on {:?}; the focus went to: {seen:#?}",
        h.state().screen
    );
}

/// Press Tab until the focused node is named `label` (failing after `MAX_TABS` presses).
fn tab_to(h: &mut H, label: &str) {
    let what = format!("{label:?}");
    move_until(
        h,
        &what,
        &|name| name == label,
        |h| press(h, Key::Tab),
        "Tab",
    );
}

/// Press Tab until the focused node's name starts with `prefix`.
fn tab_to_starting(h: &mut H, prefix: &str) {
    let what = format!("{prefix:?}...");
    move_until(
        h,
        &what,
        &|name| name.starts_with(prefix),
        |h| press(h, Key::Tab),
        "Tab",
    );
}

/// Press Shift+Tab until the focused node is named `label`.
fn shift_tab_to(h: &mut H, label: &str) {
    let what = format!("{label:?}");
    move_until(h, &what, &|name| name == label, shift_tab, "Shift+Tab");
}

/// The focused control was scrolled into the window, where a person can see it and its outline.
fn assert_focus_in_view(h: &H) {
    let node = focused_node(h);
    let rect = node.rect();
    let window = h.ctx.content_rect();
    assert!(
        window.contains_rect(rect),
        "the focused {:?} at {rect:?} is outside the window {window:?}",
        node.accesskit_node().label()
    );
}

/// The node that has keyboard focus.
fn focused_node(h: &H) -> egui_kittest::Node<'_> {
    h.root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .expect("something has focus")
}

/// Tab to a control and press Space on it (a button, a radio button, a check box).
fn choose(h: &mut H, label: &str) {
    tab_to(h, label);
    press(h, Key::Space);
}

/// Tab to Next and press Enter.
fn next(h: &mut H) {
    tab_to(h, "Continue");
    press(h, Key::Enter);
}

/// Type into the focused text field.
fn type_text(h: &mut H, text: &str) {
    count(text.chars().count());
    h.event(egui::Event::Text(text.to_string()));
    h.run();
}

/// One radio button's state, by its name.
fn is_checked(h: &H, label: &str) -> bool {
    h.get_by_label(label).accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

const OFFENSE: &str = "sexual conduct for a fee — G.L. c.272 §53A(a)";

/// Welcome, the early questions, one charge (the offense picked from the list), the charge list, the
/// record questions and review, by keyboard; ends on the results screen.
fn walk_to_results(h: &mut H) {
    // The first Tab reaches the quick exit before anything else.
    press(h, Key::Tab);
    assert_eq!(focused(h).as_deref(), Some("Exit now"));
    tab_to(h, "Start");
    press(h, Key::Enter);
    assert!(has(h, "Do you have a criminal case that is still open?"));
    // A new page: the focus starts again from the top, not on whatever was where Start was.
    assert_eq!(focused(h), None);

    // Early questions. Shift+Tab goes back the other way.
    tab_to(h, "Not sure");
    shift_tab_to(h, "No");
    press(h, Key::Space);
    assert!(is_checked(h, "No"));
    next(h);
    // Arrow keys move between choices.
    tab_to(h, "Yes");
    press(h, Key::ArrowDown);
    assert_eq!(focused(h).as_deref(), Some("No"));
    press(h, Key::ArrowUp);
    assert_eq!(focused(h).as_deref(), Some("Yes"));
    press(h, Key::Space);
    next(h);

    // One charge: the offense found by typing what the docket says, picked with Enter.
    assert!(has(h, "What was the charge?"));
    choose(h, "A charge from the list");
    tab_to(h, "Search for the charge");
    type_text(h, "SEXUAL CONDUCT FOR FEE c272 §53A");
    press(h, Key::Enter);
    assert!(is_checked(h, OFFENSE));
    next(h);
    choose(h, "A Massachusetts adult court");
    next(h);
    choose(h, "Guilty");
    next(h);
    choose(h, "I know the date");
    tab_to(h, "Date (YYYY-MM-DD)");
    type_text(h, "2019-05-01");
    // Enter in the date field continues.
    press(h, Key::Enter);
    assert!(has(
        h,
        "When were you last released from jail or prison for this charge?"
    ));
    choose(h, "I was not held for this charge");
    next(h);
    choose(h, "There was no probation");
    next(h);
    choose(h, "21 or older");
    next(h);
    choose(h, "Yes");
    next(h);
    // Official papers (the question about who arranged it is not asked after a yes above).
    choose(h, "No");
    next(h);

    // The charge list, then the record questions.
    assert_eq!(h.state().screen, Screen::Charges);
    assert!(has(h, "Change charge 1"));
    tab_to(h, "Add another charge");
    next(h);
    // Other findings, convictions elsewhere, jail on another case, other cases, someone using your
    // name, probation or parole now, the registry.
    for _ in 0..7 {
        choose(h, "No");
        next(h);
    }
    assert_eq!(h.state().screen, Screen::Review);
    tab_to(h, "See results");
    press(h, Key::Enter);
    assert_eq!(h.state().screen, Screen::Results);

    let charge = &h.state().session.answers.charges[0];
    assert_eq!(charge.offense, OffenseAnswer::Offense("c272_53A_a".into()));
    assert_eq!(charge.outcome, Disposition::Guilty);
    assert_eq!(
        charge.when,
        When::Date(clearpath::answers::Day(date(2019, 5, 1)))
    );
    assert_eq!(h.state().session.answers.record.us_citizen, Reply::Yes);
}

#[test]
fn the_whole_walk_to_the_results_by_keyboard_alone() {
    let mut h = harness();
    walk_to_results(&mut h);
    assert!(has(
        &h,
        "Vacatur for trafficking survivors (G.L. c.265 §59)"
    ));
    assert!(has(
        &h,
        "H.1683 / S.1116 (194th General Court, 2025-2026) is a pending bill, not law"
    ));
    // The plan comes first; the charge's details are folded under its summary line and open with
    // the keyboard.
    assert!(has(&h, "Your next steps"));
    tab_to_starting(&mut h, "Charge 1: ");
    assert_eq!(
        focused_node(&h).accesskit_node().data().is_expanded(),
        Some(false)
    );
    press(&mut h, Key::Enter);
    assert_eq!(
        focused_node(&h).accesskit_node().data().is_expanded(),
        Some(true)
    );
    // A collapsed list of ruled-out routes opens with the keyboard.
    tab_to_starting(&mut h, "Routes that do not apply");
    assert_eq!(
        focused_node(&h).accesskit_node().data().is_expanded(),
        Some(false)
    );
    press(&mut h, Key::Enter);
    assert_eq!(
        focused_node(&h).accesskit_node().data().is_expanded(),
        Some(true)
    );
    // About the bill and back, by keyboard.
    tab_to(&mut h, "About the bill");
    press(&mut h, Key::Space);
    assert!(matches!(h.state().screen, Screen::AboutBill { .. }));
    tab_to(&mut h, "Back");
    press(&mut h, Key::Space);
    assert_eq!(h.state().screen, Screen::Results);
}

#[test]
fn the_summary_is_saved_by_keyboard_alone() {
    let dir = Scratch::new("save");
    let path = dir.join("summary.pdf");
    let mut h = harness();
    h.state_mut().save_dialog = std::sync::Arc::new(ChosenPath(path.clone()));
    walk_to_results(&mut h);
    tab_to(
        &mut h,
        "Name to print on the summary (leave empty for none)",
    );
    type_text(&mut h, "Ana");
    assert_eq!(h.state().views.results.summary.name, "Ana");
    choose(
        &mut h,
        "Add pages for an advocate (statutes, answers relied on, rule versions)",
    );
    assert!(h.state().views.results.summary.appendix);
    choose(&mut h, "A4");
    assert_eq!(
        h.state().views.results.summary.paper,
        clearpath::render::summary::Paper::A4
    );
    tab_to(&mut h, "Save summary");
    // One frame takes the key and starts the task; settling now would race with the task's thread.
    h.key_press(Key::Enter);
    h.step();
    common::finish_task(&mut h);
    let saved = std::fs::read(&path).expect("the summary was saved where chosen");
    assert!(saved.starts_with(b"%PDF"));
    assert!(has(&h, "Saved to"));
}

#[test]
fn quick_exit_by_three_shift_presses_blanks_the_window_and_forgets() {
    let mut h = harness();
    press(&mut h, Key::Tab);
    tab_to(&mut h, "Start");
    press(&mut h, Key::Enter);
    choose(&mut h, "Yes");
    next(&mut h);
    choose(&mut h, "No");
    assert_eq!(h.state().session.answers.record.open_case, Reply::Yes);
    // Shift+Tab is not a quick exit, however often it is pressed.
    for _ in 0..3 {
        shift_tab(&mut h);
    }
    assert!(!h.state().exiting);
    common::press_shift_three_times(&mut h);
    common::assert_exited_and_forgotten(&h);
}

#[test]
fn quick_exit_and_start_over_by_tab_and_enter() {
    let mut h = harness();
    press(&mut h, Key::Tab);
    tab_to(&mut h, "Start");
    press(&mut h, Key::Enter);
    choose(&mut h, "Yes");
    // Start over asks first; the dialog's buttons take the keyboard too.
    tab_to(&mut h, "Start over");
    press(&mut h, Key::Enter);
    tab_to(&mut h, "No, go back");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().session.answers.record.open_case, Reply::Yes);
    tab_to(&mut h, "Start over");
    press(&mut h, Key::Space);
    tab_to(&mut h, "Yes, clear everything");
    press(&mut h, Key::Space);
    assert_eq!(h.state().screen, Screen::Welcome);
    assert_eq!(h.state().session.answers, Default::default());
    // Exit now is the first control on every screen.
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h).as_deref(), Some("Exit now"));
    press(&mut h, Key::Enter);
    assert!(h.state().exiting);
}

#[test]
fn every_setting_can_be_changed_by_keyboard() {
    let mut h = harness();
    tab_to(&mut h, "Settings");
    press(&mut h, Key::Enter);
    assert!(matches!(h.state().screen, Screen::Settings { .. }));
    choose(&mut h, "Discreet mode");
    assert!(h.state().settings.discreet);
    choose(&mut h, "High contrast (black and white, strong outlines)");
    assert_eq!(
        h.state().settings.theme,
        clearpath::app::settings::Theme::HighContrast
    );
    // The sliders move with the arrow keys.
    let idle = h.state().settings.idle_minutes;
    tab_to(
        &mut h,
        "Clear my answers after this many minutes with no activity",
    );
    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().settings.idle_minutes, idle + 1);
    tab_to(&mut h, "Text size");
    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().settings.text_scale, 1.25);
    choose(&mut h, "Español");
    assert_eq!(h.state().settings.language, "es");
    tab_to(&mut h, "Listo");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().screen, Screen::Welcome);
}

/// A person who knows their charges enters one by keyboard alone: "Add a similar charge" copies the
/// last one's answers, the chooser finds the charge by the words on the docket and Enter picks it, a
/// date is typed and Enter continues, and on a page with nothing focused Enter continues too. The key presses are counted (Tab, Enter, Space, arrows and
/// each character typed) and must stay few.
#[test]
fn a_similar_charge_is_entered_by_keyboard_in_few_key_presses() {
    let mut h = common::harness_at(
        Harness::builder().with_size(egui::vec2(900.0, 680.0)),
        Settings::default(),
        Screen::Charges,
        common::FEE_CHARGE_ANSWERS,
    );
    let before = presses();
    tab_to(&mut h, "Add a similar charge");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().session.answers.charges.len(), 2);
    assert!(has(&h, "What was the charge?"));
    // The copy starts with the first charge's answers; only what differs is changed.
    tab_to(&mut h, "Search for the charge");
    type_text(&mut h, "pay for");
    press(&mut h, Key::Enter);
    const PAYING: &str = "paying for sexual conduct — G.L. c.272 §53A(b)";
    assert!(is_checked(&h, PAYING));
    // The Enter that picked left the field; the next one continues.
    press(&mut h, Key::Enter);
    assert!(has(&h, "Where was the case?"));
    // Court and outcome as before: Enter keeps them.
    press(&mut h, Key::Enter);
    press(&mut h, Key::Enter);
    assert!(has(&h, "When did the case end?"));
    // A new date, typed over the copied one, and Enter continues.
    tab_to(&mut h, "Date (YYYY-MM-DD)");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    count(1);
    type_text(&mut h, "2021-03-01");
    press(&mut h, Key::Enter);
    // Release, probation, age, and the questions about control as before.
    while h.state().screen != Screen::Charges {
        press(&mut h, Key::Enter);
        assert!(presses() - before < 200, "stuck on {:?}", h.state().screen);
    }
    let used = presses() - before;
    let c = &h.state().session.answers.charges[1];
    assert_eq!(c.offense, OffenseAnswer::Offense("c272_53A_b".into()));
    assert_eq!(
        c.when,
        When::Date(clearpath::answers::Day(date(2021, 3, 1)))
    );
    assert_eq!(c.outcome, Disposition::Guilty);
    // The first charge is untouched.
    assert_eq!(
        h.state().session.answers.charges[0].offense,
        OffenseAnswer::Offense("c272_53A_a".into())
    );
    println!("a similar charge by keyboard: {used} key presses");
    assert!(used <= 70, "{used} key presses");
}

/// Enter with nothing focused continues a question page, but not while the start-over question is
/// asked over it.
#[test]
fn enter_continues_a_question_page_but_not_under_the_start_over_question() {
    let mut h = harness();
    tab_to(&mut h, "Start");
    press(&mut h, Key::Enter);
    let first = h.state().screen.clone();
    assert_eq!(focused(&h), None);
    h.state_mut().confirming_start_over = true;
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().screen, first);
    h.state_mut().confirming_start_over = false;
    h.run();
    press(&mut h, Key::Enter);
    assert_ne!(h.state().screen, first);
}

/// An advocate enters ten charges at the desk by keyboard alone: Start (the clinic's default is the
/// desk), then each charge typed as a row, cell after cell with Tab, Enter ending the row; the words
/// of the docket for the offense, "adult", "guilty", a date. The live results show each charge, and
/// the full results are reached by keyboard too. Keys besides the characters typed are counted per
/// charge (Tab and Enter), as are the characters.
#[test]
fn ten_charges_are_entered_at_the_desk_by_keyboard_alone() {
    let mut h = common::harness(
        Harness::builder().with_size(egui::vec2(1400.0, 900.0)),
        Settings {
            mode: clearpath::app::settings::Mode::Advocate,
            ..Settings::default()
        },
    );
    h.run();
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h).as_deref(), Some("Exit now"));
    tab_to(&mut h, "Start");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().screen, Screen::Desk);
    tab_to(&mut h, "Charge 1, Charge");
    let mut keys = 0;
    let mut characters = 0;
    for i in 0..10 {
        let offense = if i % 2 == 0 {
            "SEXUAL CONDUCT FOR FEE c272 §53A"
        } else {
            "NIGHTWALKER, COMMON c272 §53"
        };
        let when = format!("{}-06-0{}", 2012 + i, 1 + i % 9);
        let outcome = if i % 2 == 0 { "guilty" } else { "dismissed" };
        // Offense, court, outcome, when, release, probation, age, forced or controlled.
        let cells = [
            offense, "adult", outcome, &when, "none", "none", "25", "yes",
        ];
        assert_eq!(
            focused(&h).as_deref(),
            Some(format!("Charge {}, Charge", i + 1).as_str())
        );
        for (c, text) in cells.iter().enumerate() {
            type_text(&mut h, text);
            characters += text.chars().count();
            if c + 1 < cells.len() {
                press(&mut h, Key::Tab);
            } else {
                // Enter ends the row: the next row's first cell has the focus.
                press(&mut h, Key::Enter);
            }
            keys += 1;
        }
    }
    let answers = &h.state().session.answers;
    // Ten charges; the empty row Enter added last is no charge.
    assert_eq!(answers.charges.len(), 10);
    assert_eq!(
        answers.charges[9].offense,
        OffenseAnswer::Offense("c272_53_walker".into())
    );
    assert_eq!(answers.charges[9].outcome, Disposition::Dismissed);
    assert_eq!(
        answers.charges[3].when,
        When::Date(clearpath::answers::Day(date(2015, 6, 4)))
    );
    assert_eq!(answers.charges[0].coerced, Reply::Yes);
    // The live results already show the plan and all ten charges.
    assert!(has(&h, "Your next steps"));
    assert!(has(
        &h,
        "Charge 10: common night walking or common street walking"
    ));
    tab_to(&mut h, "See full results and the summary");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().screen, Screen::Results);
    assert!(has(&h, "You can ask for this now"));
    println!(
        "a charge at the desk by keyboard: {} keys (Tab, Enter) and {} characters typed",
        keys / 10,
        characters / 10
    );
    assert_eq!(keys / 10, 8);
}
