//! The `clearpath` binary: everything lives in the library; this only hands over the arguments.

fn main() -> std::process::ExitCode {
    clearpath::cli::run(std::env::args_os())
}
