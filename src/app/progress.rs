//! Save progress and open saved progress: one file the person names and places, locked with a
//! passphrase they choose (the age format, see `crate::save`). The passphrase lives only in the open
//! form, in memory that is zeroed when the form closes or the session ends; it is never stored.

use eframe::egui;
use zeroize::Zeroizing;

use super::tasks::{TaskKind, TaskResult};
use super::{ClearPathApp, Screen, Session, design};
use crate::save::{self, SecretString};
use crate::source::SourceText;

/// Which way the form works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressKind {
    Save,
    Open,
}

/// The open save or open form.
#[derive(Clone, Debug)]
pub struct ProgressForm {
    pub kind: ProgressKind,
    pub passphrase: Zeroizing<String>,
    /// The passphrase typed again (saving only).
    pub confirm: Zeroizing<String>,
    /// What went wrong the last time, in words.
    pub error: Option<String>,
}

impl ProgressForm {
    pub fn new(kind: ProgressKind) -> ProgressForm {
        ProgressForm {
            kind,
            passphrase: Zeroizing::new(String::new()),
            confirm: Zeroizing::new(String::new()),
            error: None,
        }
    }
}

/// What a button of the form asks for.
enum Action {
    Go,
    Cancel,
}

/// Draw the form in place of the screen (inside the window's scrolling area, so it stays reachable
/// at any text size).
pub fn progress_ui(app: &mut ClearPathApp, ui: &mut egui::Ui) {
    let Some(kind) = app.session.progress.as_ref().map(|f| f.kind) else {
        return;
    };
    let (title, text, go) = match kind {
        ProgressKind::Save => (
            "progress-save-title",
            "progress-save-text",
            "progress-choose-file-save",
        ),
        ProgressKind::Open => (
            "progress-open-title",
            "progress-open-text",
            "progress-choose-file-open",
        ),
    };
    let mut action = None;
    let ctx = ui.ctx().clone();
    let busy = app.busy();
    let texts = &app.texts;
    let Some(form) = app.session.progress.as_mut() else {
        return;
    };
    design::heading(ui, texts.get(title));
    ui.label(texts.get(text));
    ui.add_space(design::space::S);
    let label = ui.label(texts.get("progress-passphrase"));
    let field = ui
        .add(egui::TextEdit::singleline(&mut *form.passphrase).password(true))
        .labelled_by(label.id);
    if form.error.is_none() && form.passphrase.is_empty() && !field.has_focus() {
        field.request_focus();
    }
    let mut submitted = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if kind == ProgressKind::Save {
        let label = ui.label(texts.get("progress-confirm"));
        let confirm = ui
            .add(egui::TextEdit::singleline(&mut *form.confirm).password(true))
            .labelled_by(label.id);
        submitted = confirm.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    }
    if let Some(error) = &form.error {
        design::status(ui, error.as_str());
    }
    ui.add_space(design::space::M);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = design::space::M;
        // One task at a time: while the dialog or the encryption runs, the button waits.
        let go = design::primary_button_enabled(ui, !busy, texts.get(go));
        if go.clicked() || (submitted && !busy) {
            action = Some(Action::Go);
        }
        // The dialog has its own Cancel; the form's waits for the task, so a save is never left
        // half-reported. The exit works at every moment.
        if design::secondary_button_enabled(ui, !busy, texts.get("progress-cancel")).clicked() {
            action = Some(Action::Cancel);
        }
    });
    match action {
        Some(Action::Go) => match kind {
            ProgressKind::Save => save_progress(app, &ctx),
            ProgressKind::Open => open_progress(app, &ctx),
        },
        Some(Action::Cancel) => app.session.progress = None,
        None => {}
    }
}

/// Check the passphrase, then ask where to save and save, off the window's thread (the dialog and
/// scrypt take their time); the form closes when the file is written.
pub fn save_progress(app: &mut ClearPathApp, ctx: &egui::Context) {
    let texts = &app.texts;
    let Some(form) = app.session.progress.as_mut() else {
        return;
    };
    if form.passphrase.is_empty() {
        form.error = Some(texts.get("save-error-empty-passphrase"));
        return;
    }
    if *form.passphrase != *form.confirm {
        form.error = Some(texts.get("progress-mismatch"));
        return;
    }
    form.error = None;
    let passphrase = SecretString::from(form.passphrase.as_str().to_owned());
    let answers = Zeroizing::new(app.session.answers.clone());
    let dialog = std::sync::Arc::clone(&app.save_dialog);
    let work_factor = app.work_factor;
    app.start_task(TaskKind::SaveProgress, ctx, move |cancel| {
        let Some(path) = dialog.ask_save_path(&save::suggested_progress_file_name()) else {
            return TaskResult::ProgressSaved(Ok(None));
        };
        if cancel.is_cancelled() {
            return TaskResult::Lost;
        }
        let sealed = match save::seal_with(&answers, &passphrase, work_factor) {
            Ok(sealed) => sealed,
            Err(e) => return TaskResult::ProgressSaved(Err(e)),
        };
        // The exit may have come while the key was derived: then nothing is written.
        if cancel.is_cancelled() {
            return TaskResult::Lost;
        }
        TaskResult::ProgressSaved(save::write_sealed(&path, &sealed).map(|()| Some(path)))
    });
}

/// What saving did: the form closes and says where, or shows why not.
pub fn progress_saved(
    app: &mut ClearPathApp,
    saved: Result<Option<std::path::PathBuf>, save::SaveError>,
) {
    let texts = &app.texts;
    let Some(form) = app.session.progress.as_mut() else {
        return;
    };
    match saved {
        Ok(Some(path)) => {
            app.session.progress = None;
            app.session.export_message =
                Some(texts.get_args("progress-saved", &[("path", &path.display().to_string())]));
        }
        Ok(None) => form.error = Some(texts.get("progress-not-saved")),
        Err(e) => form.error = Some(texts.get(e.message_id())),
    }
}

/// Ask which file to open and open it with the passphrase typed, off the window's thread.
pub fn open_progress(app: &mut ClearPathApp, ctx: &egui::Context) {
    let texts = &app.texts;
    let Some(form) = app.session.progress.as_mut() else {
        return;
    };
    if form.passphrase.is_empty() {
        form.error = Some(texts.get("save-error-empty-passphrase"));
        return;
    }
    form.error = None;
    let passphrase = SecretString::from(form.passphrase.as_str().to_owned());
    let dialog = std::sync::Arc::clone(&app.open_dialog);
    app.start_task(TaskKind::OpenProgress, ctx, move |cancel| {
        let Some(path) = dialog.ask_open_path("age") else {
            return TaskResult::ProgressOpened(Ok(None));
        };
        if cancel.is_cancelled() {
            return TaskResult::Lost;
        }
        let opened = save::open_from(&path, &passphrase).map(|a| Some(Zeroizing::new(a)));
        TaskResult::ProgressOpened(opened)
    });
}

/// What opening gave: on success the saved answers replace the session's and the review screen shows
/// them.
pub fn progress_opened(
    app: &mut ClearPathApp,
    opened: Result<Option<Zeroizing<crate::answers::Answers>>, save::SaveError>,
) {
    let texts = &app.texts;
    let Some(form) = app.session.progress.as_mut() else {
        return;
    };
    let mut answers = match opened {
        Ok(Some(answers)) => answers,
        Ok(None) => {
            form.error = Some(texts.get("progress-not-opened"));
            return;
        }
        Err(e) => {
            form.error = Some(texts.get(e.message_id()));
            return;
        }
    };
    if !fits_the_rules(app, &answers) {
        if let Some(form) = app.session.progress.as_mut() {
            form.error = Some(app.texts.get("progress-does-not-fit"));
        }
        return;
    }
    let mut session = Session::default();
    session.finished_charges = answers.charges.len();
    // The opened copy is zeroed when it goes; the session holds the answers from here.
    session.answers = std::mem::take(&mut *answers);
    session.export_message = Some(app.texts.get("progress-opened"));
    app.session = session;
    app.views = super::Views::default();
    app.screen = Screen::Review;
}

/// The answers name only offenses the rules in use know, and no dates after today.
fn fits_the_rules(app: &ClearPathApp, answers: &crate::answers::Answers) -> bool {
    let Ok(book) = &app.book else {
        return false;
    };
    let Ok(text) = ron::to_string(answers).map(Zeroizing::new) else {
        return false;
    };
    let source = SourceText::new("progress", text.as_str());
    book.validate_answers(answers, &source, app.today).is_ok()
}
