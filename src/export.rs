//! Saving and printing a summary's PDF, for the window's Save and Print buttons (no egui here).
//!
//! Nothing is written unless the person asks, and nothing is left behind:
//! - `save_pdf` writes the file the person chose, atomically: a temporary file in the same folder,
//!   then a rename, so a failure never leaves half a summary (the temporary file is removed on error).
//! - `print_pdf` writes the PDF to a temporary file readable only by this user, hands it to the
//!   system's print service, and removes it afterwards, also on error. The print queue itself keeps a
//!   copy until the job is printed; the window's first screen says so.
//! - The suggested file name is neutral: `summary-YYYY-MM-DD.pdf`.
//!
//! `SaveDialog` is a trait so tests never open a dialog; `RfdSaveDialog` is the real one (the desktop
//! portal over the local D-Bus on Linux; the system dialogs on macOS and Windows), through rfd's
//! asynchronous dialogs, which keep each platform's rules about threads. Every function here blocks
//! until the person or the system answers: the window calls them from a task's thread
//! (`app::tasks`), never its own.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jiff::civil::Date;

/// The file name offered in the save dialog: neutral, with the date only.
pub fn suggested_file_name(today: Date) -> String {
    format!("summary-{today}.pdf")
}

/// Asks the person where to save a file (from a task's thread).
pub trait SaveDialog: Send + Sync {
    /// The path chosen, or `None` if the person cancelled.
    fn ask_save_path(&self, suggested_name: &str) -> Option<PathBuf>;
}

/// The system's save dialog, through rfd (in builds with the window).
#[cfg(feature = "window")]
#[derive(Clone, Debug, Default)]
pub struct RfdSaveDialog {
    /// The dialog's title (pass a neutral one, such as "Save").
    pub title: String,
}

#[cfg(feature = "window")]
impl RfdSaveDialog {
    pub fn new(title: impl Into<String>) -> RfdSaveDialog {
        RfdSaveDialog {
            title: title.into(),
        }
    }
}

/// Asks the person which file to open (from a task's thread).
pub trait OpenDialog: Send + Sync {
    /// The file chosen, or `None` if the person cancelled. `extension` (such as "age") narrows the
    /// files shown.
    fn ask_open_path(&self, extension: &str) -> Option<PathBuf>;
}

#[cfg(feature = "window")]
impl RfdSaveDialog {
    fn dialog(&self, extension: &str) -> rfd::AsyncFileDialog {
        let mut dialog = rfd::AsyncFileDialog::new();
        if !extension.is_empty() {
            dialog = dialog.add_filter(extension.to_uppercase(), &[extension]);
        }
        if !self.title.is_empty() {
            dialog = dialog.set_title(&self.title);
        }
        dialog
    }
}

#[cfg(feature = "window")]
impl SaveDialog for RfdSaveDialog {
    fn ask_save_path(&self, suggested_name: &str) -> Option<PathBuf> {
        let extension = Path::new(suggested_name)
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        let chosen = self
            .dialog(&extension)
            .set_file_name(suggested_name)
            .save_file();
        pollster::block_on(chosen).map(|file| file.path().to_path_buf())
    }
}

#[cfg(feature = "window")]
impl OpenDialog for RfdSaveDialog {
    fn ask_open_path(&self, extension: &str) -> Option<PathBuf> {
        pollster::block_on(self.dialog(extension).pick_file()).map(|file| file.path().to_path_buf())
    }
}

/// Saving or printing failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: cannot save the summary: {source}")]
    Save {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot prepare the summary for printing: {0}")]
    Spool(std::io::Error),
    #[error("cannot start the print service ({program}): {source}")]
    Start {
        program: String,
        source: std::io::Error,
    },
    #[error("the print service ({program}) refused the summary: {message}")]
    Refused { program: String, message: String },
}

impl ExportError {
    /// The message that says what went wrong in the person's language; its `$detail` is what the
    /// system said ([`ExportError::detail`]).
    pub fn message_id(&self) -> &'static str {
        match self {
            ExportError::Save { .. } => "export-error-save",
            ExportError::Spool(_) => "export-error-spool",
            ExportError::Start { .. } => "export-error-start",
            ExportError::Refused { .. } => "export-error-refused",
        }
    }

    /// What the system or the print service said, as it said it.
    pub fn detail(&self) -> String {
        match self {
            ExportError::Save { source, .. }
            | ExportError::Spool(source)
            | ExportError::Start { source, .. } => source.to_string(),
            ExportError::Refused { message, .. } => message.clone(),
        }
    }
}

/// Ask where to save the summary made on `today`, suggesting its neutral name; a name without an
/// extension gets `.pdf`. `None` if the person closed the dialog.
pub fn ask_summary_path(dialog: &dyn SaveDialog, today: Date) -> Option<PathBuf> {
    let mut path = dialog.ask_save_path(&suggested_file_name(today))?;
    if path.extension().is_none() {
        path.set_extension("pdf");
    }
    Some(path)
}

/// Write `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over `path`. On failure the temporary file is removed and `path` is untouched.
pub fn save_pdf(bytes: &[u8], path: &Path) -> Result<(), ExportError> {
    write_atomically(path, bytes, ".summary-").map_err(|source| ExportError::Save {
        path: path.to_path_buf(),
        source,
    })
}

/// Write `bytes` to `path` through a private temporary file `<temp_stem>….tmp` in the same folder
/// (tempfile: a new file only this user can read), flushed to disk, then renamed over `path`; the
/// folder is flushed too where the system allows, so the rename survives a power cut. On failure the
/// temporary file is removed and whatever was at `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8], temp_stem: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(temp_stem)
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// How this computer prints a PDF.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintService {
    /// CUPS's `lp` (Linux, macOS), at this path.
    Lp(PathBuf),
    /// The Windows shell's "print" verb for PDF files, through PowerShell's `Start-Process -Verb Print`.
    WindowsShell,
}

/// The print service of this computer, if one is found: `lp` on the PATH on Linux and macOS, the
/// shell's print verb on Windows.
pub fn print_service() -> Option<PrintService> {
    if cfg!(windows) {
        return Some(PrintService::WindowsShell);
    }
    find_on_path("lp", std::env::var_os("PATH")).map(PrintService::Lp)
}

/// The first executable file called `program` in a PATH-style list of folders.
fn find_on_path(program: &str, path: Option<OsString>) -> Option<PathBuf> {
    std::env::split_paths(&path?)
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// The job title given to the print queue: neutral, like the file name.
const JOB_TITLE: &str = "Summary";

/// Send the PDF to the printer: written to a private temporary file, handed to `service`, and the
/// temporary file removed afterwards whatever happened. Blocks until the service has taken the job.
pub fn print_pdf(service: &PrintService, bytes: &[u8]) -> Result<(), ExportError> {
    let mut temp = tempfile::Builder::new()
        .prefix("summary-")
        .suffix(".pdf")
        .tempfile()
        .map_err(ExportError::Spool)?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(ExportError::Spool)?;
    // The temporary file is removed when `temp` goes, whatever the print service said.
    send(service, temp.path())
}

fn send(service: &PrintService, file: &Path) -> Result<(), ExportError> {
    let (program, mut command) = match service {
        PrintService::Lp(lp) => {
            let mut c = Command::new(lp);
            c.arg("-t").arg(JOB_TITLE).arg(file);
            (lp.display().to_string(), c)
        }
        PrintService::WindowsShell => {
            let mut c = Command::new("powershell");
            // The path goes in an environment variable, never spliced into the script, so no
            // character in it (a space, a quote) can change what runs.
            c.args([
                "-NoProfile",
                "-NonInteractive",
                "-Command",
                "Start-Process -FilePath $env:CLEARPATH_PRINT_FILE -Verb Print -Wait",
            ])
            .env("CLEARPATH_PRINT_FILE", file);
            ("powershell Start-Process -Verb Print".to_string(), c)
        }
    };
    let output = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|source| ExportError::Start {
            program: program.clone(),
            source,
        })?;
    if output.status.success() {
        Ok(())
    } else {
        let message = String::from_utf8_lossy(&output.stderr).trim().to_string();
        Err(ExportError::Refused {
            program,
            message: if message.is_empty() {
                output.status.to_string()
            } else {
                message
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggested_name_holds_the_date_only() {
        assert_eq!(
            suggested_file_name(jiff::civil::date(2026, 11, 29)),
            "summary-2026-11-29.pdf"
        );
    }

    #[test]
    fn lp_is_found_only_as_an_executable_file_on_the_path() {
        let folder = tempfile::Builder::new()
            .prefix("clearpath-path-")
            .tempdir()
            .expect("temp dir");
        let dir = folder.path().to_path_buf();
        let lp = dir.join("lp");
        std::fs::write(&lp, "#!/bin/sh\n").expect("write");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let path = Some(dir.clone().into_os_string());
            assert_eq!(find_on_path("lp", path.clone()), None, "not executable yet");
            std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).expect("chmod");
            assert_eq!(find_on_path("lp", path), Some(lp.clone()));
        }
        assert_eq!(find_on_path("lp", None), None);
    }
}
