//! Where Next and Back lead: the walk through the questionnaire, as plain data (no window). The window
//! asks [`Walk`] where to go and applies what it says; tests walk it directly.
//!
//! The walk goes: welcome, the early questions, each charge's questions (the first charge is added when
//! the early questions end), the list of charges, the record questions, the review, the results. Only
//! the questions shown for the answers so far are visited, and Back never loses an answer.

use crate::answers::{Answers, Charge};

use super::{Questionnaire, Section};

/// The steps shown in the step indicator, in order.
pub const STEPS: usize = 7;

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
    /// The advocate's desk: every charge as a row of a table, the record's questions and live results.
    Desk,
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
            // The desk is not one of the guided steps; its results are the last step.
            Screen::Desk => 0,
            Screen::AboutBill { back } | Screen::Settings { back } => back.step(),
        }
    }
}

/// Where a move leads, and what it changes on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    pub to: Screen,
    /// The early questions are over and no charge has been started: start the first one.
    pub add_first_charge: bool,
    /// This charge's questions have all been seen (the walk returns to the list after editing it).
    pub finished_charge: Option<usize>,
}

impl Move {
    fn to(to: Screen) -> Move {
        Move {
            to,
            add_first_charge: false,
            finished_charge: None,
        }
    }
}

/// The questionnaire and the answers so far: enough to know where Next and Back go.
#[derive(Clone, Copy, Debug)]
pub struct Walk<'a> {
    pub questions: &'a Questionnaire,
    pub answers: &'a Answers,
    /// How many charges have had all their questions seen at least once.
    pub finished_charges: usize,
}

impl Walk<'_> {
    /// The questions of a section that are shown, given the answers so far (for a charge not yet
    /// started, as for a new one).
    pub fn shown(&self, section: Section, charge: Option<usize>) -> Vec<usize> {
        let new = Charge::default();
        let c = charge.map(|i| self.answers.charges.get(i).unwrap_or(&new));
        self.questions
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.section == section && q.shown(self.answers, c))
            .map(|(i, _)| i)
            .collect()
    }

    /// Where Next goes from `from`.
    pub fn next(&self, from: &Screen) -> Move {
        match from {
            Screen::Welcome => self.first_early(),
            Screen::Question { section, index } => {
                let shown = self.shown(*section, None);
                if let Some(&next) = shown.iter().find(|&&q| q > *index) {
                    return Move::to(Screen::Question {
                        section: *section,
                        index: next,
                    });
                }
                match section {
                    Section::Early => self.after_early(),
                    _ => Move::to(Screen::Review),
                }
            }
            Screen::ChargeQuestion { charge, index } => {
                let shown = self.shown(Section::Charge, Some(*charge));
                match shown.iter().find(|&&q| q > *index) {
                    Some(&next) => Move::to(Screen::ChargeQuestion {
                        charge: *charge,
                        index: next,
                    }),
                    None => Move {
                        finished_charge: Some(*charge),
                        ..Move::to(Screen::Charges)
                    },
                }
            }
            Screen::Charges => match self.shown(Section::Record, None).first() {
                Some(&index) => Move::to(Screen::Question {
                    section: Section::Record,
                    index,
                }),
                None => Move::to(Screen::Review),
            },
            Screen::Review => Move::to(Screen::Results),
            other => Move::to(other.clone()),
        }
    }

    fn first_early(&self) -> Move {
        match self.shown(Section::Early, None).first() {
            Some(&index) => Move::to(Screen::Question {
                section: Section::Early,
                index,
            }),
            None => self.after_early(),
        }
    }

    fn after_early(&self) -> Move {
        let add_first_charge = self.answers.charges.is_empty();
        let to = if self.finished_charges > 0 {
            Screen::Charges
        } else {
            self.first_charge_question(0)
        };
        Move {
            to,
            add_first_charge,
            finished_charge: None,
        }
    }

    /// The first question about a charge (the list of charges if none is shown).
    pub fn first_charge_question(&self, charge: usize) -> Screen {
        match self.shown(Section::Charge, Some(charge)).first() {
            Some(&index) => Screen::ChargeQuestion { charge, index },
            None => Screen::Charges,
        }
    }

    fn last_early(&self) -> Screen {
        match self.shown(Section::Early, None).last() {
            Some(&index) => Screen::Question {
                section: Section::Early,
                index,
            },
            None => Screen::Welcome,
        }
    }

    /// Where Back goes from `from`.
    pub fn back(&self, from: &Screen) -> Screen {
        match from {
            Screen::Question { section, index } => {
                let shown = self.shown(*section, None);
                if let Some(&prev) = shown.iter().rev().find(|&&q| q < *index) {
                    return Screen::Question {
                        section: *section,
                        index: prev,
                    };
                }
                match section {
                    Section::Early => Screen::Welcome,
                    _ => Screen::Charges,
                }
            }
            Screen::ChargeQuestion { charge, index } => {
                let shown = self.shown(Section::Charge, Some(*charge));
                match shown.iter().rev().find(|&&q| q < *index) {
                    Some(&prev) => Screen::ChargeQuestion {
                        charge: *charge,
                        index: prev,
                    },
                    None if *charge == 0 && self.finished_charges == 0 => self.last_early(),
                    None => Screen::Charges,
                }
            }
            Screen::Charges => {
                let last = self.answers.charges.len().saturating_sub(1);
                match self.shown(Section::Charge, Some(last)).last() {
                    Some(&index) if !self.answers.charges.is_empty() => Screen::ChargeQuestion {
                        charge: last,
                        index,
                    },
                    _ => self.last_early(),
                }
            }
            Screen::Review => match self.shown(Section::Record, None).last() {
                Some(&index) => Screen::Question {
                    section: Section::Record,
                    index,
                },
                None => Screen::Charges,
            },
            Screen::Results => Screen::Review,
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Disposition, OffenseAnswer, Reply};

    fn questions() -> Questionnaire {
        Questionnaire::bundled().expect("the built-in questions load")
    }

    /// Every screen Next visits from the welcome screen to the results, applying each move as the
    /// window does, with answers set by `answer` on every question screen.
    fn walk_forward(
        q: &Questionnaire,
        answers: &mut Answers,
        mut answer: impl FnMut(&mut Answers, &Screen),
    ) -> Vec<Screen> {
        let mut finished = 0;
        let mut at = Screen::Welcome;
        let mut seen = vec![at.clone()];
        while at != Screen::Results {
            answer(answers, &at);
            let m = Walk {
                questions: q,
                answers,
                finished_charges: finished,
            }
            .next(&at);
            if m.add_first_charge {
                answers.charges.push(Charge::default());
            }
            if let Some(c) = m.finished_charge {
                finished = finished.max(c + 1);
            }
            assert!(seen.len() < 200, "the walk does not end: {seen:?}");
            at = m.to;
            seen.push(at.clone());
        }
        seen
    }

    #[test]
    fn next_goes_from_welcome_through_every_part_to_the_results() {
        let q = questions();
        let mut answers = Answers::default();
        let seen = walk_forward(&q, &mut answers, |_, _| {});
        let steps: Vec<usize> = seen.iter().map(Screen::step).collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
        for step in 1..=STEPS {
            assert!(steps.contains(&step), "step {step} is visited: {seen:?}");
        }
        assert_eq!(answers.charges.len(), 1, "the first charge is started");
    }

    #[test]
    fn back_retraces_next_exactly() {
        let q = questions();
        let mut answers = Answers::default();
        let seen = walk_forward(&q, &mut answers, |a, at| {
            if let Screen::ChargeQuestion { charge, .. } = at
                && let Some(c) = a.charges.get_mut(*charge)
            {
                c.offense = OffenseAnswer::Offense("c272_53A_a".into());
                c.outcome = Disposition::Guilty;
                c.coerced = Reply::Yes;
            }
        });
        let walk = Walk {
            questions: &q,
            answers: &answers,
            finished_charges: 1,
        };
        // From the results back to the list of charges, step by step; before it, Back goes to the
        // charge's last question (the list is where a finished charge returns to).
        let charges_at = seen
            .iter()
            .position(|s| *s == Screen::Charges)
            .expect("the list of charges");
        let mut at = Screen::Results;
        for expected in seen[charges_at..seen.len() - 1].iter().rev() {
            at = walk.back(&at);
            assert_eq!(&at, expected);
        }
    }

    #[test]
    fn questions_that_do_not_apply_are_skipped() {
        let q = questions();
        let mut answers = Answers::default();
        answers.charges.push(Charge {
            outcome: Disposition::Dismissed,
            ..Charge::default()
        });
        let walk = Walk {
            questions: &q,
            answers: &answers,
            finished_charges: 0,
        };
        let dismissed = walk.shown(Section::Charge, Some(0));
        answers.charges[0].outcome = Disposition::Guilty;
        let walk = Walk {
            questions: &q,
            answers: &answers,
            finished_charges: 0,
        };
        let guilty = walk.shown(Section::Charge, Some(0));
        assert!(
            dismissed.len() < guilty.len(),
            "a dismissed charge is asked fewer questions ({dismissed:?} against {guilty:?})"
        );
    }

    #[test]
    fn a_finished_charge_returns_to_the_list_and_new_walks_start_at_the_first_question() {
        let q = questions();
        let answers = Answers {
            charges: vec![Charge::default()],
            ..Answers::default()
        };
        let walk = Walk {
            questions: &q,
            answers: &answers,
            finished_charges: 0,
        };
        let first = walk.first_charge_question(0);
        assert!(matches!(first, Screen::ChargeQuestion { charge: 0, .. }));
        let last = *walk
            .shown(Section::Charge, Some(0))
            .last()
            .expect("questions");
        let m = walk.next(&Screen::ChargeQuestion {
            charge: 0,
            index: last,
        });
        assert_eq!(m.to, Screen::Charges);
        assert_eq!(m.finished_charge, Some(0));
        assert!(!m.add_first_charge);
    }
}
