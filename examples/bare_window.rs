//! A bare window built the way ClearPath's is (see `clearpath::app::run`): the same eframe features
//! (from Cargo.toml), the glow renderer, the same size, a title that starts the same, and the same
//! frame probe, but one label: no rule files, texts, settings or questionnaire.
//! `scripts/bench-startup.sh` compares ClearPath's first frame with this one's.
//!
//!     CLEARPATH_PROBE=first-frame cargo run --release --example bare_window

use eframe::egui;

struct BareWindow;

impl eframe::App for BareWindow {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        clearpath::frame_probe::on_frame();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare window.");
        });
    }
}

fn main() -> Result<(), eframe::Error> {
    // Keep these options the same as in `clearpath::app::run`.
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("ClearPath")
            .with_inner_size([900.0, 680.0])
            .with_min_inner_size([480.0, 360.0]),
        ..Default::default()
    };
    eframe::run_native(
        "ClearPath",
        options,
        Box::new(|_cc| Ok(Box::new(BareWindow))),
    )
}
