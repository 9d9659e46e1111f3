//! The window: a private walk through a person's charges, ending in results side by side ("Today" and
//! "If the bill passes"). The only module that imports egui.
//!
//! Each screen is a struct that owns its state and draws itself (`screens`); where Next and Back lead
//! is `questionnaire::walk`. Buttons return a `Command`, applied after drawing. Safety comes first in
//! every frame: the quick exit (a button and Shift pressed three times), start over, and clearing
//! after a period without input. Work that takes time (file dialogs, encryption, printing) runs off
//! the window's thread (`tasks`), so the exit works at every moment. Nothing is written to disk:
//! eframe's persistence is off, and the window repaints only on input or a scheduled countdown.

pub mod design;
#[cfg(feature = "probe")]
mod probe_start;
pub mod progress;
mod safety;
pub mod screens;
pub mod session;
pub mod settings;
pub mod tasks;
pub mod theme;
mod watch;

use eframe::egui;
use jiff::civil::Date;

use crate::answers::Charge;
use crate::help::HelpEntry;
use crate::i18n::Texts;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::walk::Walk;
use crate::rules::RuleBook;
pub use safety::{Idle, IdleTimer, QuickExitKeys};
pub use screens::{Command, STEPS, Screen, Views};
pub use session::Session;
pub use settings::{ClinicDefaults, Settings};

/// The narrowest window, in points (text size included), that shows "Where to get help" beside the
/// results rather than below them.
const HELP_BESIDE_WIDTH: f32 = 640.0;

/// Below this window width (in points) the top bar shows the exit and a menu for the other actions.
const NARROW_BAR_WIDTH: f32 = 600.0;

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
    /// Every screen's own state (it goes with the session).
    pub views: Views,
    /// The start-over confirmation is showing.
    pub confirming_start_over: bool,
    /// The session was cleared after a period without input (shown once on the welcome screen).
    pub cleared_for_idle: bool,
    /// The quick exit has run: the window is blank and closing.
    pub exiting: bool,
    /// The threads of tasks abandoned when a session ended, still finishing their current step.
    pub abandoned: Vec<std::thread::JoinHandle<()>>,
    /// The quick exit's keys and the inactivity timer, read from each frame's input.
    watch: watch::Watch,
    title: String,
    /// In a narrow window, whether the top bar's menu (every action but the exit) is open.
    menu_open: bool,
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
        let (texts, words_warning) = load_texts(&settings.language, book.as_ref().ok());
        ClearPathApp {
            save_dialog: std::sync::Arc::new(NoSaveDialog),
            open_dialog: std::sync::Arc::new(NoSaveDialog),
            printer: None,
            work_factor: crate::save::WORK_FACTOR,
            book,
            rules_warning: words_warning,
            questions,
            help: crate::help::bundled(),
            texts,
            language_names: crate::i18n::languages()
                .into_iter()
                .map(|l| (l, program_texts(l).get("language-name")))
                .collect::<Vec<_>>()
                .into(),
            settings,
            clinic_defaults,
            today,
            screen: Screen::Welcome,
            session: Session::default(),
            views: Views::default(),
            confirming_start_over: false,
            cleared_for_idle: false,
            exiting: false,
            abandoned: Vec::new(),
            watch: watch::Watch::default(),
            title: String::new(),
            menu_open: false,
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

    /// Change the language for the rest of the session; answers are untouched and the rules are not
    /// loaded again: only the words change. If the rules have no complete words in that language (a
    /// clinic's override without them), their words show in the default language and the rules
    /// warning says why.
    pub fn set_language(&mut self, language: &str) {
        self.settings.language = language.to_string();
        let (texts, warning) = load_texts(language, self.book.as_ref().ok());
        self.texts = texts;
        if warning.is_some() {
            self.rules_warning = warning;
        }
    }

    /// Forget every answer (start over, idle clearing, quick exit).
    pub fn clear_session(&mut self) {
        // A running task is told to stop before it leaves a trace; its thread is kept only so tests
        // can wait for it (the program never does: it ends with the process).
        self.abandoned.retain(|t| !t.is_finished());
        if let Some(thread) = self.session.task.take().and_then(tasks::Task::abandon) {
            self.abandoned.push(thread);
        }
        self.session = Session::default();
        self.views = Views::default();
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
        work: impl FnOnce(&tasks::Cancel) -> tasks::TaskResult + Send + 'static,
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
            tasks::TaskResult::SummarySaved(r) => screens::results::summary_saved(self, r),
            tasks::TaskResult::SummaryPrinted(r) => screens::results::summary_printed(self, r),
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
        if self.watch.exit_keys(&ctx) {
            self.quick_exit(&ctx);
            blank_ui(ui);
            return;
        }
        self.apply_view_settings(&ctx);
        // The window's name for screen readers: its title.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(self.title.clone());
        });
        self.finish_task();
        let idle = self.watch.idle(&ctx, self.settings.idle_minutes);
        if idle == Idle::Expired {
            self.clear_session();
            self.cleared_for_idle = true;
        }

        let mut commands = Vec::new();
        let palette = design::Palette::of(&ctx.global_style().visuals);
        let narrow = ctx.content_rect().width() < NARROW_BAR_WIDTH;
        let side = if narrow {
            design::space::S
        } else {
            design::space::M
        };
        let bar = egui::Frame::new()
            .fill(palette.bar)
            .inner_margin(egui::Margin::symmetric(side as i8, design::space::S as i8));
        egui::Panel::top("safety_bar").frame(bar).show(ui, |ui| {
            commands.extend(self.top_bar_ui(ui, narrow));
            if let Some(task) = &self.session.task {
                // What is happening, never which file.
                design::status(ui, self.t(task.kind.message_id()));
            }
            if self.screen != Screen::Results
                && let Some(message) = &self.session.export_message
            {
                design::status(ui, message.as_str());
            }
            if let Idle::Warning { seconds_left } = idle {
                // In steps of ten seconds: the words are announced to a screen reader each time
                // they change, and once a second for a minute would drown out everything else.
                let seconds = format!("{}", ((seconds_left / 10.0).ceil() as u64).max(1) * 10);
                design::status(ui, self.t_args("idle-warning", &[("seconds", &seconds)]));
            }
        });
        // "Where to get help" goes beside the results when there is room (large text in a small
        // window leaves none), else below them.
        let help_beside = ctx.content_rect().width() >= HELP_BESIDE_WIDTH;
        if self.screen == Screen::Results && help_beside {
            egui::Panel::right("help_panel")
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| screens::results::help_ui(self, ui));
        }
        // The screen in a centred reading column; the results, which hold a table, a wider one.
        let width = match self.screen {
            Screen::Results => design::WIDE_WIDTH,
            // The desk's table takes the whole window.
            Screen::Desk => f32::INFINITY,
            _ => design::READING_WIDTH,
        };
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    design::column(ui, width, |ui| {
                        ui.add_space(design::space::M);
                        // Where the person is, in words, above the page's heading.
                        let step = self.screen.step();
                        if step > 0 {
                            design::secondary(
                                ui,
                                self.t_args(
                                    "step-of",
                                    &[("step", &step.to_string()), ("total", &STEPS.to_string())],
                                ),
                            );
                        }
                        if self.session.progress.is_some() {
                            progress::progress_ui(self, ui);
                        } else {
                            commands.extend(Views::ui(self, ui));
                        }
                        if self.screen == Screen::Results
                            && !help_beside
                            && self.session.progress.is_none()
                        {
                            ui.add_space(design::space::L);
                            screens::results::help_ui(self, ui);
                        }
                        ui.add_space(design::space::XL);
                    });
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

    fn top_bar_ui(&mut self, ui: &mut egui::Ui, narrow: bool) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.spacing_mut().item_spacing.y = design::space::XS;
        if narrow {
            // Too narrow for every action in a row or two (large text in a small window): the exit
            // first, then a menu that opens the other actions below it; buttons a little tighter.
            ui.spacing_mut().button_padding.x = design::space::S;
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = design::space::S;
                if design::exit_button(ui, self.t("exit-now"))
                    .on_hover_text(self.t("exit-now-help"))
                    .clicked()
                {
                    commands.push(Command::QuickExit);
                }
                // Named "Menu" open or closed; whether it is open is its expanded state.
                let response = design::secondary_button(ui, self.t("menu"));
                ui.ctx().accesskit_node_builder(response.id, |node| {
                    node.set_expanded(self.menu_open);
                });
                if response.clicked() {
                    self.menu_open = !self.menu_open;
                }
            });
            if self.menu_open {
                ui.horizontal_wrapped(|ui| {
                    self.bar_actions_ui(ui, &mut commands);
                });
                if !commands.is_empty() {
                    self.menu_open = false;
                }
            }
            return commands;
        }
        // The exit first (first for the keyboard too), always at the top right; the rest to its left,
        // wrapping onto more rows when the text is large. Each is placed in its own rectangle.
        let full = ui.available_rect_before_wrap();
        let exit_width = design::exit_button_width(ui, &self.t("exit-now"));
        let exit_rect = egui::Rect::from_min_size(
            egui::pos2(full.right() - exit_width, full.top()),
            egui::vec2(exit_width, design::TARGET),
        );
        let exit = ui
            .scope_builder(egui::UiBuilder::new().max_rect(exit_rect), |ui| {
                design::exit_button(ui, self.t("exit-now"))
            })
            .inner;
        if exit.on_hover_text(self.t("exit-now-help")).clicked() {
            commands.push(Command::QuickExit);
        }
        let rest = egui::Rect::from_min_max(
            full.min,
            egui::pos2(exit_rect.left() - design::space::M, full.bottom()),
        );
        let layout = egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true);
        ui.scope_builder(egui::UiBuilder::new().max_rect(rest).layout(layout), |ui| {
            self.bar_actions_ui(ui, &mut commands);
        });
        commands
    }

    /// The top bar's actions besides the exit.
    fn bar_actions_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.spacing_mut().item_spacing.x = design::space::XS;
        if design::secondary_button(ui, self.t("start-over")).clicked() {
            commands.push(Command::AskStartOver);
        }
        if self.screen != Screen::Welcome
            && design::secondary_button(ui, self.t("progress-save")).clicked()
        {
            commands.push(Command::Progress(progress::ProgressKind::Save));
        }
        if !matches!(self.screen, Screen::Settings { .. })
            && design::secondary_button(ui, self.t("settings")).clicked()
        {
            commands.push(Command::Go(Screen::Settings {
                back: Box::new(self.screen.clone()),
            }));
        }
        // Every other language, named in itself, one click away on every screen.
        for (language, name) in self.language_names.iter() {
            if *language != self.texts.language()
                && design::secondary_button(ui, name.as_str()).clicked()
            {
                commands.push(Command::SetLanguage(language));
            }
        }
    }

    fn start_over_ui(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::Modal::new(egui::Id::unique("start_over_confirm")).show(ctx, |ui| {
            // No wider than the window leaves room for, nor than a reading column.
            let width = (ctx.content_rect().width() - 2.0 * design::space::XL)
                .clamp(120.0, design::READING_WIDTH);
            ui.set_max_width(width);
            design::heading(ui, self.t("start-over-title"));
            ui.label(self.t("start-over-text"));
            ui.add_space(design::space::S);
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = design::space::M;
                if design::primary_button(ui, self.t("start-over-yes")).clicked() {
                    commands.push(Command::StartOver);
                }
                if design::secondary_button(ui, self.t("start-over-no")).clicked() {
                    commands.push(Command::CancelStartOver);
                }
            });
        });
        commands
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
        if self.applied_theme.is_none() {
            // The design system's faces, once (egui loads a face's glyphs as they are first drawn).
            ctx.set_fonts(design::fonts());
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
                match screen {
                    Screen::Desk => self.session.at_desk = true,
                    Screen::Charges | Screen::Question { .. } | Screen::ChargeQuestion { .. } => {
                        self.session.at_desk = false
                    }
                    _ => {}
                }
                self.screen = screen;
            }
            Command::Next => {
                let m = self.walk().next(&self.screen);
                if m.add_first_charge {
                    self.session.answers.charges.push(Charge::default());
                }
                if let Some(charge) = m.finished_charge {
                    self.session.finished_charges = self.session.finished_charges.max(charge + 1);
                }
                self.screen = m.to;
            }
            Command::Back => {
                self.screen = match self.screen {
                    Screen::Results if self.session.at_desk => Screen::Desk,
                    Screen::Desk => Screen::Welcome,
                    _ => self.walk().back(&self.screen),
                }
            }
            Command::AddCharge => {
                self.session.answers.charges.push(Charge::default());
                let charge = self.session.answers.charges.len() - 1;
                self.screen = self.walk().first_charge_question(charge);
            }
            Command::AddSimilarCharge => {
                if let Some(last) = self.session.answers.charges.last().cloned() {
                    self.session.answers.charges.push(last);
                    let charge = self.session.answers.charges.len() - 1;
                    self.screen = self.walk().first_charge_question(charge);
                }
            }
            Command::EditCharge(charge) => self.screen = self.walk().first_charge_question(charge),
            Command::RemoveCharge(i) => {
                if i < self.session.answers.charges.len() {
                    self.session.answers.charges.remove(i);
                    self.views.question.remove_charge(i);
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

    /// Where Next and Back lead from here, given the answers so far.
    pub fn walk(&self) -> Walk<'_> {
        Walk {
            questions: &self.questions,
            answers: &self.session.answers,
            finished_charges: self.session.finished_charges,
        }
    }
}

/// The rules for the window: the clinic's override folder if it has one and it loads; if it does not
/// load, the built-in rules and the reason the override was not used.
pub fn load_rules() -> (Result<RuleBook, String>, Option<String>) {
    match RuleBook::locate(None) {
        Ok(book) => (Ok(book), None),
        Err(e) if crate::rules::files::configured_override_dir().is_some() => (
            RuleBook::bundled().map_err(|e| e.to_string()),
            Some(e.to_string()),
        ),
        Err(e) => (Err(e.to_string()), None),
    }
}

/// The program's words in a language; message ids if its files are broken (a test keeps them whole).
fn program_texts(language: &str) -> Texts {
    Texts::new(language).unwrap_or_else(|_| Texts::empty(language))
}

/// The program's words and the rules' in a language. Rules without complete words in it (a clinic's
/// override without them) give their words in the default language, and the reason.
fn load_texts(language: &str, book: Option<&RuleBook>) -> (Texts, Option<String>) {
    let Some(book) = book else {
        return (program_texts(language), None);
    };
    match program_texts(language).with_rules(book) {
        Ok(texts) => (texts, None),
        Err(e) => {
            let texts = program_texts(language)
                .with_rules_of(book, crate::i18n::DEFAULT_LANGUAGE)
                .unwrap_or_else(|_| program_texts(language));
            (texts, Some(e.to_string()))
        }
    }
}

fn blank_ui(ui: &mut egui::Ui) {
    let rect = ui.max_rect();
    ui.painter().rect_filled(rect, 0.0, egui::Color32::BLACK);
}

impl eframe::App for ClearPathApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        #[cfg(feature = "probe")]
        if crate::frame_probe::on_frame(crate::frame_probe::FrameInfo {
            frame_nr: ui.ctx().cumulative_frame_nr(),
            cpu_usage: _frame.info().cpu_usage,
            screenings: self.views.results.screenings + self.views.desk.results.screenings,
        }) {
            ui.ctx().request_repaint();
        }
        self.main_ui(ui);
    }
}

/// Open the window and run until it closes.
pub fn run() -> Result<(), String> {
    let (settings, clinic_defaults) = Settings::load(settings::config_path().as_deref());
    let (book, rules_warning) = load_rules();
    let today = crate::calendar::local_today();
    let title = program_texts(&settings.language).get(if settings.discreet {
        "window-title-discreet"
    } else {
        "window-title"
    });
    #[cfg(feature = "probe")]
    let size = probe_start::window_size().unwrap_or([900.0, 680.0]);
    #[cfg(not(feature = "probe"))]
    let size = [900.0, 680.0];
    #[cfg_attr(not(feature = "probe"), allow(unused_mut))]
    let mut options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_inner_size(size)
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    // Frame times are measured without waiting for the display's refresh (src/frame_probe.rs).
    #[cfg(feature = "probe")]
    if crate::frame_probe::times_frames() {
        options.glow_options.vsync = false;
    }
    eframe::run_native(
        "ClearPath",
        options,
        Box::new(move |_cc| {
            let mut app = ClearPathApp::new(book, settings, clinic_defaults, today);
            if rules_warning.is_some() {
                app.rules_warning = rules_warning;
            }
            app.save_dialog = std::sync::Arc::new(crate::export::RfdSaveDialog::new(
                app.t("save-dialog-title"),
            ));
            app.open_dialog = std::sync::Arc::new(crate::export::RfdSaveDialog::new(
                app.t("open-dialog-title"),
            ));
            app.printer = crate::export::print_service()
                .map(|s| std::sync::Arc::new(s) as std::sync::Arc<dyn Printer>);
            #[cfg(feature = "probe")]
            probe_start::apply(&mut app, &_cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("the window could not open: {e}"))
}
