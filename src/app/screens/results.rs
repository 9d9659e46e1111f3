//! The results, in the order a person acts on them: first the plan (the next steps, in order, across
//! every charge), then the at-a-glance table (one row per charge, its best route today and if the bill
//! passes, as tags), the notices for the whole record, then each charge's details folded under a plain
//! summary line (its routes today and under the bill, with reasons, citations, conditional branches and
//! the routes that do not apply), the records to ask for and what to bring, and the take-home summary
//! (a name to print, the advocate appendix and its language, the paper, Save and Print). "Where to get
//! help" is drawn beside them, or below them in a narrow window.
//!
//! The screen keeps the presentation of the answers it shows (`present::Presentation`): the answers
//! are screened once when they change, not at every frame, and a change of language only changes the
//! words. The summary is made from the same presentation.

use eframe::egui;
use zeroize::Zeroizing;

use super::{Command, Screen, View};
use crate::answers::{Answers, OffenseAnswer};
use crate::app::ClearPathApp;
use crate::app::design::{self, space};
use crate::app::tasks::{TaskKind, TaskResult};
use crate::present::{self, Presentation};
use crate::render::drafts::{self, DraftFormat, DraftKind, DraftOptions};
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
/// shown one above the other (in a charge's details and in the at-a-glance table).
const MIN_COLUMN_WIDTH: f32 = 240.0;

/// The narrowest a column of the at-a-glance table may be, in points, before each charge is shown as a
/// block of its own.
const MIN_GLANCE_COLUMN: f32 = 200.0;

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
        design::heading(ui, app.t("results-title"));
        ui.label(app.t("not-advice"));
        design::secondary(ui, app.t("not-guessed"));
        if let Err(e) = &app.book {
            design::inset(ui, |ui| {
                design::strong(ui, app.t("rules-error"));
                ui.monospace(e);
            });
            return super::back_row(app, ui);
        }
        let mut wanted = None;
        if let Some(p) = self.presentation(app) {
            wanted = presentation_ui(app, ui, p);
        }
        if let Some((number, kind, format)) = wanted
            && let Err(message) = self.save_draft(app, number, kind, format, ui.ctx())
        {
            app.session.export_message = Some(message);
        }
        ui.add_space(space::XL);
        self.summary_ui(app, ui);
        ui.add_space(space::L);
        if design::secondary_button(ui, app.t("about-bill")).clicked() {
            command = Some(Command::Go(Screen::AboutBill {
                back: Box::new(Screen::Results),
            }));
        }
        super::back_row(app, ui).or(command)
    }
}

/// A filing draft asked for: the charge's number (from 1), which draft, and its format.
type DraftWanted = (usize, DraftKind, DraftFormat);

/// The plan, the table, the notices, each charge's details (with its filing drafts), the records and
/// what to bring. Text keeps to the reading column's width; the table may use the whole of the
/// screen's. Returns the draft asked for, if one was.
fn presentation_ui(app: &ClearPathApp, ui: &mut egui::Ui, p: &Presentation) -> Option<DraftWanted> {
    let mut wanted = None;
    let t = &app.texts;
    ui.add_space(space::L);
    design::readable(ui, |ui| plan_ui(app, ui, p));
    ui.add_space(space::L);
    glance_ui(app, ui, p);
    design::readable(ui, |ui| {
        if !p.notices.is_empty() {
            ui.add_space(space::L);
            design::subheading(ui, app.t("notices-heading"));
            for n in &p.notices {
                design::inset(ui, |ui| {
                    design::strong(ui, t.say(&n.heading()));
                    ui.label(t.say(&n.text));
                    if let Some(see) = n.see() {
                        design::secondary(ui, t.say(&see));
                    }
                });
            }
        }
        ui.add_space(space::L);
        design::subheading(ui, app.t("details-heading"));
        design::secondary(ui, app.t("details-help"));
    });
    let drafts = app
        .book
        .as_ref()
        .map(|book| drafts::available(p, book))
        .unwrap_or_default();
    for charge in &p.charges {
        let kinds: Vec<DraftKind> = drafts
            .iter()
            .filter(|(number, _)| *number == charge.number)
            .map(|(_, kind)| *kind)
            .collect();
        wanted = charge_ui(app, ui, p, charge, &kinds).or(wanted);
    }
    design::readable(ui, |ui| {
        ui.add_space(space::L);
        design::subheading(ui, app.t("records-heading"));
        for m in p.records.ask.iter().chain(&p.records.fill) {
            ui.label(format!("• {}", t.say(m)));
        }
        ui.add_space(space::L);
        design::subheading(ui, app.t("bring-heading"));
        for m in &p.bring {
            ui.label(format!("• {}", t.say(m)));
        }
    });
    wanted
}

/// Your next steps: the plan's steps, numbered, each with the charges it concerns and what to do.
pub(super) fn plan_ui(app: &ClearPathApp, ui: &mut egui::Ui, p: &Presentation) {
    use egui::accesskit::Role;
    let t = &app.texts;
    let heading = design::subheading(ui, app.t("plan-heading"));
    // A list for screen readers, each step named by its number, what it asks and its route.
    let list = ui.scope_builder(
        egui::UiBuilder::new().accessibility_role(Role::List),
        |ui| {
            for (i, step) in p.plan.iter().enumerate() {
                let mut name = format!("{}. {}", i + 1, t.say(&step.kind.heading()));
                if let Some(route) = &step.route {
                    name.push_str(": ");
                    name.push_str(&t.say(route));
                }
                let item = ui.scope_builder(
                    egui::UiBuilder::new().accessibility_role(Role::ListItem),
                    |ui| plan_step_ui(app, ui, p, i, step),
                );
                ui.ctx()
                    .accesskit_node_builder(item.response.id, |node| node.set_label(name));
            }
        },
    );
    list.response.labelled_by(heading.id);
}

/// One step of the plan: its number, what it asks, the route, the charges and what to do.
fn plan_step_ui(
    app: &ClearPathApp,
    ui: &mut egui::Ui,
    p: &Presentation,
    i: usize,
    step: &present::PlanStep,
) {
    let t = &app.texts;
    ui.add_space(space::S);
    ui.horizontal_top(|ui| {
        let number = format!("{}.", i + 1);
        ui.add_sized(
            egui::vec2(space::XL, ui.text_style_height(&egui::TextStyle::Body)),
            egui::Label::new(egui::RichText::new(number).strong()),
        );
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing.y = space::XS;
            design::strong(ui, t.say(&step.kind.heading()));
            if let Some(route) = &step.route {
                ui.label(t.say(route));
            }
            if !step.charges.is_empty() {
                design::secondary(ui, t.say(&step.charges_msg()));
            }
            for next in &step.next_steps {
                ui.label(t.say(&present::next_step(next)));
            }
            if step.kind == present::PlanKind::Records {
                for m in &p.records.ask {
                    ui.label(format!("• {}", t.say(m)));
                }
            }
        });
    });
}

/// At a glance: one row per charge, the best route today and under each bill, as tags. A table for
/// screen readers (rows named by their charge, cells by their column and what they say), striped; one
/// block per charge, as a list, where the window is too narrow for columns.
pub(super) fn glance_ui(app: &ClearPathApp, ui: &mut egui::Ui, p: &Presentation) {
    use egui::accesskit::Role;
    let t = &app.texts;
    let heading = design::subheading(ui, app.t("glance-heading"));
    for set in p.sets.iter().filter_map(|s| s.bill.as_ref()) {
        design::secondary(ui, t.say(&set.pending()));
    }
    let headings: Vec<String> = p
        .sets
        .iter()
        .map(|set| {
            app.t(if set.bill.is_some() {
                "results-bill"
            } else {
                "results-today"
            })
        })
        .collect();
    let charge_of = |row: &present::GlanceRow| {
        format!(
            "{}: {}",
            app.t_args("charge-number", &[("number", &row.charge.to_string())]),
            t.say(&row.offense)
        )
    };
    let cell_words = |column: &str, cell: &present::GlanceCell| {
        let mut words = format!("{column}: {}", status_text(app, cell.status));
        if let Some(route) = &cell.route {
            words.push_str(". ");
            words.push_str(&t.say(route));
        }
        words
    };
    let name = |ui: &egui::Ui, id: egui::Id, words: String| {
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_label(words));
    };
    let columns = 1 + p.sets.len();
    let wide = ui.available_width() >= MIN_GLANCE_COLUMN * columns as f32;
    let role = if wide { Role::Table } else { Role::List };
    let table = ui.scope_builder(egui::UiBuilder::new().accessibility_role(role), |ui| {
        let palette = design::Palette::of(ui.visuals());
        if !wide {
            // Too narrow for columns (large text, a small window): each charge as a block.
            for row in &p.glance {
                let item = ui.scope_builder(
                    egui::UiBuilder::new().accessibility_role(Role::ListItem),
                    |ui| {
                        ui.add_space(space::S);
                        design::strong(ui, charge_of(row));
                        for (h, cell) in headings.iter().zip(&row.cells) {
                            design::secondary(ui, h.as_str());
                            glance_cell_ui(app, ui, cell);
                        }
                        design::rule(ui);
                    },
                );
                name(ui, item.response.id, charge_of(row));
            }
            return;
        }
        let width = (ui.available_width() / columns as f32).floor() - space::M;
        let row_ui = |ui: &mut egui::Ui, stripe: bool, cells: &mut dyn FnMut(&mut egui::Ui)| {
            let background = ui.painter().add(egui::Shape::Noop);
            let row =
                ui.scope_builder(egui::UiBuilder::new().accessibility_role(Role::Row), |ui| {
                    ui.horizontal_top(|ui| {
                        ui.spacing_mut().item_spacing.x = space::M;
                        cells(ui);
                    });
                });
            if stripe {
                let rect = row.response.rect.expand2(egui::vec2(space::XS, space::XS));
                ui.painter()
                    .set(background, egui::Shape::rect_filled(rect, 0.0, palette.bar));
            }
            row.response.id
        };
        let cell = |ui: &mut egui::Ui, role: Role, add: &mut dyn FnMut(&mut egui::Ui)| {
            ui.scope_builder(egui::UiBuilder::new().accessibility_role(role), |ui| {
                ui.vertical(|ui| {
                    ui.set_width(width);
                    add(ui);
                });
            })
            .response
            .id
        };
        row_ui(ui, false, &mut |ui| {
            let all = std::iter::once(app.t("glance-charge")).chain(headings.iter().cloned());
            for h in all {
                let id = cell(ui, Role::ColumnHeader, &mut |ui| {
                    design::strong(ui, h.as_str());
                });
                name(ui, id, h.clone());
            }
        });
        for (i, row) in p.glance.iter().enumerate() {
            let id = row_ui(ui, i % 2 == 0, &mut |ui| {
                let id = cell(ui, Role::RowHeader, &mut |ui| {
                    design::strong(
                        ui,
                        app.t_args("charge-number", &[("number", &row.charge.to_string())]),
                    );
                    ui.label(t.say(&row.offense));
                });
                name(ui, id, charge_of(row));
                for (h, c) in headings.iter().zip(&row.cells) {
                    let id = cell(ui, Role::Cell, &mut |ui| glance_cell_ui(app, ui, c));
                    name(ui, id, cell_words(h, c));
                }
            });
            name(ui, id, charge_of(row));
        }
    });
    table.response.labelled_by(heading.id);
}

fn glance_cell_ui(app: &ClearPathApp, ui: &mut egui::Ui, cell: &present::GlanceCell) {
    design::tag(ui, cell.status, status_text(app, cell.status));
    if let Some(route) = &cell.route {
        ui.label(app.texts.say(route));
    }
}

/// A charge's details, folded under a line that says what the charge was.
fn charge_ui(
    app: &ClearPathApp,
    ui: &mut egui::Ui,
    p: &Presentation,
    charge: &present::ChargeItem,
    drafts: &[DraftKind],
) -> Option<DraftWanted> {
    let mut wanted = None;
    let t = &app.texts;
    ui.add_space(space::S);
    let title = app.t_args(
        "charge-numbered",
        &[
            ("number", &charge.number.to_string()),
            ("about", &t.say(&charge.about.offense)),
        ],
    );
    design::details(ui, ("charge_details", charge.number), title, |ui| {
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
                        design::minor_heading(column, app.t(heading));
                        if let Some(bill) = &set.bill {
                            design::inset(column, |ui| ui.label(t.say(&bill.banner(set.reviewed))));
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
                            design::details(
                                column,
                                ("ruled_out", charge.number, pending),
                                label,
                                |ui| {
                                    for r in ruled_out {
                                        route_ui(app, ui, set, r);
                                    }
                                },
                            );
                        }
                    }
                });
            }
        });
        if !drafts.is_empty() {
            wanted = drafts_ui(app, ui, charge.number, drafts);
        }
    });
    wanted
}

/// A charge's filing drafts: for each, its title and a button to save it as a Word document (to edit)
/// or as a PDF (to print), each named for what it saves and for which charge.
fn drafts_ui(
    app: &ClearPathApp,
    ui: &mut egui::Ui,
    number: usize,
    drafts: &[DraftKind],
) -> Option<DraftWanted> {
    let mut wanted = None;
    ui.add_space(space::M);
    design::minor_heading(ui, app.t("drafts-heading"));
    design::secondary(ui, app.t("drafts-help"));
    let Ok(book) = &app.book else {
        return None;
    };
    for kind in drafts {
        let Some(template) = book.draft(kind.name()) else {
            continue;
        };
        let title = app.t(&template.title);
        ui.add_space(space::S);
        design::strong(ui, title.as_str());
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = space::M;
            for (format, words) in [
                (DraftFormat::Docx, "drafts-save-docx"),
                (DraftFormat::Pdf, "drafts-save-pdf"),
            ] {
                let response = design::secondary_button_enabled(ui, !app.busy(), app.t(words));
                let name = app.t_args(
                    "drafts-save-name",
                    &[
                        ("action", &app.t(words)),
                        ("draft", &title),
                        ("number", &number.to_string()),
                    ],
                );
                ui.ctx()
                    .accesskit_node_builder(response.id, |node| node.set_label(name));
                if response.clicked() {
                    wanted = Some((number, *kind, format));
                }
            }
        });
    }
    wanted
}

fn route_ui(app: &ClearPathApp, ui: &mut egui::Ui, set: &present::SetItem, r: &present::Route) {
    let t = &app.texts;
    ui.add_space(space::S);
    ui.vertical(|ui| {
        ui.set_width(ui.available_width());
        status_ui(app, ui, r.status);
        if let Some(bill) = &set.bill {
            design::secondary(ui, t.say(&bill.tag()));
        }
        design::strong(ui, t.say(&r.name_cited()));
        ui.label(t.say(&r.reason));
        for b in &r.branches {
            design::strong(ui, t.say(&b.heading()));
            ui.label(t.say(&b.reason));
            for step in &b.next_steps {
                ui.label(t.say(&present::next_step(step)));
            }
        }
        for step in &r.next_steps {
            ui.label(t.say(&present::next_step(step)));
        }
        for a in &r.assumptions {
            design::secondary(ui, t.say(a));
        }
        design::rule(ui);
    });
}

/// A status in words.
pub fn status_text(app: &ClearPathApp, status: Status) -> String {
    app.texts.say(&present::status(status))
}

/// A status as a tag: an icon, words and a colour (never the colour alone).
pub fn status_ui(app: &ClearPathApp, ui: &mut egui::Ui, status: Status) {
    design::tag(ui, status, status_text(app, status));
}

impl Results {
    /// The take-home summary: an optional name, the advocate appendix, the paper, and Save or Print.
    fn summary_ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) {
        design::subheading(ui, app.t("summary-heading"));
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
        ui.add_space(space::S);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = space::M;
            save = design::primary_button_enabled(ui, idle, app.t("summary-save")).clicked();
            if app.printer.is_some() {
                print =
                    design::secondary_button_enabled(ui, idle, app.t("summary-print")).clicked();
            }
        });
        if app.printer.is_none() {
            design::secondary(ui, app.t("summary-no-printer"));
        }
        if save || print {
            let ctx = ui.ctx().clone();
            if let Err(message) = self.export(app, print, &ctx) {
                app.session.export_message = Some(message);
            }
        }
        if let Some(message) = &app.session.export_message {
            design::status(ui, message.as_str());
        }
    }

    /// Make a filing draft for charge `number` (a few milliseconds: the answers are screened again for
    /// it), then ask where to save it and write it, off the window's thread.
    fn save_draft(
        &mut self,
        app: &mut ClearPathApp,
        number: usize,
        kind: DraftKind,
        format: DraftFormat,
        ctx: &egui::Context,
    ) -> Result<(), String> {
        let Ok(book) = &app.book else {
            return Err(app.t("rules-error"));
        };
        let answers = Zeroizing::new(screening_answers(&app.session.answers));
        let screening = screening::screen(book, &answers, app.today);
        let options = DraftOptions {
            language: app.settings.language.clone(),
            paper: self.summary.paper,
            format,
        };
        let bytes = match drafts::make(&screening, number, kind, &options) {
            // Zeroed when the task is done with it (or abandoned): the draft holds answers.
            Ok(bytes) => Zeroizing::new(bytes),
            Err(e) => return Err(app.t_args("drafts-failed", &[("error", &e.to_string())])),
        };
        app.session.export_message = None;
        let dialog = std::sync::Arc::clone(&app.save_dialog);
        let suggested = format.suggested_file_name(app.today);
        app.start_task(TaskKind::SaveSummary, ctx, move |cancel| {
            let Some(mut path) = dialog.ask_save_path(&suggested) else {
                return TaskResult::SummarySaved(Ok(None));
            };
            if path.extension().is_none()
                && let Some(extension) = std::path::Path::new(&suggested).extension()
            {
                path.set_extension(extension);
            }
            if cancel.is_cancelled() {
                return TaskResult::Lost;
            }
            let written = crate::export::write_atomically(&path, &bytes, ".draft-");
            TaskResult::SummarySaved(match written {
                Ok(()) => Ok(Some(path)),
                Err(source) => Err(crate::export::ExportError::Save { path, source }),
            })
        });
        Ok(())
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
    design::subheading(ui, app.t("help-title"));
    egui::ScrollArea::vertical()
        .id_salt("help_scroll")
        .show(ui, |ui| match &app.help {
            Ok(entries) => {
                for e in entries {
                    ui.add_space(space::S);
                    design::strong(ui, e.name.as_str());
                    ui.label(app.t(&e.what));
                    ui.label(&e.contact);
                    design::secondary(
                        ui,
                        app.t_args(
                            "help-source",
                            &[("source", &app.t(&e.source)), ("checked", &e.checked)],
                        ),
                    );
                }
            }
            Err(e) => {
                ui.monospace(e);
            }
        });
}
