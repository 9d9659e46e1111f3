//! What a person has told the window in this session, and the work running for them. Everything here
//! goes when the session ends (quick exit, start over, clearing after a period without input): the
//! answers are zeroed in memory, a running task is abandoned.

use crate::answers::Answers;

use super::{progress, tasks};

/// Everything a person has told the app in this session, beyond what each screen keeps
/// (`screens::Views`).
#[derive(Debug, Default)]
pub struct Session {
    pub answers: Answers,
    /// Charges whose questions have all been seen at least once (to return to the list after editing).
    pub finished_charges: usize,
    /// The charges are being entered at the advocate's desk (the results' Back returns to it).
    pub at_desk: bool,
    /// What the last save, open or print did, in words (never the answers).
    pub export_message: Option<String>,
    /// The save or open progress form, while it is open.
    pub progress: Option<progress::ProgressForm>,
    /// Work running off the window's thread (a dialog, saving, opening, printing), at most one at a
    /// time; dropped, with whatever it would give, when the session ends.
    pub task: Option<tasks::Task>,
}

/// A session's answers are zeroed in memory when the session ends.
impl Drop for Session {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        self.answers.zeroize();
    }
}
