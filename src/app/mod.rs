//! The window: a private walk through a person's charges, ending in results side by side ("Today" and
//! "If the bill passes"). The only module that imports egui.
//!
//! One `Screen` enum, one `*_ui` function per screen, buttons that return a `Command` applied after
//! drawing. Safety comes first in every frame: the quick exit (a button and Shift pressed three times),
//! start over, and clearing after a period without input. Nothing is written to disk: eframe's
//! persistence is off, and the window repaints only on input or a scheduled countdown.

pub mod progress;
mod results;
mod safety;
mod screens;
pub mod settings;
pub mod tasks;
pub mod theme;

use eframe::egui;
use jiff::civil::Date;

use crate::answers::{Answers, Charge};
use crate::help::HelpEntry;
use crate::i18n::Texts;
use crate::questionnaire::{Field, Questionnaire, Section};
use crate::rules::RuleBook;
pub use safety::{Idle, IdleTimer, QuickExitKeys};
pub use settings::{ClinicDefaults, Settings};

/// The steps shown in the step indicator, in order.
pub const STEPS: usize = 7;

/// The narrowest window, in points (text size included), that shows "Where to get help" beside the
/// results rather than below them.
const HELP_BESIDE_WIDTH: f32 = 640.0;

/// Where the person is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// A question of the early or record section.
    Question {
        section: Section,
        index: usize,
    },
    /// A question about one charge.
    ChargeQuestion {
        charge: usize,
        index: usize,
    },
    Charges,
    Review,
    Results,
    /// Explains the bill; `back` is where to return.
    AboutBill {
        back: Box<Screen>,
    },
    Settings {
        back: Box<Screen>,
    },
}

impl Screen {
    /// The step number (1 to `STEPS`) for the indicator.
    pub fn step(&self) -> usize {
        match self {
            Screen::Welcome => 1,
            Screen::Question {
                section: Section::Early,
                ..
            } => 2,
            Screen::ChargeQuestion { .. } => 3,
            Screen::Charges => 4,
            Screen::Question {
                section: Section::Record | Section::Charge,
                ..
            } => 5,
            Screen::Review => 6,
            Screen::Results => 7,
            Screen::AboutBill { back } | Screen::Settings { back } => back.step(),
        }
    }
}

/// What a button asks for, applied after the frame is drawn.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Go(Screen),
    Next,
    Back,
    AddCharge,
    EditCharge(usize),
    RemoveCharge(usize),
    AskStartOver,
    StartOver,
    CancelStartOver,
    QuickExit,
    SetLanguage(&'static str),
    /// Open the form to save progress or to open saved progress.
    Progress(progress::ProgressKind),
}

/// Text typed for a date question, kept so Back never loses it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateDraft {
    /// The choice made: `Date`, `Year`, `NoCustody` or `NotSure` (empty before any choice).
    pub mode: String,
    pub text: String,
}

/// Everything a person has told the app in this session.
#[derive(Debug, Default)]
pub struct Session {
    pub answers: Answers,
    /// Per charge, the date drafts by field; kept in step with `answers.charges`.
    pub charge_drafts: Vec<Vec<(Field, DateDraft)>>,
    pub record_drafts: Vec<(Field, DateDraft)>,
    /// Charges whose questions have all been seen at least once (to return to the list after editing).
    pub finished_charges: usize,
    /// A name typed for the printout only; empty means none is printed.
    pub summary_name: String,
    pub summary_appendix: bool,
    /// The appendix's language when it differs from the summary's.
    pub summary_appendix_language: Option<String>,
    pub summary_paper: crate::summary::Paper,
    /// What the last save or print did, in words.
    pub export_message: Option<String>,
    /// The save or open progress form, while it is open.
    pub progress: Option<progress::ProgressForm>,
    /// Work running off the window's thread (a dialog, saving, opening, printing), at most one at a
    /// time; dropped, with whatever it would give, when the session ends.
    pub task: Option<tasks::Task>,
}

/// A session's answers, the name typed for the printout and the dates being typed are zeroed in
/// memory when the session ends (quick exit, start over, clearing after a period without input).
impl Drop for Session {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.answers.zeroize();
        self.summary_name.zeroize();
        for (_, draft) in self
            .record_drafts
            .iter_mut()
            .chain(self.charge_drafts.iter_mut().flatten())
        {
            draft.text.zeroize();
        }
    }
}

impl Session {
    pub fn draft_mut(&mut self, charge: Option<usize>, field: Field) -> &mut DateDraft {
        let list = match charge {
            Some(i) => {
                while self.charge_drafts.len() <= i {
                    self.charge_drafts.push(Vec::new());
                }
                &mut self.charge_drafts[i]
            }
            None => &mut self.record_drafts,
        };
        let pos = match list.iter().position(|(f, _)| *f == field) {
            Some(p) => p,
            None => {
                list.push((field, DateDraft::default()));
                list.len() - 1
            }
        };
        &mut list[pos].1
    }

    pub fn draft(&self, charge: Option<usize>, field: Field) -> Option<&DateDraft> {
        let list = match charge {
            Some(i) => self.charge_drafts.get(i)?,
            None => &self.record_drafts,
        };
        list.iter().find(|(f, _)| *f == field).map(|(_, d)| d)
    }
}

/// Sends a summary to a printer (a trait so tests never print). It runs on a task's thread.
pub trait Printer: Send + Sync {
    fn print(&self, pdf: &[u8]) -> Result<(), crate::export::ExportError>;
}

impl Printer for crate::export::PrintService {
    fn print(&self, pdf: &[u8]) -> Result<(), crate::export::ExportError> {
        crate::export::print_pdf(self, pdf)
    }
}

/// A save dialog that is never shown: the person cancels at once (for apps built without a window).
pub struct NoSaveDialog;

impl crate::export::SaveDialog for NoSaveDialog {
    fn ask_save_path(&self, _suggested_name: &str) -> Option<std::path::PathBuf> {
        None
    }
}

impl crate::export::OpenDialog for NoSaveDialog {
    fn ask_open_path(&self, _extension: &str) -> Option<std::path::PathBuf> {
        None
    }
}

/// The app's state.
pub struct ClearPathApp {
    /// Asks where to save a summary or progress (on a task's thread).
    pub save_dialog: std::sync::Arc<dyn crate::export::SaveDialog>,
    /// Asks which saved progress file to open (on a task's thread).
    pub open_dialog: std::sync::Arc<dyn crate::export::OpenDialog>,
    /// The computer's print service, if it has one.
    pub printer: Option<std::sync::Arc<dyn Printer>>,
    /// The scrypt work factor progress files are saved at: `save::WORK_FACTOR`, lower only in tests.
    pub work_factor: u8,
    pub book: Result<RuleBook, String>,
    /// A clinic's override rules that could not be used (the built-in rules are used instead): which
    /// file, where and why.
    pub rules_warning: Option<String>,
    pub questions: Questionnaire,
    pub help: Result<Vec<HelpEntry>, String>,
    pub texts: Texts,
    /// Each language the program has, by code, with its name in that language ("Español"). Shared, so
    /// that a screen can walk it while changing the app.
    pub language_names: std::rc::Rc<[(&'static str, String)]>,
    pub settings: Settings,
    pub clinic_defaults: ClinicDefaults,
    pub today: Date,
    pub screen: Screen,
    pub session: Session,
    /// The start-over confirmation is showing.
    pub confirming_start_over: bool,
    /// The session was cleared after a period without input (shown once on the welcome screen).
    pub cleared_for_idle: bool,
    /// The quick exit has run: the window is blank and closing.
    pub exiting: bool,
    keys: QuickExitKeys,
    shift_down: bool,
    idle: Option<IdleTimer>,
    title: String,
    zoom: f32,
    /// The theme last given to egui (none before the first frame).
    applied_theme: Option<settings::Theme>,
}

impl ClearPathApp {
    /// A new app with these rules and settings, as of `today`.
    pub fn new(
        book: Result<RuleBook, String>,
        settings: Settings,
        clinic_defaults: ClinicDefaults,
        today: Date,
    ) -> ClearPathApp {
        let questions = Questionnaire::bundled().unwrap_or(Questionnaire {
            questions: Vec::new(),
        });
        let texts = load_texts(&settings.language);
        let book = match book {
            Ok(b) if b.language != texts.language() => {
                b.in_language(texts.language()).map_err(|e| e.to_string())
            }
            other => other,
        };
        ClearPathApp {
            save_dialog: std::sync::Arc::new(NoSaveDialog),
            open_dialog: std::sync::Arc::new(NoSaveDialog),
            printer: None,
            work_factor: crate::save::WORK_FACTOR,
            book,
            rules_warning: None,
            questions,
            help: crate::help::bundled(),
            texts,
            language_names: crate::i18n::languages()
                .into_iter()
                .map(|l| (l, load_texts(l).get("language-name")))
                .collect::<Vec<_>>()
                .into(),
            settings,
            clinic_defaults,
            today,
            screen: Screen::Welcome,
            session: Session::default(),
            confirming_start_over: false,
            cleared_for_idle: false,
            exiting: false,
            keys: QuickExitKeys::default(),
            shift_down: false,
            idle: None,
            title: String::new(),
            zoom: 0.0,
            applied_theme: None,
        }
    }

    /// A translated message.
    pub fn t(&self, id: &str) -> String {
        self.texts.get(id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.texts.get_args(id, args)
    }

    /// Change the language for the rest of the session; answers are untouched. The rules are loaded
    /// again with their words in that language; if they have none (a clinic's override without them),
    /// the words stay as they were and the rules error says why.
    pub fn set_language(&mut self, language: &str) {
        self.settings.language = language.to_string();
        self.texts = load_texts(language);
        if let Ok(book) = &self.book
            && book.language != self.texts.language()
        {
            match book.in_language(self.texts.language()) {
                Ok(b) => self.book = Ok(b),
                Err(e) => self.rules_warning = Some(e.to_string()),
            }
        }
    }

    /// Forget every answer (start over, idle clearing, quick exit).
    pub fn clear_session(&mut self) {
        self.session = Session::default();
        self.screen = Screen::Welcome;
        self.confirming_start_over = false;
    }

    /// Blank the window, forget every answer and close. Whatever task is running is abandoned with
    /// the session: a dialog still open closes with the program, and a result that comes after is
    /// dropped.
    pub fn quick_exit(&mut self, ctx: &egui::Context) {
        self.exiting = true;
        self.clear_session();
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        // A button's click is seen while the frame is drawn: throw that drawing away and draw the
        // blank window in the same frame, so nothing of the screen is painted again.
        ctx.request_discard("the quick exit blanks this frame");
    }

    /// Whether a task (a dialog, saving, opening, printing) is running.
    pub fn busy(&self) -> bool {
        self.session.task.is_some()
    }

    /// Start `work` off the window's thread, unless a task is already running.
    pub fn start_task(
        &mut self,
        kind: tasks::TaskKind,
        ctx: &egui::Context,
        work: impl FnOnce() -> tasks::TaskResult + Send + 'static,
    ) {
        if self.session.task.is_none() {
            self.session.task = Some(tasks::Task::spawn(kind, ctx, work));
        }
    }

    /// Take the running task's result if it has come, and show what it did.
    fn finish_task(&mut self) {
        let Some(result) = self.session.task.as_ref().and_then(tasks::Task::poll) else {
            return;
        };
        self.session.task = None;
        match result {
            tasks::TaskResult::ProgressSaved(r) => progress::progress_saved(self, r),
            tasks::TaskResult::ProgressOpened(r) => progress::progress_opened(self, r),
            tasks::TaskResult::SummarySaved(r) => results::summary_saved(self, r),
            tasks::TaskResult::SummaryPrinted(r) => results::summary_printed(self, r),
            tasks::TaskResult::Lost => {
                let message = self.t("task-lost");
                match self.session.progress.as_mut() {
                    Some(form) => form.error = Some(message),
                    None => self.session.export_message = Some(message),
                }
            }
        }
    }

    /// Draw one frame: safety checks first, then the screen, then the commands its buttons gave.
    pub fn main_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.exiting {
            blank_ui(ui);
            return;
        }
        if self.watch_keys(&ctx) {
            self.quick_exit(&ctx);
            blank_ui(ui);
            return;
        }
        self.apply_view_settings(&ctx);
        self.finish_task();
        let idle = self.watch_idle(&ctx);
        if idle == Idle::Expired {
            self.clear_session();
            self.cleared_for_idle = true;
        }

        let mut commands = Vec::new();
        egui::Panel::top("safety_bar").show(ui, |ui| {
            commands.extend(self.top_bar_ui(ui));
            if let Some(task) = &self.session.task {
                // What is happening, never which file.
                ui.label(egui::RichText::new(self.t(task.kind.message_id())).strong());
            }
            if self.screen != Screen::Results
                && let Some(message) = &self.session.export_message
            {
                ui.label(egui::RichText::new(message).strong());
            }
            if let Idle::Warning { seconds_left } = idle {
                let seconds = format!("{}", seconds_left.ceil() as u64);
                ui.label(
                    egui::RichText::new(self.t_args("idle-warning", &[("seconds", &seconds)]))
                        .strong(),
                );
            }
        });
        // "Where to get help" goes beside the results when there is room (large text in a small
        // window leaves none), else below them.
        let help_beside = ctx.content_rect().width() >= HELP_BESIDE_WIDTH;
        if self.screen == Screen::Results && help_beside {
            egui::Panel::right("help_panel")
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| results::help_ui(self, ui));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if self.session.progress.is_some() {
                        progress::progress_ui(self, ui);
                    } else {
                        commands.extend(self.screen_ui(ui));
                    }
                    if self.screen == Screen::Results
                        && !help_beside
                        && self.session.progress.is_none()
                    {
                        ui.add_space(12.0);
                        ui.separator();
                        results::help_ui(self, ui);
                    }
                    theme::scroll_to_focus(ui);
                });
        });
        if self.confirming_start_over {
            commands.extend(self.start_over_ui(&ctx));
        }
        theme::paint_focus(&ctx);
        let shown = self.screen.clone();
        for command in commands {
            self.run(command, &ctx);
        }
        if self.screen != shown {
            // A new page: the keyboard starts again from the top, as on a new page in a browser (a
            // control in the same place on the new page must not inherit the focus and a second press).
            theme::clear_focus(&ctx);
        }
    }

    fn screen_ui(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        match self.screen.clone() {
            Screen::Welcome => screens::welcome_ui(self, ui),
            Screen::Question { section, index } => {
                screens::question_ui(self, ui, section, None, index)
            }
            Screen::ChargeQuestion { charge, index } => {
                screens::question_ui(self, ui, Section::Charge, Some(charge), index)
            }
            Screen::Charges => screens::charges_ui(self, ui),
            Screen::Review => screens::review_ui(self, ui),
            Screen::Results => results::results_ui(self, ui),
            Screen::AboutBill { back } => results::about_bill_ui(self, ui, *back),
            Screen::Settings { back } => screens::settings_ui(self, ui, *back),
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal_wrapped(|ui| {
            let exit = egui::Button::new(egui::RichText::new(self.t("exit-now")).strong());
            if ui
                .add(exit)
                .on_hover_text(self.t("exit-now-help"))
                .clicked()
            {
                commands.push(Command::QuickExit);
            }
            if ui.button(self.t("start-over")).clicked() {
                commands.push(Command::AskStartOver);
            }
            if self.screen != Screen::Welcome && ui.button(self.t("progress-save")).clicked() {
                commands.push(Command::Progress(progress::ProgressKind::Save));
            }
            if !matches!(self.screen, Screen::Settings { .. })
                && ui.button(self.t("settings")).clicked()
            {
                commands.push(Command::Go(Screen::Settings {
                    back: Box::new(self.screen.clone()),
                }));
            }
            // Every other language, named in itself, one click away on every screen.
            for (language, name) in self.language_names.iter() {
                if *language != self.texts.language() && ui.button(name).clicked() {
                    commands.push(Command::SetLanguage(language));
                }
            }
            ui.separator();
            let step = self.screen.step().to_string();
            ui.label(self.t_args("step-of", &[("step", &step), ("total", &STEPS.to_string())]));
        });
        commands
    }

    fn start_over_ui(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::Modal::new(egui::Id::unique("start_over_confirm")).show(ctx, |ui| {
            ui.heading(self.t("start-over-title"));
            ui.label(self.t("start-over-text"));
            ui.horizontal(|ui| {
                if ui.button(self.t("start-over-yes")).clicked() {
                    commands.push(Command::StartOver);
                }
                if ui.button(self.t("start-over-no")).clicked() {
                    commands.push(Command::CancelStartOver);
                }
            });
        });
        commands
    }

    /// Watch for the quick-exit keys; true when the pattern completes. egui reports Shift as a key of
    /// its own; where a platform reports only a change of modifiers, Shift going down counts instead.
    fn watch_keys(&mut self, ctx: &egui::Context) -> bool {
        let mut triggered = false;
        ctx.input(|i| {
            let shift_keys = i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key {
                        key: egui::Key::ShiftLeft | egui::Key::ShiftRight,
                        ..
                    }
                )
            });
            for event in &i.events {
                match event {
                    egui::Event::Key {
                        key: egui::Key::ShiftLeft | egui::Key::ShiftRight,
                        pressed: true,
                        repeat: false,
                        ..
                    } => triggered |= self.keys.shift_pressed(i.time),
                    egui::Event::Key {
                        key: egui::Key::ShiftLeft | egui::Key::ShiftRight,
                        ..
                    } => {}
                    egui::Event::Key { pressed: true, .. } | egui::Event::Text(_) => {
                        self.keys.other_key()
                    }
                    egui::Event::ModifiersChanged(m) => {
                        if m.shift && !self.shift_down && !shift_keys {
                            triggered |= self.keys.shift_pressed(i.time);
                        }
                        self.shift_down = m.shift;
                    }
                    _ => {}
                }
            }
        });
        triggered
    }

    fn watch_idle(&mut self, ctx: &egui::Context) -> Idle {
        let (now, active) = ctx.input(|i| {
            let active = i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { .. }
                        | egui::Event::Text(_)
                        | egui::Event::PointerButton { .. }
                        | egui::Event::PointerMoved(_)
                        | egui::Event::MouseWheel { .. }
                        | egui::Event::Touch { .. }
                )
            });
            (i.time, active)
        });
        let minutes = self.settings.idle_minutes;
        let timer = match &mut self.idle {
            Some(t) if t.minutes == minutes => t,
            slot => slot.insert(IdleTimer::new(minutes, now)),
        };
        if active {
            timer.input(now);
        }
        let state = timer.state(now);
        match state {
            // Wake up once, when the countdown should start; nothing is painted before then.
            Idle::Active { next_check_in } => {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                    next_check_in.max(0.1),
                ));
            }
            Idle::Warning { .. } => ctx.request_repaint_after(std::time::Duration::from_secs(1)),
            Idle::Expired => timer.input(now),
        }
        state
    }

    /// The window title: neutral in discreet mode.
    pub fn window_title(&self) -> String {
        if self.settings.discreet {
            self.t("window-title-discreet")
        } else {
            self.t("window-title")
        }
    }

    fn apply_view_settings(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.applied_theme != Some(self.settings.theme) {
            // Light or dark follows the computer unless the person or the clinic chose otherwise.
            theme::apply(ctx, self.settings.theme);
            self.applied_theme = Some(self.settings.theme);
        }
        if (self.zoom - self.settings.text_scale).abs() > f32::EPSILON {
            ctx.set_zoom_factor(self.settings.text_scale);
            self.zoom = self.settings.text_scale;
        }
    }

    /// Apply a command from a button.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Go(screen) => {
                if screen != Screen::Welcome {
                    self.cleared_for_idle = false;
                }
                self.screen = screen;
            }
            Command::Next => self.screen = screens::next(self),
            Command::Back => self.screen = screens::back(self),
            Command::AddCharge => {
                self.session.answers.charges.push(Charge::default());
                self.session.charge_drafts.push(Vec::new());
                let charge = self.session.answers.charges.len() - 1;
                self.screen = screens::first_charge_question(self, charge);
            }
            Command::EditCharge(charge) => {
                self.screen = screens::first_charge_question(self, charge)
            }
            Command::RemoveCharge(i) => {
                if i < self.session.answers.charges.len() {
                    self.session.answers.charges.remove(i);
                    if i < self.session.charge_drafts.len() {
                        self.session.charge_drafts.remove(i);
                    }
                    self.session.finished_charges = self.session.finished_charges.saturating_sub(1);
                }
            }
            Command::AskStartOver => self.confirming_start_over = true,
            Command::CancelStartOver => self.confirming_start_over = false,
            Command::StartOver => self.clear_session(),
            Command::QuickExit => self.quick_exit(ctx),
            Command::SetLanguage(language) => self.set_language(language),
            Command::Progress(kind) => {
                self.session.progress = Some(progress::ProgressForm::new(kind));
            }
        }
    }

    /// The questions of a section that are shown, given the answers so far.
    pub fn shown_questions(&self, section: Section, charge: Option<usize>) -> Vec<usize> {
        let c = charge.and_then(|i| self.session.answers.charges.get(i));
        self.questions
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.section == section && q.shown(&self.session.answers, c))
            .map(|(i, _)| i)
            .collect()
    }
}

/// The rules for the window: the clinic's override folder if it has one and it loads; if it does not
/// load, the built-in rules and the reason the override was not used.
pub fn load_rules(language: &str) -> (Result<RuleBook, String>, Option<String>) {
    match RuleBook::locate_in(None, language) {
        Ok(book) => (Ok(book), None),
        Err(e) if crate::rules::load::configured_override_dir().is_some() => (
            RuleBook::bundled_in(language).map_err(|e| e.to_string()),
            Some(e.to_string()),
        ),
        Err(e) => (Err(e.to_string()), None),
    }
}

/// The texts of a language; message ids if its files are broken (a test keeps them whole).
fn load_texts(language: &str) -> Texts {
    Texts::new(language).unwrap_or_else(|_| Texts::empty(language))
}

fn blank_ui(ui: &mut egui::Ui) {
    let rect = ui.max_rect();
    ui.painter().rect_filled(rect, 0.0, egui::Color32::BLACK);
}

impl eframe::App for ClearPathApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        #[cfg(feature = "probe")]
        crate::frame_probe::on_frame();
        self.main_ui(ui);
    }
}

/// Open the window and run until it closes.
pub fn run() -> Result<(), String> {
    let (settings, clinic_defaults) = Settings::load(settings::config_path().as_deref());
    let (book, rules_warning) = load_rules(&settings.language);
    let today = crate::calendar::local_today();
    let title = load_texts(&settings.language).get(if settings.discreet {
        "window-title-discreet"
    } else {
        "window-title"
    });
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([900.0, 680.0])
            .with_min_inner_size([480.0, 360.0]),
        ..Default::default()
    };
    eframe::run_native(
        "ClearPath",
        options,
        Box::new(move |_cc| {
            let mut app = ClearPathApp::new(book, settings, clinic_defaults, today);
            app.rules_warning = rules_warning;
            app.save_dialog = std::sync::Arc::new(crate::export::RfdSaveDialog::new(
                app.t("save-dialog-title"),
            ));
            app.open_dialog = std::sync::Arc::new(crate::export::RfdSaveDialog::new(
                app.t("open-dialog-title"),
            ));
            app.printer = crate::export::print_service()
                .map(|s| std::sync::Arc::new(s) as std::sync::Arc<dyn Printer>);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("the window could not open: {e}"))
}
