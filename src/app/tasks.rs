//! Work that must never hold up the window: the file dialogs, the passphrase's key derivation (scrypt,
//! about a second), writing files, and handing a summary to the print service. Each runs on a thread of
//! its own; the window polls it once a frame (`Task::poll`) and the thread wakes the window when it is
//! done, so nothing repaints while waiting. The exit works at every moment: ending the session abandons
//! the task, which is told to stop before it writes, prints or opens anything ([`Cancel`]), and a result
//! that arrives after that is dropped (answers and PDFs are held in buffers that are zeroed when
//! dropped). A dialog still open when the program closes goes with the process.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use eframe::egui;
use zeroize::Zeroizing;

use crate::answers::Answers;
use crate::export::ExportError;
use crate::save::SaveError;

/// What a task is doing, for the line shown while it runs (never a file name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskKind {
    SaveProgress,
    OpenProgress,
    SaveSummary,
    PrintSummary,
}

impl TaskKind {
    /// The words shown while the task runs.
    pub fn message_id(self) -> &'static str {
        match self {
            TaskKind::SaveProgress => "task-saving",
            TaskKind::OpenProgress => "task-opening",
            TaskKind::SaveSummary => "task-saving",
            TaskKind::PrintSummary => "task-printing",
        }
    }
}

/// What a finished task gives back. `None` in a path means the person closed the dialog.
pub enum TaskResult {
    ProgressSaved(Result<Option<PathBuf>, SaveError>),
    ProgressOpened(Result<Option<Zeroizing<Answers>>, SaveError>),
    SummarySaved(Result<Option<PathBuf>, ExportError>),
    SummaryPrinted(Result<(), ExportError>),
    /// The thread stopped without an answer (it could not start, or it failed).
    Lost,
}

/// Whether the task has been abandoned: its work checks this before each step that leaves a trace
/// (writing a file, printing, showing what a file holds) and stops there.
#[derive(Clone, Debug, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// A piece of work running on its own thread.
pub struct Task {
    pub kind: TaskKind,
    receiver: mpsc::Receiver<TaskResult>,
    thread: Option<std::thread::JoinHandle<()>>,
    cancel: Cancel,
}

/// A task dropped (the session ended) is abandoned: told to stop, its result dropped.
impl Drop for Task {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

impl std::fmt::Debug for Task {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Task").field("kind", &self.kind).finish()
    }
}

impl Task {
    /// Start `work` on a new thread; `ctx` is woken when it finishes. The work is given the task's
    /// [`Cancel`] to check before each step that leaves a trace.
    pub fn spawn(
        kind: TaskKind,
        ctx: &egui::Context,
        work: impl FnOnce(&Cancel) -> TaskResult + Send + 'static,
    ) -> Task {
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let cancel = Cancel::default();
        let theirs = cancel.clone();
        let started = std::thread::Builder::new()
            .name("clearpath-task".into())
            .spawn(move || {
                let result = work(&theirs);
                // If the window has gone on (the session ended), nobody is listening: the result is
                // dropped here, and with it any answers or PDF it holds, zeroed.
                if sender.send(result).is_ok() {
                    ctx.request_repaint();
                }
            });
        match started {
            Ok(thread) => Task {
                kind,
                receiver,
                thread: Some(thread),
                cancel,
            },
            Err(_) => {
                // No thread: the receiver reports a lost task on the next poll.
                let (sender, lost) = mpsc::channel();
                let _ = sender.send(TaskResult::Lost);
                Task {
                    kind,
                    receiver: lost,
                    thread: None,
                    cancel,
                }
            }
        }
    }

    /// Abandon the task: it is told to stop, its result will be dropped; its thread is given back (the
    /// program never waits for it, the tests may).
    pub fn abandon(mut self) -> Option<std::thread::JoinHandle<()>> {
        self.thread.take()
    }

    /// Whether the work is over (its result waits for the next `poll`). Tests wait for this without
    /// drawing frames.
    pub fn is_finished(&self) -> bool {
        self.thread
            .as_ref()
            .is_none_or(std::thread::JoinHandle::is_finished)
    }

    /// The result, once the work is done; `None` while it runs.
    pub fn poll(&self) -> Option<TaskResult> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(TaskResult::Lost),
        }
    }

    /// Wait up to `timeout` for the result (tests and the command line only: never on the window's
    /// thread).
    pub fn wait(&self, timeout: std::time::Duration) -> Option<TaskResult> {
        match self.receiver.recv_timeout(timeout) {
            Ok(result) => Some(result),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => Some(TaskResult::Lost),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_task_runs_off_the_calling_thread_and_reports_once() {
        let ctx = egui::Context::default();
        let caller = std::thread::current().id();
        let (tx, rx) = mpsc::channel();
        let task = Task::spawn(TaskKind::PrintSummary, &ctx, move |_| {
            tx.send(std::thread::current().id())
                .expect("send the thread id");
            TaskResult::SummaryPrinted(Ok(()))
        });
        let result = task.wait(Duration::from_secs(10)).expect("finishes");
        assert!(matches!(result, TaskResult::SummaryPrinted(Ok(()))));
        assert_ne!(rx.recv().expect("thread id"), caller);
    }

    #[test]
    fn a_result_nobody_waits_for_is_dropped() {
        struct Dropped(mpsc::Sender<()>);
        impl Drop for Dropped {
            fn drop(&mut self) {
                let _ = self.0.send(());
            }
        }
        let ctx = egui::Context::default();
        let (dropped_tx, dropped_rx) = mpsc::channel();
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let (told_tx, told_rx) = mpsc::channel();
        let task = Task::spawn(TaskKind::OpenProgress, &ctx, move |cancel| {
            let guard = Dropped(dropped_tx);
            go_rx.recv().expect("released");
            told_tx
                .send(cancel.is_cancelled())
                .expect("say whether it was told to stop");
            drop(guard);
            TaskResult::ProgressOpened(Ok(None))
        });
        assert!(task.poll().is_none(), "still running");
        let thread = task.abandon().expect("a thread");
        go_tx.send(()).expect("release the thread");
        assert!(
            told_rx.recv().expect("the work ran on"),
            "the abandoned work was told to stop"
        );
        thread.join().expect("the thread ends");
        dropped_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("the abandoned task's values are dropped");
    }
}
