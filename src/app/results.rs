//! The results screen (each charge: "Today" and "If the bill passes" side by side), "Where to get help",
//! and the screen that explains the bill.

use eframe::egui;

use super::tasks::{TaskKind, TaskResult};
use super::{ClearPathApp, Command, Screen};
use crate::answers::{Answers, OffenseAnswer};
use crate::rules::RuleStatus;
use crate::screening::{self, Outcome, Status};
use crate::summary::{Paper, SummaryOptions};

/// The answers as the screening reads them: an offense not yet picked from the list is "not sure".
pub fn screening_answers(answers: &Answers) -> Answers {
    let mut a = answers.clone();
    for c in &mut a.charges {
        if matches!(&c.offense, OffenseAnswer::Offense(id) if id.is_empty()) {
            c.offense = OffenseAnswer::NotSure;
        }
    }
    a
}

/// The narrowest a results column may be, in points, before "Today" and "If the bill passes" are
/// shown one above the other.
const MIN_COLUMN_WIDTH: f32 = 240.0;

/// A status in words.
pub fn status_text(app: &ClearPathApp, status: Status) -> String {
    let id = status.message_id();
    match status {
        Status::AvailableFrom(d) => app.t_args(id, &[("date", &d.to_string())]),
        _ => app.t(id),
    }
}

/// A status as an icon and words. Each status has its own shape, so the colour never carries the
/// meaning alone; the icons are drawn, not taken from a font.
pub fn status_ui(app: &ClearPathApp, ui: &mut egui::Ui, status: Status) {
    ui.horizontal_wrapped(|ui| {
        let size = ui.text_style_height(&egui::TextStyle::Body);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        paint_icon(ui, rect, status);
        ui.label(egui::RichText::new(status_text(app, status)).strong());
    });
}

fn paint_icon(ui: &egui::Ui, rect: egui::Rect, status: Status) {
    let p = ui.painter();
    let visuals = ui.visuals();
    let c = rect.center();
    let r = rect.width() * 0.42;
    let at = |x: f32, y: f32| egui::pos2(c.x + x * r, c.y + y * r);
    let (green, amber, grey) = if visuals.dark_mode {
        (
            egui::Color32::from_rgb(120, 200, 120),
            egui::Color32::from_rgb(230, 180, 80),
            visuals.weak_text_color(),
        )
    } else {
        (
            egui::Color32::from_rgb(20, 110, 40),
            egui::Color32::from_rgb(150, 90, 0),
            visuals.weak_text_color(),
        )
    };
    let stroke = |color| egui::Stroke::new((r * 0.3).max(1.5), color);
    match status {
        Status::Automatic | Status::Available => {
            p.circle_stroke(c, r, stroke(green));
            p.line_segment([at(-0.45, 0.0), at(-0.1, 0.4)], stroke(green));
            p.line_segment([at(-0.1, 0.4), at(0.5, -0.4)], stroke(green));
        }
        Status::AvailableFrom(_) => {
            p.rect_stroke(
                egui::Rect::from_center_size(c, egui::vec2(2.0 * r, 1.8 * r)),
                2.0,
                stroke(green),
                egui::StrokeKind::Middle,
            );
            p.line_segment([at(-1.0, -0.4), at(1.0, -0.4)], stroke(green));
        }
        Status::Conditional => {
            p.circle_stroke(c, r, stroke(amber));
            p.circle_filled(at(0.0, 0.0), r * 0.28, amber);
        }
        Status::NeedsReview => {
            let tri = vec![at(0.0, -1.0), at(1.0, 0.85), at(-1.0, 0.85)];
            p.add(egui::Shape::closed_line(tri, stroke(amber)));
            p.line_segment([at(0.0, -0.35), at(0.0, 0.2)], stroke(amber));
        }
        Status::NotAvailable => {
            p.line_segment([at(-0.6, -0.6), at(0.6, 0.6)], stroke(grey));
            p.line_segment([at(0.6, -0.6), at(-0.6, 0.6)], stroke(grey));
        }
    }
}

pub fn results_ui(app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
    let mut command = None;
    ui.heading(app.t("results-title"));
    ui.label(app.t("results-not-advice"));
    let book = match &app.book {
        Ok(book) => book,
        Err(e) => {
            ui.label(app.t("rules-error"));
            ui.monospace(e);
            return back_row(app, ui);
        }
    };
    super::screens::rules_warning(app, ui);
    let answers = screening_answers(&app.session.answers);
    let result = screening::screen(book, &answers, app.today);

    if !result.notices.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(app.t("results-first")).strong());
        for n in &result.notices {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                let title = if n.certain {
                    n.notice.title.clone()
                } else {
                    format!("{} ({})", n.notice.title, app.t("notice-may-apply"))
                };
                ui.label(egui::RichText::new(title).strong());
                ui.label(&n.notice.text);
                if !n.notice.citation.is_empty() {
                    ui.label(app.t_args("see-statute", &[("citation", &n.notice.citation)]));
                }
            });
        }
    }

    for (i, charge) in result.charges.iter().enumerate() {
        ui.add_space(12.0);
        ui.separator();
        let number = (i + 1).to_string();
        ui.heading(app.t_args("charge-number", &[("number", &number)]));
        ui.label(super::screens::charge_summary(app, i));
        // Side by side when both fit; one above the other with large text or in a narrow window.
        let count = if ui.available_width() >= 2.0 * MIN_COLUMN_WIDTH {
            2
        } else {
            1
        };
        ui.columns(count, |columns| {
            for pending in [false, true] {
                let column = &mut columns[usize::from(pending) % count];
                // Columns justify their contents; results read better ragged-right.
                column.with_layout(egui::Layout::top_down(egui::Align::Min), |column| {
                    for set in book
                        .rule_sets
                        .iter()
                        .filter(|s| s.is_pending_bill() == pending)
                    {
                        let heading = if pending {
                            "results-bill"
                        } else {
                            "results-today"
                        };
                        column.label(egui::RichText::new(app.t(heading)).strong());
                        if let RuleStatus::Pending { bill, session } = &set.status {
                            egui::Frame::group(column.style()).show(column, |ui| {
                                ui.label(app.t_args(
                                    "bill-banner",
                                    &[
                                        ("bill", bill),
                                        ("session", session),
                                        ("reviewed", &set.reviewed.to_string()),
                                    ],
                                ));
                            });
                        }
                        let outcomes: Vec<&Outcome<'_>> = charge
                            .outcomes
                            .iter()
                            .filter(|o| std::ptr::eq(o.rule_set, set))
                            .collect();
                        for o in outcomes.iter().filter(|o| o.status != Status::NotAvailable) {
                            outcome_ui(app, column, o);
                        }
                        let ruled_out: Vec<&&Outcome<'_>> = outcomes
                            .iter()
                            .filter(|o| o.status == Status::NotAvailable)
                            .collect();
                        if !ruled_out.is_empty() {
                            let label = app.t_args(
                                "results-ruled-out",
                                &[("count", &ruled_out.len().to_string())],
                            );
                            egui::CollapsingHeader::new(label)
                                .id_salt(("ruled_out", i, pending))
                                .show(column, |ui| {
                                    for o in ruled_out {
                                        outcome_ui(app, ui, o);
                                    }
                                });
                        }
                    }
                });
            }
        });
    }
    ui.add_space(12.0);
    ui.separator();
    summary_ui(app, ui);
    ui.add_space(12.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(app.t("about-bill")).clicked() {
            command = Some(Command::Go(Screen::AboutBill {
                back: Box::new(Screen::Results),
            }));
        }
    });
    back_row(app, ui).or(command)
}

fn back_row(app: &ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
    let mut command = None;
    ui.add_space(8.0);
    if ui.button(app.t("back")).clicked() {
        command = Some(Command::Back);
    }
    command
}

fn outcome_ui(app: &ClearPathApp, ui: &mut egui::Ui, o: &Outcome<'_>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        status_ui(app, ui, o.status);
        if let RuleStatus::Pending { bill, .. } = &o.rule_set.status {
            ui.label(egui::RichText::new(app.t_args("bill-tag", &[("bill", bill)])).small());
        }
        ui.label(format!("{} ({})", o.remedy.name, o.remedy.citation));
        ui.label(o.reason);
        for b in &o.branches {
            let when = if b.otherwise {
                app.t("branch-otherwise")
            } else {
                let alternatives: Vec<String> = b.when().iter().map(|c| c.join("; ")).collect();
                app.t_args(
                    "branch-if",
                    &[("conditions", &alternatives.join(&app.t("branch-or")))],
                )
            };
            ui.label(
                egui::RichText::new(format!("{}: {}", when, status_text(app, b.status))).strong(),
            );
            ui.label(b.reason);
            for step in b.next_steps {
                ui.label(app.t_args("next-step", &[("step", step)]));
            }
        }
        for step in o.next_steps {
            ui.label(app.t_args("next-step", &[("step", step)]));
        }
        for a in &o.assumptions {
            ui.label(egui::RichText::new(a).small());
        }
    });
}

/// The take-home summary: an optional name, the advocate appendix, the paper, and Save or Print.
fn summary_ui(app: &mut ClearPathApp, ui: &mut egui::Ui) {
    ui.heading(app.t("summary-heading"));
    ui.label(app.t("summary-help-text"));
    let label = ui.label(app.t("summary-name"));
    let width = ui.available_width().min(280.0);
    ui.add(egui::TextEdit::singleline(&mut app.session.summary_name).desired_width(width))
        .labelled_by(label.id);
    let appendix = app.t("summary-appendix-choice");
    ui.checkbox(&mut app.session.summary_appendix, appendix);
    if app.session.summary_appendix && app.language_names.len() > 1 {
        // An advocate may read the appendix in another language than the person's summary.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(app.t("summary-appendix-language"));
            let current = app
                .session
                .summary_appendix_language
                .clone()
                .unwrap_or_else(|| app.settings.language.clone());
            super::screens::radio_group(ui, label.id, |ui| {
                for &(language, ref name) in std::rc::Rc::clone(&app.language_names).iter() {
                    if ui.radio(current == language, name).clicked() {
                        app.session.summary_appendix_language = Some(language.to_string());
                    }
                }
            });
        });
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(app.t("summary-paper"));
        super::screens::radio_group(ui, label.id, |ui| {
            for (paper, id) in [
                (Paper::Letter, "summary-paper-letter"),
                (Paper::A4, "summary-paper-a4"),
            ] {
                if ui
                    .radio(app.session.summary_paper == paper, app.t(id))
                    .clicked()
                {
                    app.session.summary_paper = paper;
                }
            }
        });
    });
    let mut save = false;
    let mut print = false;
    let idle = !app.busy();
    ui.horizontal_wrapped(|ui| {
        save = ui
            .add_enabled(idle, egui::Button::new(app.t("summary-save")))
            .clicked();
        if app.printer.is_some() {
            print = ui
                .add_enabled(idle, egui::Button::new(app.t("summary-print")))
                .clicked();
        }
    });
    if app.printer.is_none() {
        ui.label(app.t("summary-no-printer"));
    }
    if save || print {
        let ctx = ui.ctx().clone();
        if let Err(message) = export(app, print, &ctx) {
            app.session.export_message = Some(message);
        }
    }
    if let Some(message) = &app.session.export_message {
        ui.label(egui::RichText::new(message).strong());
    }
}

/// Build the summary's PDF (a few milliseconds), then save or print it off the window's thread; the
/// words to show at once if it cannot start.
fn export(app: &mut ClearPathApp, print: bool, ctx: &egui::Context) -> Result<(), String> {
    let Ok(book) = &app.book else {
        return Err(app.t("rules-error"));
    };
    let answers = screening_answers(&app.session.answers);
    let result = screening::screen(book, &answers, app.today);
    let help = app.help.as_deref().unwrap_or(&[]);
    let appendix_language = app
        .session
        .summary_appendix_language
        .clone()
        .filter(|l| app.session.summary_appendix && *l != app.settings.language);
    let appendix_book = match &appendix_language {
        Some(language) => match book.in_language(language) {
            Ok(b) => Some(b),
            Err(e) => return Err(app.t_args("summary-failed", &[("error", &e.to_string())])),
        },
        None => None,
    };
    let appendix_result = appendix_book
        .as_ref()
        .map(|b| screening::screen(b, &answers, app.today));
    let options = SummaryOptions {
        advocate_appendix: app.session.summary_appendix,
        paper: app.session.summary_paper,
        language: app.settings.language.clone(),
        appendix_language,
    };
    let name = Some(app.session.summary_name.as_str());
    let pdf = match crate::summary::build_with_appendix(
        &result,
        appendix_result.as_ref(),
        help,
        app.today,
        name,
        &options,
    )
    .map_err(|e| e.to_string())
    .and_then(|s| crate::summary::pdf_bytes(&s).map_err(|e| e.to_string()))
    {
        // Zeroed when the task is done with it (or abandoned): the PDF holds every answer.
        Ok(pdf) => zeroize::Zeroizing::new(pdf),
        Err(e) => return Err(app.t_args("summary-failed", &[("error", &e)])),
    };
    app.session.export_message = None;
    if print {
        let Some(printer) = app.printer.clone() else {
            return Err(app.t("summary-no-printer"));
        };
        app.start_task(TaskKind::PrintSummary, ctx, move || {
            TaskResult::SummaryPrinted(printer.print(&pdf))
        });
        return Ok(());
    }
    let dialog = std::sync::Arc::clone(&app.save_dialog);
    let today = app.today;
    app.start_task(TaskKind::SaveSummary, ctx, move || {
        TaskResult::SummarySaved(crate::export::save_with_dialog(
            dialog.as_ref(),
            &pdf,
            today,
        ))
    });
    Ok(())
}

/// What saving the summary did, in words.
pub fn summary_saved(
    app: &mut ClearPathApp,
    saved: Result<Option<std::path::PathBuf>, crate::export::ExportError>,
) {
    let message = match saved {
        Ok(Some(path)) => app.t_args("summary-saved", &[("path", &path.display().to_string())]),
        Ok(None) => app.t("summary-not-saved"),
        Err(e) => export_failure(app, &e),
    };
    app.session.export_message = Some(message);
}

/// What printing the summary did, in words.
pub fn summary_printed(app: &mut ClearPathApp, printed: Result<(), crate::export::ExportError>) {
    let message = match printed {
        Ok(()) => app.t("summary-printed"),
        Err(e) => export_failure(app, &e),
    };
    app.session.export_message = Some(message);
}

/// A failed save or print in the person's language, with what the system said.
fn export_failure(app: &ClearPathApp, e: &crate::export::ExportError) -> String {
    app.t_args(e.message_id(), &[("detail", &e.detail())])
}

/// "Where to get help", beside the results.
pub fn help_ui(app: &ClearPathApp, ui: &mut egui::Ui) {
    ui.heading(app.t("help-title"));
    egui::ScrollArea::vertical()
        .id_salt("help_scroll")
        .show(ui, |ui| match &app.help {
            Ok(entries) => {
                for e in entries {
                    ui.add_space(6.0);
                    ui.label(egui::RichText::new(&e.name).strong());
                    ui.label(app.t(&e.what));
                    ui.label(&e.contact);
                    ui.label(
                        egui::RichText::new(app.t_args(
                            "help-source",
                            &[("source", &app.t(&e.source)), ("checked", &e.checked)],
                        ))
                        .small(),
                    );
                }
            }
            Err(e) => {
                ui.monospace(e);
            }
        });
}

/// What the bill would do, in plain words, and how today's law differs.
pub fn about_bill_ui(app: &mut ClearPathApp, ui: &mut egui::Ui, back: Screen) -> Option<Command> {
    let mut command = None;
    ui.heading(app.t("about-bill-title"));
    super::screens::translation_note(app, ui);
    if let Ok(book) = &app.book {
        for set in book.rule_sets.iter() {
            if let RuleStatus::Pending { bill, session } = &set.status {
                ui.label(
                    egui::RichText::new(app.t_args(
                        "bill-banner",
                        &[
                            ("bill", bill),
                            ("session", session),
                            ("reviewed", &set.reviewed.to_string()),
                        ],
                    ))
                    .strong(),
                );
                for id in [
                    "about-bill-repeal",
                    "about-bill-still-crimes",
                    "about-bill-expunge",
                    "about-bill-fines",
                    "about-bill-committee",
                    "about-bill-today",
                ] {
                    ui.add_space(6.0);
                    ui.label(app.t(id));
                }
                ui.add_space(8.0);
                ui.label(egui::RichText::new(app.t("about-bill-unknown")).strong());
                for q in &set.open_questions {
                    ui.label(format!("• {q}"));
                }
            }
        }
    }
    ui.add_space(12.0);
    if ui.button(app.t("back")).clicked() {
        command = Some(Command::Go(back));
    }
    command
}
