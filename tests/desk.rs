//! The advocate's desk: charges as rows, pasted from a spreadsheet, read cell by cell (what cannot be
//! read is marked and kept), with the plan and the at-a-glance table updating as cells change; reached
//! from the welcome screen or made the default by a clinic; switching to the questions and back keeps
//! every answer.

use crate::common;

use clearpath::answers::{Court, Disposition, OffenseAnswer, When};
use clearpath::app::settings::Mode;
use clearpath::app::{Screen, Settings};
use common::{H, click, has};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use jiff::civil::date;

/// Scroll to the control named `label` and click it, as a person would.
fn reach(h: &mut H, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    click(h, label);
}

/// Click the cell or field named `label` and type `text` into it.
fn type_into(h: &mut H, label: &str, text: &str) {
    reach(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

fn desk(settings: Settings) -> H {
    let mut h = common::harness(
        Harness::builder().with_size(egui::vec2(1400.0, 900.0)),
        settings,
    );
    h.run();
    h
}

/// The words shown that mark cells that could not be read.
fn marked(h: &H) -> usize {
    h.root()
        .children_recursive()
        .filter(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value()).is_some_and(|v| {
                v.starts_with("Cannot read this.")
                    || v.starts_with("Not a date.")
                    || v.starts_with("This day does not exist")
                    || v.starts_with("From 2007 to 2011, §53A(a) covered both")
                    || v.starts_with("These words fit more than one charge")
            })
        })
        .count()
}

/// Twenty rows as a spreadsheet copies them (no header row, the documented column order), three with
/// a cell that cannot be read: an outcome misspelt, a date that does not exist, and a bare §53A,
/// which covers selling, paying and paying for sex with a child.
fn twenty_rows() -> String {
    (0..20)
        .map(|i| match i {
            4 => "SEXUAL CONDUCT FOR FEE c272 §53A\tadult\tguilted\t2018-03-15\tnone\tnone\t25\tyes"
                .to_owned(),
            9 => "NIGHTWALKER, COMMON c272 §53\tadult\tdismissed\t2019-13-45".to_owned(),
            14 => "c272 §53A\tadult\tguilty\t2009".to_owned(),
            i if i % 2 == 0 => format!(
                "SEXUAL CONDUCT FOR FEE c272 §53A\tadult\tguilty\t2018-{:02}-15\tnone\tnone\t25\tyes",
                i / 2 + 1
            ),
            i => format!("NIGHTWALKER, COMMON c272 §53\tadult\tdismissed\t{}", 2010 + i / 2),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn twenty_pasted_rows_are_kept_with_three_marked_and_reach_results() {
    let mut h = desk(Settings::default());
    click(&mut h, "I am entering charges for someone");
    assert_eq!(h.state().screen, Screen::Desk);
    click(&mut h, "Charge 1, Charge");
    h.event(egui::Event::Paste(twenty_rows()));
    h.run();
    h.run();
    // Every row kept (the empty first row replaced), the three unreadable cells marked.
    assert!(h.query_by_label("Charge 20, Charge").is_some());
    assert!(h.query_by_label("Charge 21, Charge").is_none());
    assert_eq!(marked(&h), 3);
    assert!(has(
        &h,
        "20 rows added. 3 rows have cells that could not be read: they are marked."
    ));
    let answers = &h.state().session.answers;
    assert_eq!(answers.charges.len(), 20);
    // Read as typed: the court's wording, "adult", "guilty", a date.
    let first = &answers.charges[0];
    assert_eq!(first.offense, OffenseAnswer::Offense("c272_53A_a".into()));
    assert_eq!(
        (first.court, first.outcome),
        (Court::MassachusettsAdult, Disposition::Guilty)
    );
    assert_eq!(
        first.when,
        When::Date(clearpath::answers::Day(date(2018, 1, 15)))
    );
    assert_eq!(
        answers.charges[1].offense,
        OffenseAnswer::Offense("c272_53_walker".into())
    );
    // A cell that cannot be read is "not sure" until corrected, never guessed.
    assert_eq!(answers.charges[4].outcome, Disposition::NotSure);
    assert_eq!(answers.charges[9].when, When::NotSure);
    assert_eq!(answers.charges[14].offense, OffenseAnswer::NotSure);
    // The bare §53A offers its offenses to choose from; choosing one clears its mark.
    let choice = h.get_by_role_and_label(egui::accesskit::Role::Button, "sexual conduct for a fee");
    choice.scroll_to_me();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "sexual conduct for a fee")
        .click();
    h.run();
    assert_eq!(marked(&h), 2);
    assert_eq!(
        h.state().session.answers.charges[14].offense,
        OffenseAnswer::Offense("c272_53A_a".into())
    );

    // The live results beside the table already show each charge.
    assert!(has(&h, "Your next steps"));
    assert!(has(
        &h,
        "Charge 20: common night walking or common street walking"
    ));
    reach(&mut h, "See full results and the summary");
    assert_eq!(h.state().screen, Screen::Results);
    assert!(has(&h, "You can ask for this now"));
    assert!(has(
        &h,
        "Charge 20: common night walking or common street walking"
    ));
    // Back returns to the desk with every row.
    reach(&mut h, "Back");
    assert_eq!(h.state().screen, Screen::Desk);
    assert!(h.query_by_label("Charge 20, Charge").is_some());
}

#[test]
fn a_clinic_can_make_the_desk_the_default_and_switching_keeps_the_answers() {
    let mut h = desk(Settings {
        mode: Mode::Advocate,
        ..Settings::default()
    });
    click(&mut h, "Start");
    assert_eq!(h.state().screen, Screen::Desk);
    type_into(&mut h, "Charge 1, Charge", "NIGHTWALKER, COMMON c272 §53");
    type_into(&mut h, "Charge 1, Outcome", "cwof");
    assert_eq!(
        h.state().session.answers.charges[0].outcome,
        Disposition::ContinuedWithoutFinding
    );
    reach(&mut h, "Switch to one question at a time");
    assert_eq!(h.state().screen, Screen::Charges);
    assert_eq!(h.state().session.answers.charges.len(), 1);
    // A change made on the questions' side shows in the desk's cells.
    h.state_mut().session.answers.charges[0].outcome = Disposition::Dismissed;
    let ctx = h.ctx.clone();
    h.state_mut()
        .run(clearpath::app::Command::Go(Screen::Desk), &ctx);
    h.run();
    assert_eq!(
        h.get_by_label("Charge 1, Outcome")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Dismissed")
    );
    // The welcome screen of a clinic in advocate mode still offers the questions one at a time.
    reach(&mut h, "Back");
    assert_eq!(h.state().screen, Screen::Welcome);
    click(&mut h, "Answer one question at a time");
    assert_ne!(h.state().screen, Screen::Desk);
}

#[test]
fn a_row_is_copied_removed_and_brought_back_by_keys() {
    let mut h = desk(Settings::default());
    click(&mut h, "I am entering charges for someone");
    click(&mut h, "Charge 1, Charge");
    type_into(
        &mut h,
        "Charge 1, Charge",
        "SEXUAL CONDUCT FOR FEE c272 §53A",
    );
    let ctrl = egui::Modifiers::COMMAND;
    assert!(
        h.get_by_label("Charge 1, Charge")
            .accesskit_node()
            .is_focused()
    );
    h.key_press_modifiers(ctrl, egui::Key::D);
    h.run();
    h.run();
    assert_eq!(h.state().session.answers.charges.len(), 2);
    assert_eq!(
        h.state().session.answers.charges[1].offense,
        OffenseAnswer::Offense("c272_53A_a".into())
    );
    // The copy has the focus; Ctrl+Delete removes it and Alt+Z brings it back.
    h.key_press_modifiers(ctrl, egui::Key::Delete);
    h.run();
    h.run();
    assert_eq!(h.state().session.answers.charges.len(), 1);
    assert!(h.query_by_label("Bring back the row removed").is_some());
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Z);
    h.run();
    h.run();
    assert_eq!(h.state().session.answers.charges.len(), 2);
}

#[test]
fn the_desk_screens_once_per_change_not_per_frame() {
    let mut h = desk(Settings::default());
    click(&mut h, "I am entering charges for someone");
    type_into(&mut h, "Charge 1, Charge", "NIGHTWALKER, COMMON c272 §53");
    let before = h.state().views.desk.results.screenings;
    for _ in 0..10 {
        h.run();
    }
    assert_eq!(h.state().views.desk.results.screenings, before);
    type_into(&mut h, "Charge 1, Outcome", "guilty");
    h.run();
    assert_eq!(h.state().views.desk.results.screenings, before + 1);
}
