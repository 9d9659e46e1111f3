//! The advocate's desk: a whole record in one view, for an advocate entering a client's charges from a
//! printed record. One row per charge, one column per charge answer, each cell typed as short text and
//! read at once (the value it was read as is shown under it, or what could not be read: the row is kept,
//! never dropped); rows pasted from a spreadsheet or a docket are added the same way. The record's own
//! questions sit in a compact form under the table, and the plan and the at-a-glance table update as
//! cells change (the answers are screened once per change, not per frame).
//!
//! The cells are the session's answers written as text: opening the desk writes the answers into cells,
//! and every change reads the cells back into the answers, so switching between the desk and the
//! questions keeps everything. Reading a cell is `answers::table` (shared with the command line's CSV
//! files); this module only draws.
//!
//! Keys, listed on the screen: Tab and Shift+Tab move between cells; Enter ends a row and goes to the
//! next one's first cell (adding a row after the last); Ctrl+D copies the row being edited below it; Ctrl+Delete removes it; Alt+Z brings back the
//! last row removed (Ctrl+Z, in a cell, undoes the typing); Ctrl+V with several lines or tabs copied adds them as rows.

use eframe::egui;
use zeroize::Zeroize as _;

use super::results::{self, Results};
use super::{Command, Screen, View};
use crate::answers::{
    Answers, Charge, DateAnswer as _, OffenseAnswer, ProbationEnd, Released, When,
};
use crate::app::ClearPathApp;
use crate::app::design::{self, space};
use crate::i18n::Texts;
use crate::message::Msg;
use crate::questionnaire::{Field, Kind, Section, chooser};
use crate::table::{self, CellProblem, Column, Reader, Value};

/// The desk's columns, in the order rows pasted without a header row have them.
const COLUMNS: [Column; 11] = Column::PASTE_ORDER;

/// The width of a cell's text field, in points, by column.
fn cell_width(column: Column) -> f32 {
    match column {
        Column::Offense => 190.0,
        Column::Court | Column::Outcome => 112.0,
        Column::When | Column::Released | Column::ProbationEnd => 112.0,
        Column::AnotherLaw => 80.0,
        _ => 64.0,
    }
}

/// The width of one of the record's questions in the compact form, in points.
const RECORD_QUESTION_WIDTH: f32 = 380.0;

/// Below this width (in points) the live results go under the table rather than beside it.
const RESULTS_BESIDE_WIDTH: f32 = 1700.0;

/// The desk's state: each row's cells as typed, the rows removed (for undo) and the screening shown.
#[derive(Default)]
pub struct Desk {
    rows: Vec<Vec<String>>,
    /// Rows removed, last first out, with where they were.
    removed: Vec<(usize, Vec<String>)>,
    /// The answers the cells were last read into; when the session's differ (a change made elsewhere),
    /// the cells are written again from the session's.
    synced: Option<Answers>,
    /// The cell to give the keyboard focus to at the next frame: row and column.
    focus: Option<(usize, usize)>,
    /// What the last paste did, in words.
    pub message: Option<String>,
    /// The live results: the presentation of the answers, screened once per change.
    pub results: Results,
    /// Reads the cells (it knows the offenses by their names in the language shown), made once per
    /// language.
    reader: Option<(String, Reader)>,
    /// The dates of the record's questions as typed, by field name.
    record_dates: Vec<(&'static str, String)>,
    /// The cells last read, in which language, and what they were read as.
    #[allow(clippy::type_complexity)]
    read: Option<(Vec<Vec<String>>, String, Vec<(table::Row, Charge)>)>,
}

/// The cells hold a person's answers: zeroed when the session ends.
impl Drop for Desk {
    fn drop(&mut self) {
        for row in self
            .rows
            .iter_mut()
            .chain(self.removed.iter_mut().map(|(_, r)| r))
        {
            for cell in row {
                cell.zeroize();
            }
        }
        for (_, text) in &mut self.record_dates {
            text.zeroize();
        }
        if let Some((rows, _, read)) = &mut self.read {
            for cell in rows.iter_mut().flatten() {
                cell.zeroize();
            }
            for cell in read.iter_mut().flat_map(|(row, _)| row.cells.iter_mut()) {
                cell.text.zeroize();
            }
        }
    }
}

/// The id of a cell's text field, so the keyboard focus can be moved to it.
fn cell_id(row: usize, column: usize) -> egui::Id {
    egui::Id::unique(("desk_cell", row, column))
}

impl Desk {
    /// The reader for the language shown (`None` if the rules could not be loaded).
    fn reader(&mut self, app: &ClearPathApp) -> Option<&Reader> {
        let book = app.book.as_ref().ok()?;
        let language = app.texts.language();
        if self.reader.as_ref().is_none_or(|(l, _)| l != language) {
            let english = (language != crate::i18n::DEFAULT_LANGUAGE)
                .then(|| Texts::new(crate::i18n::DEFAULT_LANGUAGE).ok())
                .flatten()
                .and_then(|t| t.with_rules(book).ok());
            let candidates = chooser::for_texts(book, &app.texts, english.as_ref());
            let reader = Reader::new(book, candidates, app.today);
            self.reader = Some((language.to_owned(), reader));
        }
        self.reader.as_ref().map(|(_, r)| r)
    }

    /// The rows as read, each with the charge it gives (a cell that cannot be read counts as "not
    /// sure" until it is corrected).
    /// Read once per change of the cells (or of the language), not once a frame.
    fn read(&mut self, app: &ClearPathApp) -> Vec<(table::Row, Charge)> {
        let language = app.texts.language();
        if let Some((rows, read_in, read)) = &self.read
            && *rows == self.rows
            && read_in == language
        {
            return read.clone();
        }
        let rows = self.rows.clone();
        let Some(reader) = self.reader(app) else {
            return Vec::new();
        };
        let read: Vec<(table::Row, Charge)> = rows
            .iter()
            .enumerate()
            .map(|(r, cells)| read_row(reader, r, cells))
            .collect();
        self.read = Some((rows, language.to_owned(), read.clone()));
        read
    }

    /// Write the cells from the session's answers (opening the desk, or after a change elsewhere).
    fn sync_from(&mut self, answers: &Answers) {
        self.rows = answers.charges.iter().map(write_row).collect();
        if self.rows.is_empty() {
            self.rows.push(vec![String::new(); COLUMNS.len()]);
        }
        self.synced = Some(answers.clone());
    }

    /// Read the cells into the session's answers, keeping the record's answers.
    fn sync_to(&mut self, app: &mut ClearPathApp) {
        // A row with every cell empty (the one Enter adds, not yet typed in) is no charge.
        let empty: Vec<bool> = self
            .rows
            .iter()
            .map(|cells| cells.iter().all(|c| c.trim().is_empty()))
            .collect();
        let charges: Vec<Charge> = self
            .read(app)
            .into_iter()
            .zip(empty)
            .filter(|(_, empty)| !empty)
            .map(|((_, charge), _)| charge)
            .collect();
        if app.session.answers.charges != charges {
            app.session.answers.charges = charges;
        }
        app.session.finished_charges = app.session.answers.charges.len();
        self.synced = Some(app.session.answers.clone());
    }

    /// Add rows of text pasted from a spreadsheet or a docket, after `after`.
    fn paste(&mut self, app: &ClearPathApp, text: &str, after: usize) {
        let Some(reader) = self.reader(app) else {
            return;
        };
        let paste = reader.paste(text);
        // Each pasted cell goes under its column of the desk, as typed; a cell under no column is
        // counted as unreadable, so the message says so.
        let mut unreadable = 0;
        let pasted: Vec<Vec<String>> = paste
            .rows
            .iter()
            .map(|row| {
                if row.problems().next().is_some() {
                    unreadable += 1;
                }
                COLUMNS
                    .iter()
                    .map(|column| {
                        row.cells
                            .iter()
                            .find(|c| c.column == Some(*column))
                            .map(|c| c.text.trim().to_owned())
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .collect();
        let count = pasted.len();
        let at = (after + 1).min(self.rows.len());
        // An empty row being typed in is replaced rather than left above the pasted ones.
        let replace = self
            .rows
            .get(after)
            .is_some_and(|r| r.iter().all(|c| c.trim().is_empty()));
        let at = if replace {
            self.rows.remove(after);
            after
        } else {
            at
        };
        for (i, row) in pasted.into_iter().enumerate() {
            self.rows.insert(at + i, row);
        }
        self.message = Some(app.t_args(
            "desk-pasted",
            &[
                ("count", &count.to_string()),
                ("unreadable", &unreadable.to_string()),
            ],
        ));
    }
}

impl View for Desk {
    fn ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> Option<Command> {
        let mut command = None;
        if self.synced.as_ref() != Some(&app.session.answers) {
            self.sync_from(&app.session.answers);
        }
        design::heading(ui, app.t("desk-title"));
        design::readable(ui, |ui| {
            ui.label(app.t("desk-help"));
            design::secondary(ui, app.t("desk-keys"));
        });
        ui.add_space(space::M);
        // Whether the results fit beside the record's questions, decided before the table is drawn.
        let beside = ui.available_width() >= RESULTS_BESIDE_WIDTH;

        let changed = self.table_ui(app, ui);
        if changed {
            self.sync_to(app);
        }
        if let Some(message) = &self.message {
            design::status(ui, message.as_str());
        }
        ui.add_space(space::S);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = space::M;
            if design::secondary_button(ui, app.t("desk-add-row")).clicked() {
                self.rows.push(vec![String::new(); COLUMNS.len()]);
                self.focus = Some((self.rows.len() - 1, 0));
            }
            if !self.removed.is_empty()
                && design::secondary_button(ui, app.t("desk-undo")).clicked()
            {
                self.undo();
                self.sync_to(app);
            }
        });

        ui.add_space(space::L);
        if beside {
            ui.columns(2, |columns| {
                let record = self.record_ui(app, &mut columns[0]);
                self.live_ui(app, &mut columns[1]);
                if record {
                    self.synced = Some(app.session.answers.clone());
                }
            });
        } else {
            if self.record_ui(app, ui) {
                self.synced = Some(app.session.answers.clone());
            }
            ui.add_space(space::L);
            self.live_ui(app, ui);
        }

        ui.add_space(space::L);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = space::M;
            if design::primary_button(ui, app.t("desk-see-results")).clicked() {
                command = Some(Command::Go(Screen::Results));
            }
            if design::secondary_button(ui, app.t("desk-switch-guided")).clicked() {
                command = Some(Command::Go(Screen::Charges));
            }
        });
        super::back_row(app, ui).or(command)
    }
}

impl Desk {
    fn undo(&mut self) {
        if let Some((at, row)) = self.removed.pop() {
            let at = at.min(self.rows.len());
            self.rows.insert(at, row);
            self.focus = Some((at, 0));
        }
    }

    /// The table of charges; whether any cell changed. Columns under a header row where the window
    /// is wide enough; otherwise each charge as a block whose cells wrap, each under its own label (the
    /// window never scrolls sideways).
    fn table_ui(&mut self, app: &ClearPathApp, ui: &mut egui::Ui) -> bool {
        use egui::accesskit::Role;
        let mut changed = false;
        // Text copied with tabs or several lines is rows to add, not one cell's text.
        let pasted: Option<String> = ui.input_mut(|i| {
            let mut found = None;
            i.events.retain(|e| match e {
                egui::Event::Paste(text) if is_rows(text) && found.is_none() => {
                    found = Some(text.clone());
                    false
                }
                _ => true,
            });
            found
        });
        let read = self.read(app);
        let mut focused_row = None;
        let mut enter_in = None;
        let names: Vec<String> = COLUMNS
            .iter()
            .map(|c| app.t(&format!("desk-col-{}", c.name())))
            .collect();
        let gap = ui.spacing().item_spacing.x;
        let table_width = space::XL + COLUMNS.iter().map(|c| cell_width(*c) + gap).sum::<f32>();
        let wide = ui.available_width() >= table_width;
        let grid = ui.scope_builder(
            egui::UiBuilder::new().accessibility_role(Role::Table),
            |ui| {
                // The column headers, whose labels name the cells under them.
                let mut header_ids = Vec::new();
                if wide {
                    ui.horizontal_top(|ui| {
                        ui.add_sized(egui::vec2(space::XL, design::TARGET), egui::Label::new(""));
                        for (column, name) in COLUMNS.iter().zip(&names) {
                            // Top-down, so that a long column name wraps within its column.
                            let width = cell_width(*column);
                            let layout = egui::Layout::top_down(egui::Align::Min);
                            let header = ui.allocate_ui_with_layout(
                                egui::vec2(width, design::TARGET),
                                layout,
                                |ui| {
                                    ui.set_width(width);
                                    ui.scope_builder(
                                        egui::UiBuilder::new()
                                            .accessibility_role(Role::ColumnHeader),
                                        |ui| design::strong(ui, name.as_str()),
                                    )
                                    .inner
                                },
                            );
                            header_ids.push(header.inner.id);
                        }
                    });
                }
                for (r, (row_read, _)) in read.iter().enumerate() {
                    let row_label =
                        app.t_args("charge-number", &[("number", &(r + 1).to_string())]);
                    let row = ui.scope_builder(
                        egui::UiBuilder::new().accessibility_role(Role::Row),
                        |ui| {
                            let mut cells = |ui: &mut egui::Ui| {
                                for (c, column) in COLUMNS.iter().enumerate() {
                                    let name = app.t_args(
                                        "desk-cell-name",
                                        &[("row", &(r + 1).to_string()), ("column", &names[c])],
                                    );
                                    let label = header_ids.get(c).copied();
                                    let cell = self.cell_ui(
                                        app,
                                        ui,
                                        (r, c),
                                        *column,
                                        &row_read.cells[c],
                                        (name, label, &names[c]),
                                    );
                                    changed |= cell.changed;
                                    if cell.focused {
                                        focused_row = Some(r);
                                    }
                                    if cell.enter {
                                        enter_in = Some(r);
                                    }
                                }
                            };
                            if wide {
                                ui.horizontal_top(|ui| {
                                    ui.add_sized(
                                        egui::vec2(space::XL, design::TARGET),
                                        egui::Label::new(
                                            egui::RichText::new(format!("{}", r + 1)).strong(),
                                        ),
                                    );
                                    cells(ui);
                                });
                            } else {
                                ui.add_space(space::S);
                                design::strong(ui, row_label.as_str());
                                ui.with_layout(
                                    egui::Layout::left_to_right(egui::Align::Min)
                                        .with_main_wrap(true),
                                    |ui| {
                                        ui.spacing_mut().item_spacing.y = space::S;
                                        cells(ui);
                                    },
                                );
                                design::rule(ui);
                            }
                        },
                    );
                    ui.ctx()
                        .accesskit_node_builder(row.response.id, |node| node.set_label(row_label));
                }
            },
        );
        let label = app.t("desk-title");
        ui.ctx()
            .accesskit_node_builder(grid.response.id, |node| node.set_label(label));
        // Enter ends a row: on to the next one's first cell, adding a row after the last.
        if let Some(r) = enter_in {
            if r + 1 == self.rows.len() {
                self.rows.push(vec![String::new(); COLUMNS.len()]);
                changed = true;
            }
            self.focus = Some((r + 1, 0));
        }
        if let Some(text) = pasted {
            let after = focused_row.unwrap_or(self.rows.len().saturating_sub(1));
            self.paste(app, &text, after);
            changed = true;
        }
        if let Some(r) = focused_row {
            let (copy, remove, undo) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::COMMAND, egui::Key::D),
                    i.consume_key(egui::Modifiers::COMMAND, egui::Key::Delete),
                    // Not Ctrl+Z: in a cell, that undoes the typing.
                    i.consume_key(egui::Modifiers::ALT, egui::Key::Z),
                )
            });
            if copy {
                let row = self.rows[r].clone();
                self.rows.insert(r + 1, row);
                self.focus = Some((r + 1, 0));
                changed = true;
            }
            if remove {
                let row = self.rows.remove(r);
                self.removed.push((r, row));
                if self.rows.is_empty() {
                    self.rows.push(vec![String::new(); COLUMNS.len()]);
                }
                self.focus = Some((r.min(self.rows.len() - 1), 0));
                changed = true;
            }
            if undo && !copy && !remove {
                self.undo();
                changed = true;
            }
        }
        changed
    }

    /// One cell: its text field, named by its row and column and labelled by its column's header (or,
    /// in blocks, by its own label above it), then what it was read as, or why it could not be read,
    /// and for words that fit several offenses, a button for each.
    fn cell_ui(
        &mut self,
        app: &ClearPathApp,
        ui: &mut egui::Ui,
        (r, c): (usize, usize),
        column: Column,
        read: &table::Cell,
        (name, header, column_name): (String, Option<egui::Id>, &str),
    ) -> CellEvents {
        // No wider than the window leaves (large text in a small window).
        let width = cell_width(column).min(ui.available_width().max(space::XL * 2.0));
        let mut events = CellEvents::default();
        // Its size given first, so that a wrapping row knows whether it fits on the line.
        let layout = egui::Layout::top_down(egui::Align::Min);
        ui.allocate_ui_with_layout(egui::vec2(width, design::TARGET), layout, |ui| {
            ui.set_width(width);
            ui.spacing_mut().item_spacing.y = space::XS;
            let label = match header {
                Some(id) => id,
                None => design::secondary(ui, column_name).id,
            };
            let edit = egui::TextEdit::singleline(&mut self.rows[r][c])
                .id(cell_id(r, c))
                .desired_width(width)
                .min_size(egui::vec2(width, design::TARGET));
            let response = ui.add(edit).labelled_by(label);
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_label(name));
            if self.focus == Some((r, c)) {
                response.request_focus();
                self.focus = None;
            }
            events.changed = response.changed();
            events.focused = response.has_focus() || response.lost_focus();
            events.enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            match &read.parsed {
                Ok(value) => {
                    design::secondary(ui, value_words(app, value));
                }
                Err(problem) => {
                    design::problem(ui, problem_words(app, column, problem));
                    let ids = match problem {
                        CellProblem::SeveralOffenses { ids, .. } => ids.clone(),
                        _ => Vec::new(),
                    };
                    for id in ids {
                        let label = offense_name(app, &id);
                        if ui
                            .add(egui::Button::new(egui::RichText::new(label).small()))
                            .clicked()
                        {
                            self.rows[r][c] = id;
                            events.changed = true;
                            self.focus = Some((r, (c + 1).min(COLUMNS.len() - 1)));
                        }
                    }
                }
            }
        });
        events
    }

    /// The plan and the at-a-glance table of what the cells say now.
    fn live_ui(&mut self, app: &ClearPathApp, ui: &mut egui::Ui) {
        if let Some(p) = self.results.presentation(app) {
            results::plan_ui(app, ui, p);
            ui.add_space(space::L);
            results::glance_ui(app, ui, p);
        }
    }
}

/// What happened in a cell this frame.
#[derive(Default)]
struct CellEvents {
    changed: bool,
    focused: bool,
    /// Enter was pressed in it.
    enter: bool,
}

impl Desk {
    /// The questions about the whole record, compact: each a short name and its choices; whether an answer
    /// changed.
    fn record_ui(&mut self, app: &mut ClearPathApp, ui: &mut egui::Ui) -> bool {
        let mut changed = false;
        design::subheading(ui, app.t("desk-record-heading"));
        let questions: Vec<_> = app
            .questions
            .questions
            .iter()
            .filter(|q| matches!(q.section, Section::Early | Section::Record))
            .filter(|q| q.shown(&app.session.answers, None))
            .cloned()
            .collect();
        // Side by side where they fit, each question in a block of its own.
        let rows = egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true);
        ui.with_layout(rows, |ui| {
            ui.spacing_mut().item_spacing = egui::vec2(space::L, space::M);
            for q in questions {
                let short = app.t(&format!("q-{}-short", q.id));
                let width = RECORD_QUESTION_WIDTH.min(ui.available_width());
                let layout = egui::Layout::top_down(egui::Align::Min);
                ui.allocate_ui_with_layout(egui::vec2(width, design::TARGET), layout, |ui| {
                    ui.set_width(width);
                    ui.spacing_mut().item_spacing = egui::vec2(space::M, space::XS);
                    let label = design::strong(ui, short.as_str());
                    ui.horizontal_wrapped(|ui| {
                        let current = q.field.value(&app.session.answers, None);
                        let offered = q.offered(&app.session.answers, None);
                        let inner = super::radio_group(ui, label.id, |ui| {
                            let mut chosen = None;
                            for choice in offered {
                                let words = app.t(&format!("choice-{choice}"));
                                if ui.radio(current == choice, words).clicked() && current != choice
                                {
                                    chosen = Some(choice);
                                }
                            }
                            chosen
                        });
                        if let Some(choice) = inner {
                            q.field.set(&mut app.session.answers, None, choice);
                            changed = true;
                        }
                        if let Kind::Date(_) = q.field.kind()
                            && matches!(current, "Date" | "Year")
                        {
                            changed |= self.record_date_ui(app, ui, q.field, &short);
                        }
                    });
                });
            }
        });
        changed
    }

    /// A record question's date, typed like a cell.
    fn record_date_ui(
        &mut self,
        app: &mut ClearPathApp,
        ui: &mut egui::Ui,
        field: Field,
        short: &str,
    ) -> bool {
        let slot = match self
            .record_dates
            .iter()
            .position(|(f, _)| *f == field.name())
        {
            Some(i) => i,
            None => {
                let text = when_text(field.when(&app.session.answers, None));
                self.record_dates.push((field.name(), text));
                self.record_dates.len() - 1
            }
        };
        let response = ui.add(
            egui::TextEdit::singleline(&mut self.record_dates[slot].1)
                .desired_width(140.0)
                .min_size(egui::vec2(140.0, design::TARGET)),
        );
        let name = app.t_args("desk-record-date-name", &[("question", short)]);
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_label(name));
        let text = self.record_dates[slot].1.clone();
        match self.reader(app).map(|r| r.when(&text)) {
            Some(Ok(when)) if response.changed() => {
                field.set_when(&mut app.session.answers, None, when);
                true
            }
            Some(Err(problem)) => {
                design::problem(ui, problem_words(app, Column::When, &problem));
                false
            }
            _ => false,
        }
    }
}

/// Whether pasted text is rows (tabs or several lines) rather than one cell's words.
fn is_rows(text: &str) -> bool {
    text.contains('\t') || text.trim_end().contains('\n')
}

/// Read a row of the desk (row `r`, from 0): its cells and the charge they give, a cell that cannot be
/// read counting as "not sure".
fn read_row(reader: &Reader, r: usize, cells: &[String]) -> (table::Row, Charge) {
    let row = reader.typed_row(&COLUMNS, r + 1, cells);
    let charge = row.charge_as_read();
    (row, charge)
}

/// A charge as the desk's cells: each answer as the answers format names it, "not sure" as empty.
fn write_row(charge: &Charge) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|column| {
            let text = match column {
                Column::Offense => match &charge.offense {
                    OffenseAnswer::Offense(id) => id.clone(),
                    OffenseAnswer::Another(grade) => {
                        Value::Offense(OffenseAnswer::Another(*grade)).to_string()
                    }
                    OffenseAnswer::NotSure => String::new(),
                },
                Column::AnotherLaw => <&str>::from(charge.another_law).to_owned(),
                Column::Court => <&str>::from(charge.court).to_owned(),
                Column::Outcome => <&str>::from(charge.outcome).to_owned(),
                Column::When => when_text(charge.when),
                Column::Released => match charge.released {
                    Released::NotHeld => "NotHeld".to_owned(),
                    other => when_text(other.when()),
                },
                Column::ProbationEnd => match charge.probation_end {
                    ProbationEnd::NoProbation => "NoProbation".to_owned(),
                    other => when_text(other.when()),
                },
                Column::CustodyOrProbationEnd => when_text(charge.custody_or_probation_end.when()),
                Column::Age => <&str>::from(charge.age).to_owned(),
                Column::Coerced => <&str>::from(charge.coerced).to_owned(),
                Column::Arranged => <&str>::from(charge.arranged).to_owned(),
                Column::OfficialDocuments => <&str>::from(charge.official_documents).to_owned(),
            };
            if text == "NotSure" {
                String::new()
            } else {
                text
            }
        })
        .collect()
}

/// A date or year as typed in a cell; empty for "not sure".
fn when_text(when: When) -> String {
    match when {
        When::Date(d) => d.to_string(),
        When::Year(y) => y.to_string(),
        When::NotSure => String::new(),
    }
}

/// An offense's name in the language shown.
fn offense_name(app: &ClearPathApp, id: &str) -> String {
    let Ok(book) = &app.book else {
        return id.to_owned();
    };
    let catalog = &book.catalog;
    catalog
        .offenses
        .iter()
        .find(|o| o.id == id)
        .map(|o| &o.name)
        .or_else(|| catalog.groups.iter().find(|g| g.id == id).map(|g| &g.name))
        .map_or_else(|| id.to_owned(), |name| app.texts.say(&Msg::rule(name)))
}

/// What a cell was read as, in words.
fn value_words(app: &ClearPathApp, value: &Value) -> String {
    let choice = |name: &str| app.t(&format!("choice-{name}"));
    match value {
        Value::Offense(OffenseAnswer::Offense(id)) => offense_name(app, id),
        Value::Offense(OffenseAnswer::Another(grade)) => {
            format!("{}: {}", choice("Another"), choice(<&str>::from(grade)))
        }
        Value::Offense(OffenseAnswer::NotSure) => app.t("desk-not-sure"),
        other => {
            let text = other.to_string();
            // Dates and years as typed; the names of choices in words.
            if text.starts_with(|c: char| c.is_ascii_digit()) {
                text
            } else if text == "NotSure" {
                app.t("desk-not-sure")
            } else {
                choice(&text)
            }
        }
    }
}

/// Why a cell could not be read, in words, with what it can hold.
fn problem_words(app: &ClearPathApp, column: Column, problem: &CellProblem) -> String {
    let id = match problem {
        CellProblem::NotAnAnswer => "desk-problem-not-an-answer",
        CellProblem::NoOffense => "desk-problem-no-offense",
        CellProblem::SeveralOffenses {
            section_53a: true, ..
        } => "desk-problem-53a",
        CellProblem::SeveralOffenses { .. } => "desk-problem-several",
        CellProblem::NotADate | CellProblem::TwoDigitYear => "desk-problem-not-a-date",
        CellProblem::NotARealDate => "desk-problem-not-a-real-date",
        CellProblem::YearOutOfRange { .. } | CellProblem::AfterToday { .. } => {
            "desk-problem-date-range"
        }
        CellProblem::BeforeCase { .. } => "desk-problem-before-case",
        CellProblem::NoColumn => "desk-problem-not-an-answer",
    };
    let mut words = app.t(id);
    if matches!(problem, CellProblem::NotAnAnswer) {
        let values: Vec<&str> = column_values(column)
            .iter()
            .copied()
            .filter(|v| *v != "NotSure")
            .collect();
        words.push(' ');
        words.push_str(&app.t_args("desk-problem-one-of", &[("values", &values.join(", "))]));
    }
    words
}

/// The answers a choice column takes, as the answers format names them.
fn column_values(column: Column) -> &'static [&'static str] {
    let field = match column {
        Column::AnotherLaw => Field::AnotherLaw,
        Column::Court => Field::Court,
        Column::Outcome => Field::Outcome,
        Column::Age => Field::Age,
        Column::Coerced => Field::Coerced,
        Column::Arranged => Field::Arranged,
        Column::OfficialDocuments => Field::Documents,
        _ => return &[],
    };
    field.values()
}
