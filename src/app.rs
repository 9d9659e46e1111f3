//! The window. Until the questionnaire lands it says what ClearPath is, which rules it has loaded and how
//! to screen an answers file from the command line. It keeps nothing: eframe's persistence is off.

use eframe::egui;

use crate::rules::RuleBook;

/// What the window shows.
pub struct ClearPathApp {
    rules: Result<String, String>,
}

impl ClearPathApp {
    pub fn new(rules: Result<&RuleBook, String>) -> ClearPathApp {
        ClearPathApp {
            rules: rules.map(crate::cli::rules_summary),
        }
    }

    /// Draw the one screen.
    pub fn main_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("ClearPath");
        ui.label("Private, offline screening for record relief in Massachusetts.");
        ui.label("Nothing you do here is saved or sent anywhere.");
        ui.add_space(8.0);
        ui.label("The questionnaire is not in this version yet. To screen an answers file, run:");
        ui.code("clearpath screen ANSWERS.ron");
        ui.add_space(8.0);
        match &self.rules {
            Ok(summary) => {
                ui.label("Rules loaded:");
                ui.monospace(summary.trim_end());
            }
            Err(e) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    "The rule files could not be loaded:",
                );
                ui.monospace(e);
            }
        }
        ui.add_space(8.0);
        if ui.button("Close").clicked() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

impl eframe::App for ClearPathApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.main_ui(ui));
    }
}

/// Open the window and run until it closes.
pub fn run() -> Result<(), String> {
    let book = RuleBook::locate(None);
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("ClearPath")
            .with_inner_size([720.0, 520.0]),
        ..Default::default()
    };
    eframe::run_native(
        "ClearPath",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(ClearPathApp::new(
                book.as_ref().map_err(|e| e.to_string()),
            )))
        }),
    )
    .map_err(|e| format!("the window could not open: {e}"))
}
