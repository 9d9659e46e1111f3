//! The results: the notices for the whole record, then each charge with its routes today and under the
//! bill side by side, and the take-home summary (a name to print, the advocate appendix and its
//! language, the paper, Save and Print). "Where to get help" is drawn beside them.
//!
//! The screen keeps the presentation of the answers it shows (`present::Presentation`): the answers
//! are screened once when they change, not at every frame, and a change of language only changes the
//! words. The summary is made from the same presentation.

use eframe::egui;
use zeroize::Zeroizing;

use super::{Command, Screen, View};
use crate::answers::{Answers, OffenseAnswer};
use crate::app::ClearPathApp;
use crate::app::tasks::{TaskKind, TaskResult};
use crate::present::{self, Presentation};
use crate::render::summary::{self, Paper, SummaryOptions};
use crate::screening::{self, Status};

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

/// The results screen's state.
#[derive(Default)]
pub struct Results {
    /// The answers last screened, and their presentation.
    shown: Option<(Zeroizing<Answers>, Presentation)>,
    /// How many times answers were screened for this screen (once per change of answers).
    pub screenings: u64,
    pub summary: SummaryForm,
}

/// What the person chose for the take-home summary.
#[derive(Debug, Default)]
pub struct SummaryForm {
    /// A name typed for the printout only; empty means none is printed.
    pub name: String,
    pub appendix: bool,
    /// The appendix's language when it differs from the summary's.
    pub appendix_language: Option<String>,
    pub paper: Paper,
}

/// The typed name is zeroed in memory when the session ends.
impl Drop for SummaryForm {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.name.zeroize();
    }
}

impl Results {
    /// The presentation of the session's answers, screened again only if they changed since.
    pub fn presentation(&mut self, app: &ClearPathApp) -> Option<&Presentation> {
        let book = app.book.as_ref().ok()?;
        // A copy of the answers, zeroed when it goes like the session's own.
        let answers = Zeroizing::new(screening_answers(&app.session.answers));
        let stale = self
            .shown
            .as_ref()
            .is_none_or(|(shown, _)| *shown != answers);
        if stale {
            let result = screening::screen(book, &answers, app.today);
            self.shown = Some((answers, present::present(&result)));
            self.screenings += 1;
        }
        self.shown.as_ref().map(|(_, p)| p)
    }
}

impl View for Results {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        ui.heading(app.t("results-title"));
        ui.label(app.t("not-advice"));
        ui.label(app.t("not-guessed"));
        if let Err(e) = &app.book {
            ui.label(app.t("rules-error"));
            ui.monospace(e);
            return super::back_row(app, ui);
        }
        if let Some(p) = self.presentation(app) {
            presentation_ui(app, ui, p);
        }
        ui.add_space(12.0);
        ui.separator();
        self.summary_ui(app, ui);
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(app.t("about-bill")).clicked() {
                command = Some(Command::Go(Screen::AboutBill {
                    back: Box::new(Screen::Results),
                }));
            }
        });
        super::back_row(app, ui).or(command)
    }
}

/// The notices, then each charge's routes under each rule set.
fn presentation_ui(app: &ClearPathApp, ui: &mut egui::Ui, p: &Presentation) {
    let t = &app.texts;
    if !p.notices.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(app.t("notices-heading")).strong());
        for n in &p.notices {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(egui::RichText::new(t.say(&n.heading())).strong());
                ui.label(t.say(&n.text));
                if let Some(see) = n.see() {
                    ui.label(t.say(&see));
                }
            });
        }
    }
    for charge in &p.charges {
        ui.add_space(12.0);
        ui.separator();
        ui.heading(t.say(&charge.heading()));
        ui.label(super::charge_summary(app, charge.number - 1));
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
                    for (set, routes) in p
                        .sets
                        .iter()
                        .zip(&charge.columns)
                        .filter(|(set, _)| set.bill.is_some() == pending)
                    {
                        let heading = if pending {
                            "results-bill"
                        } else {
                            "results-today"
                        };
                        column.label(egui::RichText::new(app.t(heading)).strong());
                        if let Some(bill) = &set.bill {
                            egui::Frame::group(column.style()).show(column, |ui| {
                                ui.label(t.say(&bill.banner(set.reviewed)));
                            });
                        }
                        for r in routes.iter().filter(|r| r.is_open()) {
                            route_ui(app, column, set, r);
                        }
                        let ruled_out: Vec<&present::Route> =
                            routes.iter().filter(|r| !r.is_open()).collect();
                        if !ruled_out.is_empty() {
                            let label = app.t_args(
                                "routes-ruled-out-count",
                                &[("count", &ruled_out.len().to_string())],
                            );
                            egui::CollapsingHeader::new(label)
                                .id_salt(("ruled_out", charge.number, pending))
                                .show(column, |ui| {
                                    for r in ruled_out {
                                        route_ui(app, ui, set, r);
                                    }
                                });
                        }
                    }
                });
            }
        });
    }
}

fn route_ui(app: &ClearPathApp, ui: &mut egui::Ui, set: &present::SetItem, r: &present::Route) {
    let t = &app.texts;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        status_ui(app, ui, r.status);
        if let Some(bill) = &set.bill {
            ui.label(egui::RichText::new(t.say(&bill.tag())).small());
        }
        ui.label(t.say(&r.name_cited()));
        ui.label(t.say(&r.reason));
        for b in &r.branches {
            ui.label(egui::RichText::new(t.say(&b.heading())).strong());
            ui.label(t.say(&b.reason));
            for step in &b.next_steps {
                ui.label(t.say(&present::next_step(step)));
            }
        }
        for step in &r.next_steps {
            ui.label(t.say(&present::next_step(step)));
        }
        for a in &r.assumptions {
            ui.label(egui::RichText::new(t.say(a)).small());
        }
    });
}

/// A status in words.
pub fn status_text(app: &ClearPathApp, status: Status) -> String {
    app.texts.say(&present::status(status))
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

impl Results {
    /// The take-home summary: an optional name, the advocate appendix, the paper, and Save or Print.
    fn summary_ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) {
        ui.heading(app.t("summary-heading"));
        ui.label(app.t("summary-help-text"));
        let form = &mut self.summary;
        let label = ui.label(app.t("summary-name"));
        let width = ui.available_width().min(280.0);
        ui.add(egui::TextEdit::singleline(&mut form.name).desired_width(width))
            .labelled_by(label.id);
        let appendix = app.t("summary-appendix-choice");
        ui.checkbox(&mut form.appendix, appendix);
        if form.appendix && app.language_names.len() > 1 {
            // An advocate may read the appendix in another language than the person's summary.
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(app.t("summary-appendix-language"));
                let current = form
                    .appendix_language
                    .clone()
                    .unwrap_or_else(|| app.settings.language.clone());
                super::radio_group(ui, label.id, |ui| {
                    for &(language, ref name) in app.language_names.iter() {
                        if ui.radio(current == language, name).clicked() {
                            form.appendix_language = Some(language.to_string());
                        }
                    }
                });
            });
        }
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(app.t("summary-paper"));
            super::radio_group(ui, label.id, |ui| {
                for (paper, id) in [
                    (Paper::Letter, "summary-paper-letter"),
                    (Paper::A4, "summary-paper-a4"),
                ] {
                    if ui.radio(form.paper == paper, app.t(id)).clicked() {
                        form.paper = paper;
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
            if let Err(message) = self.export(app, print, &ctx) {
                app.session.export_message = Some(message);
            }
        }
        if let Some(message) = &app.session.export_message {
            ui.label(egui::RichText::new(message).strong());
        }
    }

    /// Make the summary's PDF from the presentation shown (a few milliseconds), then save or print
    /// it off the window's thread; the words to show at once if it cannot start.
    fn export(
        &mut self,
        app: &mut ClearPathApp,
        print: bool,
        ctx: &egui::Context,
    ) -> Result<(), String> {
        let options = SummaryOptions {
            advocate_appendix: self.summary.appendix,
            paper: self.summary.paper,
            language: app.settings.language.clone(),
            appendix_language: self
                .summary
                .appendix_language
                .clone()
                .filter(|l| self.summary.appendix && *l != app.settings.language),
        };
        let name = self.summary.name.clone();
        let (Ok(book), Some(p)) = (&app.book, self.presentation(app)) else {
            return Err(app.t("rules-error"));
        };
        let help = app.help.as_deref().unwrap_or(&[]);
        let pdf = match summary::make(p, book, app.today, help, Some(&name), &options) {
            // Zeroed when the task is done with it (or abandoned): the PDF holds every answer.
            Ok(pdf) => Zeroizing::new(pdf),
            Err(e) => return Err(app.t_args("summary-failed", &[("error", &e.to_string())])),
        };
        app.session.export_message = None;
        if print {
            let Some(printer) = app.printer.clone() else {
                return Err(app.t("summary-no-printer"));
            };
            app.start_task(TaskKind::PrintSummary, ctx, move |cancel| {
                if cancel.is_cancelled() {
                    return TaskResult::Lost;
                }
                TaskResult::SummaryPrinted(printer.print(&pdf))
            });
            return Ok(());
        }
        let dialog = std::sync::Arc::clone(&app.save_dialog);
        let today = app.today;
        app.start_task(TaskKind::SaveSummary, ctx, move |cancel| {
            let Some(path) = crate::export::ask_summary_path(dialog.as_ref(), today) else {
                return TaskResult::SummarySaved(Ok(None));
            };
            if cancel.is_cancelled() {
                return TaskResult::Lost;
            }
            TaskResult::SummarySaved(crate::export::save_pdf(&pdf, &path).map(|()| Some(path)))
        });
        Ok(())
    }
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
