//! A bare window built the way ClearPath's is (see `clearpath::app::run`): the same eframe features
//! (from Cargo.toml), the glow renderer, the same size, a title that starts the same, and the same
//! frame probe, but one label: no rule files, texts, settings or questionnaire.
//! `scripts/bench-startup.sh` compares ClearPath's first frame with this one's, and times this one's
//! frames (`CLEARPATH_PROBE=frames:<n>`, at the size `CLEARPATH_PROBE_SIZE` asks for) as the least a
//! frame of a window that size costs.
//!
//!     CLEARPATH_PROBE=first-frame cargo run --release --example bare_window

use eframe::egui;

struct BareWindow;

impl eframe::App for BareWindow {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if clearpath::frame_probe::on_frame(clearpath::frame_probe::FrameInfo {
            frame_nr: ui.ctx().cumulative_frame_nr(),
            cpu_usage: frame.info().cpu_usage,
            screenings: 0,
        }) {
            ui.ctx().request_repaint();
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare window.");
        });
    }
}

fn main() -> Result<(), eframe::Error> {
    // Keep these options the same as in `clearpath::app::run`.
    let size = std::env::var("CLEARPATH_PROBE_SIZE")
        .ok()
        .and_then(|text| {
            let (w, h) = text.split_once('x')?;
            Some([w.trim().parse().ok()?, h.trim().parse().ok()?])
        })
        .unwrap_or([900.0, 680.0]);
    let mut options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("ClearPath")
            .with_inner_size(size)
            .with_min_inner_size([480.0, 360.0]),
        ..Default::default()
    };
    if clearpath::frame_probe::times_frames() {
        options.glow_options.vsync = false;
    }
    eframe::run_native(
        "ClearPath",
        options,
        Box::new(|_cc| Ok(Box::new(BareWindow))),
    )
}
