//! The `clearpath` binary: everything lives in the library; this only hands over the arguments.
//!
//! On Windows the release build is a windowed ("GUI subsystem") program, so that opening ClearPath
//! from the Start menu shows the window alone, without an empty console window beside it. The command
//! line (`clearpath screen ...` typed in a console) still prints there: the program attaches to the
//! console it was started from, if any, before anything is written.

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    #[cfg(all(windows, not(debug_assertions)))]
    windows_console::attach_to_parent();
    clearpath::cli::run(std::env::args_os())
}

/// The console of the program that started this one (cmd.exe, PowerShell), for a windowed program.
/// The one place with unsafe code: a call into the Windows API, which Rust cannot check.
#[cfg(all(windows, not(debug_assertions)))]
#[allow(unsafe_code)]
mod windows_console {
    /// `ATTACH_PARENT_PROCESS` in the Windows API: the parent's console.
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        /// kernel32's `AttachConsole`; returns 0 when there is no console to attach to.
        fn AttachConsole(process_id: u32) -> i32;
    }

    /// Attaches to the parent's console so that standard output and errors reach it. Started from the
    /// Start menu or Explorer there is none; the call then fails and nothing changes.
    pub fn attach_to_parent() {
        // SAFETY: AttachConsole takes a process id by value and touches no memory of ours; failure is
        // reported by its return value, which is not needed: without a console nothing is printed.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}
